package org.fazhi.enforcement.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A piece of evidence of a case, of one of the eight kinds of 行政处罚法 第四十六条; its file, when there is one, is
 * kept with its SM3 hash. Audio and video of on-site work are marked as whole-process record with the device, the
 * operator and the time (第四十七条).
 */
@Entity
public class CaseEvidence {

	/** 行政处罚法 第四十六条: the eight kinds of evidence. */
	public enum Kind {
		DOCUMENTARY, PHYSICAL, AUDIOVISUAL, ELECTRONIC, WITNESS, PARTY_STATEMENT, EXPERT_OPINION, SITE_RECORD;

		public String messageKey() {
			return "evidenceKind." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long caseId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String description;
	private Long attachmentId;
	private String sm3;
	private boolean wholeProcess;
	private String device;
	private String operatorName;
	private LocalDateTime recordedAt;
	private LocalDate collectedOn;
	private long addedBy;
	private Instant addedAt = Instant.now();

	protected CaseEvidence() {
	}

	CaseEvidence(long caseId, Kind kind, String description, Long attachmentId, String sm3, boolean wholeProcess,
			String device, String operatorName, LocalDateTime recordedAt, LocalDate collectedOn, long addedBy) {
		this.caseId = caseId;
		this.kind = kind;
		this.description = description;
		this.attachmentId = attachmentId;
		this.sm3 = sm3;
		this.wholeProcess = wholeProcess;
		this.device = device;
		this.operatorName = operatorName;
		this.recordedAt = recordedAt;
		this.collectedOn = collectedOn;
		this.addedBy = addedBy;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

	public Long getAttachmentId() {
		return attachmentId;
	}

	public String getSm3() {
		return sm3;
	}

	public boolean isWholeProcess() {
		return wholeProcess;
	}

	public String getDevice() {
		return device;
	}

	public String getOperatorName() {
		return operatorName;
	}

	public LocalDateTime getRecordedAt() {
		return recordedAt;
	}

	public LocalDate getCollectedOn() {
		return collectedOn;
	}

	public long getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
