package org.fazhi.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.ChainVerification;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chains and verifies them. There is one chain per tenant (and chain 0 for entries of no tenant). An
 * append inserts the entry and, once its transaction has committed, nudges the {@link AuditAnchor}, which gives the
 * chain's waiting entries consecutive sequence numbers, each linked to the hash of the one before, under the chain's
 * lock: a change never waits for its tenant's chain, and tenants never wait for each other.
 */
@Component
public class AuditLog {

	static final int DETAIL_LENGTH = 1000;
	static final String GENESIS = "0".repeat(64);
	/** The single chain of the entries written before there was one chain per tenant. */
	static final long LEGACY_CHAIN = -1;
	/** Entries of no tenant: sign-ins with unknown names, the platform operator's work. */
	static final long PLATFORM_CHAIN = 0;

	/** An entry waiting to be appended. */
	public record Pending(Long tenantId, Long actorId, String actorName, AuditAction action, String recordType,
			String recordId, AuditOutcome outcome, String clientAddress, String detail) {
	}

	private final AuditEntries entries;
	private final AuditChains chains;
	private final AuditAnchor anchor;
	private final TransactionTemplate reading;

	@PersistenceContext
	private EntityManager entityManager;

	AuditLog(AuditEntries entries, AuditChains chains, AuditAnchor anchor, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.chains = chains;
		this.anchor = anchor;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	static long chainOf(Long tenantId) {
		return tenantId == null ? PLATFORM_CHAIN : tenantId;
	}

	/**
	 * Appends within the caller's transaction, on its connection: the entries are committed with the change they
	 * describe or rolled back with it, and anchored after the commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendInTransaction(List<Pending> pending) {
		append(pending);
		entityManager.flush();
	}

	/** Appends in a transaction of its own: for refusals, reads and work outside a transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void appendAlone(List<Pending> pending) {
		append(pending);
	}

	/** Opens the chain of a new tenant. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void openChain(long tenantId) {
		chains.open(tenantId, GENESIS);
	}

	/**
	 * Anchors the tenant's waiting entries now (before an export lists their sequence numbers); outside a transaction.
	 */
	public void anchorPending(Long tenantId) {
		anchor.anchor(chainOf(tenantId));
	}

	/** Inserts the entries and, once the transaction has committed, asks for their chains to be anchored. */
	private void append(List<Pending> pending) {
		var chainIds = new java.util.TreeSet<Long>();
		for (Pending p : pending) {
			long chainId = chainOf(p.tenantId());
			chainIds.add(chainId);
			// millisecond precision: what every supported database stores exactly, so the hash can be recomputed
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			entries.save(new AuditEntryRecord(chainId, now, p.tenantId(), p.actorId(), cut(p.actorName(), 80),
					p.action(), cut(p.recordType(), 40), cut(p.recordId(), 64), p.outcome(),
					cut(p.clientAddress(), 64), cut(p.detail(), DETAIL_LENGTH)));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				chainIds.forEach(anchor::nudge);
			}
		});
	}

	/**
	 * Anchors the tenant's waiting entries, then walks its chain in order and reports the first entry whose content,
	 * link or sequence is wrong. Outside a transaction: the anchoring commits before the walk reads.
	 */
	public ChainVerification verifyTenant(long tenantId) {
		long chainId = chainOf(tenantId);
		anchor.anchor(chainId);
		return reading.execute(status -> verify(chainId));
	}

	/** Walks every chain (the platform operator's check), each anchored first: the first broken one is reported. */
	public ChainVerification verifyAll() {
		long checked = 0;
		for (AuditChain chain : chains.findAllByOrderByChainId()) {
			anchor.anchor(chain.getChainId());
			var result = reading.execute(status -> verify(chain.getChainId()));
			if (!result.intact()) {
				return ChainVerification.broken(checked + result.entriesChecked(), result.brokenSeq(),
						result.brokenEntryId() == null ? 0 : result.brokenEntryId(), result.reason());
			}
			checked += result.entriesChecked();
		}
		return ChainVerification.intact(checked);
	}

	/**
	 * The walk up to the chain's head as it stood when the walk began (entries anchored meanwhile are the next walk's):
	 * every sequence number from 1 to the head's, each linked to the one before, each hash matching its content, the
	 * last one the head's.
	 */
	private ChainVerification verify(long chainId) {
		var head = chains.findById(chainId);
		long headSeq = head.map(AuditChain::getLastSeq).orElse(0L);
		String headHash = head.map(AuditChain::getLastHash).orElse(GENESIS);
		String previousHash = GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long lastSeq = 0;
		while (lastSeq < headSeq) {
			var batch = entries.findByChainIdAndSeqGreaterThanOrderBySeq(chainId, lastSeq, PageRequest.of(0, 1000));
			if (batch.isEmpty()) {
				break;
			}
			for (AuditEntryRecord entry : batch) {
				if (entry.getSeq() > headSeq) {
					break;
				}
				if (entry.getSeq() != expectedSeq) {
					return ChainVerification.broken(checked, entry.getSeq(), entry.getId(), "missing");
				}
				if (!entry.getPrevHash().equals(previousHash)) {
					return ChainVerification.broken(checked, entry.getSeq(), entry.getId(), "link");
				}
				if (!entry.hashMatches()) {
					return ChainVerification.broken(checked, entry.getSeq(), entry.getId(), "content");
				}
				previousHash = entry.getHash();
				expectedSeq++;
				checked++;
				lastSeq = entry.getSeq();
			}
			if (batch.get(batch.size() - 1).getSeq() > headSeq) {
				break;
			}
		}
		// the head must point at the last entry: otherwise entries at the end were removed
		if (lastSeq != headSeq || !headHash.equals(previousHash)) {
			return ChainVerification.broken(checked, lastSeq + 1, 0, "missing");
		}
		return ChainVerification.intact(checked);
	}

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
