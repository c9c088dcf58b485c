package org.fazhi.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last sequence number and hash. Locked while an entry is appended. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

	@Id
	private Integer id;
	private long lastSeq;
	private String lastHash;

	protected AuditHead() {
	}

	long getLastSeq() {
		return lastSeq;
	}

	String getLastHash() {
		return lastHash;
	}

	void advance(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}
}
