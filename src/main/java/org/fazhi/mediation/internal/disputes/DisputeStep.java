package org.fazhi.mediation.internal.disputes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One move on a dispute's timeline: what happened, on which day, by whom and why. */
@Entity
public class DisputeStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long disputeId;
	private LocalDate happenedOn;
	private String step;
	private Long actorId;
	private String actorName;
	private String detail;
	private Instant createdAt = Instant.now();

	protected DisputeStep() {
	}

	DisputeStep(long tenantId, long disputeId, LocalDate happenedOn, String step, Long actorId, String actorName,
			String detail) {
		this.tenantId = tenantId;
		this.disputeId = disputeId;
		this.happenedOn = happenedOn;
		this.step = step;
		this.actorId = actorId;
		this.actorName = actorName;
		this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
	}

	public Long getId() {
		return id;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getStep() {
		return step;
	}

	public String getStepKey() {
		return "disputeStep." + step;
	}

	public String getActorName() {
		return actorName;
	}

	public String getDetail() {
		return detail;
	}
}
