package org.fazhi.mediation.internal.disputes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A follow-up visit on the performance of an agreement (回访, 人民调解法 第三十一条第二款). */
@Entity
public class FollowUpVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long disputeId;
	private LocalDate visitedOn;
	@Enumerated(EnumType.STRING)
	private Dispute.Performance performance;
	private String note;
	private long visitedBy;
	private Instant createdAt = Instant.now();

	protected FollowUpVisit() {
	}

	FollowUpVisit(long tenantId, long disputeId, LocalDate visitedOn, Dispute.Performance performance, String note,
			long visitedBy) {
		this.tenantId = tenantId;
		this.disputeId = disputeId;
		this.visitedOn = visitedOn;
		this.performance = performance;
		this.note = note;
		this.visitedBy = visitedBy;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public Dispute.Performance getPerformance() {
		return performance;
	}

	public String getNote() {
		return note;
	}
}
