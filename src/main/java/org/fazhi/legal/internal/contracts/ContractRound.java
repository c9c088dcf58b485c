package org.fazhi.legal.internal.contracts;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One round of a contract's review: the version submitted (its file), and the lawyer's opinion on it with the reasons,
 * the clauses at risk, the marked-up file and the opinion document; whether it came within the review period.
 */
@Entity
public class ContractRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long reviewId;
	private int roundNo;
	private long fileId;
	private LocalDate submittedOn;
	private long submittedBy;
	private String note;
	private Long lawyerId;
	@Enumerated(EnumType.STRING)
	private ContractReview.Opinion opinion;
	private String reasons;
	private String riskyClauses;
	private Long markedUpId;
	private Long documentId;
	private LocalDate opinionOn;
	private Boolean onTime;

	protected ContractRound() {
	}

	ContractRound(long tenantId, long reviewId, int roundNo, long fileId, LocalDate submittedOn, long submittedBy,
			String note) {
		this.tenantId = tenantId;
		this.reviewId = reviewId;
		this.roundNo = roundNo;
		this.fileId = fileId;
		this.submittedOn = submittedOn;
		this.submittedBy = submittedBy;
		this.note = note;
	}

	void assigned(long lawyer) {
		this.lawyerId = lawyer;
	}

	void opinion(ContractReview.Opinion given, String reasons, String riskyClauses, Long markedUp, LocalDate on,
			boolean onTime) {
		this.opinion = given;
		this.reasons = reasons;
		this.riskyClauses = riskyClauses;
		this.markedUpId = markedUp;
		this.opinionOn = on;
		this.onTime = onTime;
	}

	void documented(long attachmentId) {
		this.documentId = attachmentId;
	}

	public Long getId() {
		return id;
	}

	public long getReviewId() {
		return reviewId;
	}

	public int getRoundNo() {
		return roundNo;
	}

	public long getFileId() {
		return fileId;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public long getSubmittedBy() {
		return submittedBy;
	}

	public String getNote() {
		return note;
	}

	public Long getLawyerId() {
		return lawyerId;
	}

	public ContractReview.Opinion getOpinion() {
		return opinion;
	}

	public String getReasons() {
		return reasons;
	}

	public String getRiskyClauses() {
		return riskyClauses;
	}

	public Long getMarkedUpId() {
		return markedUpId;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public LocalDate getOpinionOn() {
		return opinionOn;
	}

	public Boolean getOnTime() {
		return onTime;
	}
}
