package org.fazhi.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.shared.Sm3;

/**
 * One entry of the trail. Written without its place in the chain, in the transaction of the change it describes; the
 * anchoring ({@link AuditAnchor}) then gives it once its sequence number, the previous entry's hash and its own hash,
 * which covers every field. Never changed after that, and never deleted, by the application.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntryRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long chainId;
	private Long seq;
	private Instant occurredAt;
	private Long tenantId;
	private Long actorId;
	private String actorName;
	@Enumerated(EnumType.STRING)
	private AuditAction action;
	private String recordType;
	private String recordId;
	@Enumerated(EnumType.STRING)
	private AuditOutcome outcome;
	private String clientAddress;
	private String detail;
	private String prevHash;
	private String hash;

	protected AuditEntryRecord() {
	}

	AuditEntryRecord(long chainId, Instant occurredAt, Long tenantId, Long actorId, String actorName,
			AuditAction action, String recordType, String recordId, AuditOutcome outcome, String clientAddress,
			String detail) {
		this.chainId = chainId;
		this.occurredAt = occurredAt;
		this.tenantId = tenantId;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.outcome = outcome;
		this.clientAddress = clientAddress;
		this.detail = detail;
	}

	/** Gives the entry its place in the chain: the next sequence number after the entry whose hash it links to. */
	void anchor(long seq, String prevHash) {
		if (this.seq != null) {
			throw new IllegalStateException("audit entry " + id + " is anchored already");
		}
		this.seq = seq;
		this.prevHash = prevHash;
		this.hash = Sm3.hex(canonical());
	}

	/**
	 * The text the hash covers: every field in a fixed order, separated by the unit separator; the chain too, except
	 * for entries of the global chain written before there was one chain per tenant.
	 */
	String canonical() {
		String fields = String.join("\u001f", String.valueOf(seq), occurredAt.toString(), text(tenantId), text(actorId),
				text(actorName), action.name(), text(recordType), text(recordId), outcome.name(), text(clientAddress),
				text(detail), prevHash);
		return chainId == AuditLog.LEGACY_CHAIN ? fields : fields + "\u001f" + chainId;
	}

	boolean hashMatches() {
		return hash != null && Sm3.hex(canonical()).equals(hash);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	public Long getId() {
		return id;
	}

	public long getChainId() {
		return chainId;
	}

	/** The sequence number in the chain, or null while the entry waits for its anchoring. */
	public Long getSeq() {
		return seq;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Long getTenantId() {
		return tenantId;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public AuditAction getAction() {
		return action;
	}

	public String getRecordType() {
		return recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public AuditOutcome getOutcome() {
		return outcome;
	}

	public String getClientAddress() {
		return clientAddress;
	}

	public String getDetail() {
		return detail;
	}

	public String getPrevHash() {
		return prevHash;
	}

	public String getHash() {
		return hash;
	}
}
