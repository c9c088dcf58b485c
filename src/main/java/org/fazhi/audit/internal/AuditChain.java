package org.fazhi.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of one chain (one per tenant, 0 for entries of no tenant): the last sequence number and hash. Locked while
 * an entry is appended, so appends of one tenant are numbered in order and tenants do not wait for each other.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

	@Id
	private Long chainId;
	private long lastSeq;
	private String lastHash;

	protected AuditChain() {
	}

	AuditChain(long chainId) {
		this.chainId = chainId;
		this.lastSeq = 0;
		this.lastHash = AuditLog.GENESIS;
	}

	long getChainId() {
		return chainId;
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
