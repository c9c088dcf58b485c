package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.EnforcementRule;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.shared.RuleViolation;

/**
 * A hazard found in an inspection, with its rectification order. Re-inspection closes it, or, when it was not removed
 * in time, escalates it to a case (安全生产法 第一百零二条).
 */
@Entity
public class Hazard {

	public enum State {
		OPEN, RECTIFIED, ESCALATED
	}

	public enum Severity {
		GENERAL, MAJOR
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long communityId;
	private long inspectionId;
	private long entityId;
	private String description;
	@Enumerated(EnumType.STRING)
	private Severity severity;
	private int rectifyDays;
	private LocalDate orderedOn;
	private Long deadlineId;
	@Enumerated(EnumType.STRING)
	private State state = State.OPEN;
	private LocalDate closedOn;
	private String closingNote;
	private String noticeNo;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Hazard() {
	}

	Hazard(Inspection inspection, String description, Severity severity, int rectifyDays, long createdBy) {
		this.tenantId = inspection.getTenantId();
		this.communityId = inspection.getCommunityId();
		this.inspectionId = inspection.getId();
		this.entityId = inspection.getEntityId();
		this.description = description;
		this.severity = severity;
		this.rectifyDays = rectifyDays;
		this.orderedOn = inspection.getInspectedOn();
		this.createdBy = createdBy;
	}

	public void numbered(String noticeNo) {
		this.noticeNo = noticeNo;
	}

	public String getNoticeNo() {
		return noticeNo;
	}

	void trackedBy(long deadline) {
		this.deadlineId = deadline;
	}

	void rectified(LocalDate on, String note) {
		requireOpen();
		if (on.isBefore(orderedOn)) {
			throw new RuleViolation("on", "hazard.beforeOrder", orderedOn);
		}
		this.state = State.RECTIFIED;
		this.closedOn = on;
		this.closingNote = note;
	}

	/** 安全生产法 第一百零二条: only a hazard not removed within the ordered period leads to a case. */
	void escalate(LocalDate on, LocalDate due, String note) {
		requireOpen();
		if (!on.isAfter(due)) {
			throw EnforcementRule.ESCALATE_AFTER_PERIOD.refusal(null, due);
		}
		this.state = State.ESCALATED;
		this.closedOn = on;
		this.closingNote = note;
	}

	private void requireOpen() {
		if (state != State.OPEN) {
			throw new RuleViolation(null, "hazard.closed");
		}
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public long getInspectionId() {
		return inspectionId;
	}

	public long getEntityId() {
		return entityId;
	}

	public String getDescription() {
		return description;
	}

	public Severity getSeverity() {
		return severity;
	}

	public int getRectifyDays() {
		return rectifyDays;
	}

	public LocalDate getOrderedOn() {
		return orderedOn;
	}

	public Long getDeadlineId() {
		return deadlineId;
	}

	public State getState() {
		return state;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public String getClosingNote() {
		return closingNote;
	}
}
