package org.fazhi.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.Sm3;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the chain and verifies it. An append locks the head row (on every node, through the database), so
 * entries get consecutive sequence numbers and each links to the hash of the one before.
 */
@Component
public class AuditLog {

	static final int DETAIL_LENGTH = 1000;

	private final AuditEntries entries;
	private final AuditHeads heads;

	AuditLog(AuditEntries entries, AuditHeads heads) {
		this.entries = entries;
		this.heads = heads;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuditEntryRecord append(Long tenantId, Long actorId, String actorName, AuditAction action,
			String recordType, String recordId, AuditOutcome outcome, String clientAddress, String detail) {
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit head row missing"));
		long seq = head.getLastSeq() + 1;
		// millisecond precision: what every supported database stores exactly, so the hash can be recomputed
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var entry = new AuditEntryRecord(seq, now, tenantId, actorId, cut(actorName, 80), action, cut(recordType, 40),
				cut(recordId, 64), outcome, cut(clientAddress, 64), cut(detail, DETAIL_LENGTH), head.getLastHash());
		entries.save(entry);
		head.advance(seq, entry.getHash());
		return entry;
	}

	/** Walks the whole chain in order and reports the first entry whose content, link or sequence is wrong. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String previousHash = AuditHeadDefaults.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long lastSeq = 0;
		while (true) {
			var batch = entries.findBySeqGreaterThanOrderBySeq(lastSeq, PageRequest.of(0, 1000));
			if (batch.isEmpty()) {
				// the head must point at the last entry: otherwise entries at the end were removed
				AuditHead head = heads.findById(1).orElseThrow();
				if (head.getLastSeq() != lastSeq || !head.getLastHash().equals(previousHash)) {
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

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	static final class AuditHeadDefaults {

		static final String GENESIS = "0".repeat(64);

		private AuditHeadDefaults() {
		}
	}
}
