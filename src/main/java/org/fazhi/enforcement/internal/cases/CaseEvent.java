package org.fazhi.enforcement.internal.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step of a case as its timeline shows it: what happened, on which day, who recorded it and when. */
@Entity
public class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long caseId;
	private LocalDate happenedOn;
	private Instant recordedAt = Instant.now();
	private long actorId;
	private String actorName;
	private String kind;
	private String detail;

	protected CaseEvent() {
	}

	CaseEvent(long caseId, LocalDate happenedOn, long actorId, String actorName, String kind, String detail) {
		this.caseId = caseId;
		this.happenedOn = happenedOn;
		this.actorId = actorId;
		this.actorName = actorName;
		this.kind = kind;
		this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getKind() {
		return kind;
	}

	public String getDetail() {
		return detail;
	}
}
