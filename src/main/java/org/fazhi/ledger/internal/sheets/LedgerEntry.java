package org.fazhi.ledger.internal.sheets;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every ledger record carries: its tenant, the department that keeps it (the one of whoever entered it), the
 * community it concerns (if any), the day it happened, who entered it and when, and the import it came with. Records
 * are written by {@link LedgerWork} (one form or one import, each a single statement batch) and read through JPA.
 */
@MappedSuperclass
public abstract class LedgerEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private Long communityId;
	private LocalDate occurredOn;
	private String importId;
	private long createdBy;
	private Instant createdAt;
	@Version
	private int version;

	protected LedgerEntry() {
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getDepartmentId() {
		return departmentId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public String getImportId() {
		return importId;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Raised by each correction; a correction names the version it was made from. */
	public int getVersion() {
		return version;
	}
}
