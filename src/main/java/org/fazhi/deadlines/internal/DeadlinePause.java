package org.fazhi.deadlines.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A pause of a deadline: the days from {@code pausedFrom} up to (not including) {@code resumedOn} do not count. */
@Entity
public class DeadlinePause {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private LocalDate pausedFrom;
	private LocalDate resumedOn;
	private String reason;
	private long pausedBy;

	protected DeadlinePause() {
	}

	DeadlinePause(LocalDate pausedFrom, String reason, long pausedBy) {
		this.pausedFrom = pausedFrom;
		this.reason = reason;
		this.pausedBy = pausedBy;
	}

	void resume(LocalDate on) {
		this.resumedOn = on;
	}

	public LocalDate getPausedFrom() {
		return pausedFrom;
	}

	public LocalDate getResumedOn() {
		return resumedOn;
	}

	public String getReason() {
		return reason;
	}
}
