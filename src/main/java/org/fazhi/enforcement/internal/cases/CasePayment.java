package org.fazhi.enforcement.internal.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One bank receipt of a fine (行政处罚法 第六十七条), the whole fine or one instalment of it (第六十六条第二款). */
@Entity
public class CasePayment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long caseId;
	private LocalDate paidOn;
	private long amount;
	private long recordedBy;
	private Instant recordedAt = Instant.now();

	protected CasePayment() {
	}

	CasePayment(long caseId, LocalDate paidOn, long amount, long recordedBy) {
		this.caseId = caseId;
		this.paidOn = paidOn;
		this.amount = amount;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public long getAmount() {
		return amount;
	}

	public long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
