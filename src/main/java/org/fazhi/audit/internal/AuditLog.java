package org.fazhi.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.Sm3;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the chains and verifies them. There is one chain per tenant (and chain 0 for entries of no tenant); an
 * append locks its chain's row (on every node, through the database), so entries of a chain get consecutive sequence
 * numbers and each links to the hash of the one before, while tenants never wait for each other.
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

	@PersistenceContext
	private EntityManager entityManager;

	AuditLog(AuditEntries entries, AuditChains chains) {
		this.entries = entries;
		this.chains = chains;
	}

	static long chainOf(Long tenantId) {
		return tenantId == null ? PLATFORM_CHAIN : tenantId;
	}

	/**
	 * Appends within the caller's transaction, on its connection: the entries are committed with the change they
	 * describe or rolled back with it. The caller's pending changes are flushed first, so the chain's row is the last
	 * lock the transaction takes and appends cannot deadlock with the changes of other transactions.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendInTransaction(List<Pending> pending) {
		entityManager.flush();
		for (Pending entry : pending) {
			append(entry);
		}
		entityManager.flush();
	}

	/** Appends in a transaction of its own: for refusals, reads and work outside a transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void appendAlone(List<Pending> pending) {
		for (Pending entry : pending) {
			append(entry);
		}
	}

	/** Opens the chain of a new tenant. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void openChain(long tenantId) {
		chains.open(tenantId, GENESIS);
	}

	private AuditEntryRecord append(Pending p) {
		long chainId = chainOf(p.tenantId());
		AuditChain chain = lock(chainId);
		if (chain == null) {
			chains.open(chainId, GENESIS);
			chain = lock(chainId);
		}
		long seq = chain.getLastSeq() + 1;
		// millisecond precision: what every supported database stores exactly, so the hash can be recomputed
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var entry = new AuditEntryRecord(chainId, seq, now, p.tenantId(), p.actorId(), cut(p.actorName(), 80),
				p.action(), cut(p.recordType(), 40), cut(p.recordId(), 64), p.outcome(), cut(p.clientAddress(), 64),
				cut(p.detail(), DETAIL_LENGTH), chain.getLastHash());
		entries.save(entry);
		chain.advance(seq, entry.getHash());
		return entry;
	}

	/** Walks one tenant's chain in order and reports the first entry whose content, link or sequence is wrong. */
	@Transactional(readOnly = true)
	public ChainVerification verifyTenant(long tenantId) {
		return verify(chainOf(tenantId));
	}

	/** Walks every chain (the platform operator's check): the first broken one is reported. */
	@Transactional(readOnly = true)
	public ChainVerification verifyAll() {
		long checked = 0;
		for (AuditChain chain : chains.findAllByOrderByChainId()) {
			var result = verify(chain.getChainId());
			if (!result.intact()) {
				return ChainVerification.broken(checked + result.entriesChecked(), result.brokenSeq(),
						result.brokenEntryId() == null ? 0 : result.brokenEntryId(), result.reason());
			}
			checked += result.entriesChecked();
		}
		return ChainVerification.intact(checked);
	}

	private ChainVerification verify(long chainId) {
		String previousHash = GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long lastSeq = 0;
		while (true) {
			var batch = entries.findByChainIdAndSeqGreaterThanOrderBySeq(chainId, lastSeq, PageRequest.of(0, 1000));
			if (batch.isEmpty()) {
				// the chain's row must point at the last entry: otherwise entries at the end were removed
				var chain = chains.findById(chainId);
				long headSeq = chain.map(AuditChain::getLastSeq).orElse(0L);
				String headHash = chain.map(AuditChain::getLastHash).orElse(GENESIS);
				if (headSeq != lastSeq || !headHash.equals(previousHash)) {
					return ChainVerification.broken(checked, lastSeq + 1, 0, "missing");
				}
				return ChainVerification.intact(checked);
			}
			for (AuditEntryRecord entry : batch) {
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
		}
	}

	/** The chain's row, locked until the transaction ends (a load by id: no query to parse on every append). */
	private AuditChain lock(long chainId) {
		return entityManager.find(AuditChain.class, chainId, LockModeType.PESSIMISTIC_WRITE);
	}

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
