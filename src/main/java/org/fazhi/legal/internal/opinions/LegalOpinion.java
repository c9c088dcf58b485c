package org.fazhi.legal.internal.opinions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A legal opinion (法律意见书) an outside lawyer gave on a matter of the office: the kind of matter and its reference,
 * the question, the opinion, the author, the day and the signed file.
 */
@Entity
public class LegalOpinion {

	public enum Subject {
		DECISION, DISPUTE, CONTRACT, CASE, DOCUMENT, OTHER;

		public String messageKey() {
			return "opinionSubject." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private String opinionNo;
	@Enumerated(EnumType.STRING)
	private Subject subjectKind;
	private String subjectRef;
	private String question;
	private String opinion;
	private long authorId;
	private LocalDate givenOn;
	private Long fileId;
	private long createdBy;
	private Instant createdAt = Instant.now();

	protected LegalOpinion() {
	}

	LegalOpinion(long tenantId, long departmentId, String opinionNo, Subject subjectKind, String subjectRef,
			String question, String opinion, long authorId, LocalDate givenOn, long createdBy) {
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.opinionNo = opinionNo;
		this.subjectKind = subjectKind;
		this.subjectRef = subjectRef;
		this.question = question;
		this.opinion = opinion;
		this.authorId = authorId;
		this.givenOn = givenOn;
		this.createdBy = createdBy;
	}

	void filed(long attachmentId) {
		this.fileId = attachmentId;
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

	public String getOpinionNo() {
		return opinionNo;
	}

	public Subject getSubjectKind() {
		return subjectKind;
	}

	public String getSubjectRef() {
		return subjectRef;
	}

	public String getQuestion() {
		return question;
	}

	public String getOpinion() {
		return opinion;
	}

	public long getAuthorId() {
		return authorId;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public Long getFileId() {
		return fileId;
	}

	public long getCreatedBy() {
		return createdBy;
	}
}
