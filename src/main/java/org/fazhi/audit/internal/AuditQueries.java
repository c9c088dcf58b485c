package org.fazhi.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The auditor's filters over the trail, always within one tenant. */
@Component
public class AuditQueries {

	/** At most this many entries on a page; the export has them all. */
	public static final int LIMIT = 5000;

	public record Filter(String person, String recordType, String recordId, AuditAction action, Instant from,
			Instant to) {
	}

	private final AuditEntries entries;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	AuditQueries(AuditEntries entries) {
		this.entries = entries;
	}

	/** The newest sign-in entries of the platform's chain (unknown names, throttled addresses), for the operator. */
	@Transactional(readOnly = true)
	public List<AuditEntryRecord> platformEntries(int limit) {
		// only the sign-ins no tenant owns: work done without a signed-in user (the demo's generation) also lands in the
		// platform's chain and names tenant records, which the operator does not read
		Specification<AuditEntryRecord> spec = (root, query, cb) -> cb.and(
				cb.equal(root.get("chainId"), AuditLog.PLATFORM_CHAIN), cb.equal(root.get("recordType"), "SIGN_IN"));
		return entries.findAll(spec, PageRequest.of(0, Math.min(limit, LIMIT), Sort.by(Sort.Direction.DESC, "id")))
			.getContent();
	}

	@Transactional(readOnly = true)
	public List<AuditEntryRecord> find(long tenantId, Filter filter, int limit) {
		// newest first, from the index of the tenant's entries by time
		return entries.findAll(specification(tenantId, filter), PageRequest.of(0, Math.min(limit, LIMIT),
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).getContent();
	}

	/**
	 * Every entry of the tenant that passes the filter, in the order written, a batch at a time (the export; the
	 * caller anchors what waits first). Sequence numbers follow the order of anchoring, so an entry whose transaction
	 * committed later than the next one's can carry the higher number.
	 */
	@Transactional(readOnly = true)
	public long forEach(long tenantId, Filter filter, java.util.function.Consumer<AuditEntryRecord> each) {
		return org.fazhi.shared.Keyset.forEach(entries, entityManager, specification(tenantId, filter),
				AuditEntryRecord::getId, each);
	}

	private static Specification<AuditEntryRecord> specification(long tenantId, Filter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), tenantId));
			if (filter.person() != null && !filter.person().isBlank()) {
				where.add(cb.like(cb.lower(root.get("actorName")),
						"%" + filter.person().strip().toLowerCase(Locale.ROOT) + "%"));
			}
			if (filter.recordType() != null && !filter.recordType().isBlank()) {
				where.add(cb.equal(root.get("recordType"), filter.recordType().strip()));
			}
			if (filter.recordId() != null && !filter.recordId().isBlank()) {
				where.add(cb.equal(root.get("recordId"), filter.recordId().strip()));
			}
			if (filter.action() != null) {
				where.add(cb.equal(root.get("action"), filter.action()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
