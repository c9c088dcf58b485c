package org.fazhi.enforcement.internal.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A document generated from a case, attached to it as a DOCX file with its SM3 hash. */
@Entity
public class CaseDocument {

	/** The documents of a case; each numbered type has its own series of 文号 with its own code character. */
	public enum Type {
		FILING_APPROVAL("立"), PRIOR_NOTICE("告"), HEARING_NOTICE("听"), REVIEW_OPINION("审"), DECISION("罚"),
		SERVICE_RECEIPT("送"), RECTIFICATION_NOTICE("改"), URGING_NOTICE("催");

		private final String series;

		Type(String series) {
			this.series = series;
		}

		/** The character after the office abbreviation in the 文号, e.g. 罚 in 罗东执罚〔2024〕37号; null: not numbered. */
		public String series() {
			return series;
		}

		public String messageKey() {
			return "documentType." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long caseId;
	@Enumerated(EnumType.STRING)
	private Type docType;
	private String docNo;
	private long attachmentId;
	private String sm3;

	/** The template version the document came from: {@code 0} the platform's, otherwise the administrator's. */
	private int templateVersion;
	private long generatedBy;
	private Instant generatedAt = Instant.now();

	protected CaseDocument() {
	}

	CaseDocument(long caseId, Type docType, String docNo, long attachmentId, String sm3, long generatedBy,
			int templateVersion) {
		this.templateVersion = templateVersion;
		this.caseId = caseId;
		this.docType = docType;
		this.docNo = docNo;
		this.attachmentId = attachmentId;
		this.sm3 = sm3;
		this.generatedBy = generatedBy;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public Type getDocType() {
		return docType;
	}

	public String getDocNo() {
		return docNo;
	}

	public long getAttachmentId() {
		return attachmentId;
	}

	public int getTemplateVersion() {
		return templateVersion;
	}

	public String getSm3() {
		return sm3;
	}

	public long getGeneratedBy() {
		return generatedBy;
	}

	public Instant getGeneratedAt() {
		return generatedAt;
	}
}
