package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.internal.entities.RegulatedEntity;
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
 * An inspection (行政检查) of one regulated entity by two officers (行政处罚法 第四十二条: at least two officers), planned
 * by hand or drawn at random (双随机), then recorded with its findings.
 */
@Entity
public class Inspection {

	public enum State {
		PLANNED, DONE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long communityId;
	private long entityId;
	private String randomDraw;
	private LocalDate plannedOn;
	private LocalDate inspectedOn;
	private long officer1Id;
	private long officer2Id;
	private String officerNames;
	private String findings;
	private String partners;
	@Enumerated(EnumType.STRING)
	private State state = State.PLANNED;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Inspection() {
	}

	Inspection(long tenantId, RegulatedEntity entity, String randomDraw, LocalDate plannedOn, long officer1Id,
			long officer2Id, String officerNames, long createdBy) {
		// 行政处罚法 第四十二条: enforcement is carried out by at least two officers
		if (officer1Id == officer2Id) {
			throw EnforcementRule.INSPECTION_TWO_OFFICERS.refusal("officer2Id");
		}
		this.tenantId = tenantId;
		this.communityId = entity.getCommunityId();
		this.entityId = entity.getId();
		this.randomDraw = randomDraw;
		this.plannedOn = plannedOn;
		this.officer1Id = officer1Id;
		this.officer2Id = officer2Id;
		this.officerNames = officerNames;
		this.createdBy = createdBy;
	}

	void record(LocalDate on, String findingsText, String partnerText) {
		if (state == State.DONE) {
			throw new RuleViolation(null, "inspection.recorded");
		}
		this.inspectedOn = on;
		this.findings = findingsText;
		this.partners = partnerText;
		this.state = State.DONE;
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

	public long getEntityId() {
		return entityId;
	}

	public String getRandomDraw() {
		return randomDraw;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public LocalDate getInspectedOn() {
		return inspectedOn;
	}

	public long getOfficer1Id() {
		return officer1Id;
	}

	public long getOfficer2Id() {
		return officer2Id;
	}

	public String getOfficerNames() {
		return officerNames;
	}

	public String getFindings() {
		return findings;
	}

	public String getPartners() {
		return partners;
	}

	public State getState() {
		return state;
	}
}
