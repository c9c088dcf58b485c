package org.fazhi.deadlines;

import java.time.LocalDate;

/**
 * A stretch in which a period does not run (中止): from {@code from} on, days are not counted; counting resumes with
 * {@code resumedOn}. A pause that has not ended has no {@code resumedOn}.
 */
public record Pause(LocalDate from, LocalDate resumedOn) {

	public Pause {
		if (from == null) {
			throw new IllegalArgumentException("a pause needs its first day");
		}
		if (resumedOn != null && resumedOn.isBefore(from)) {
			throw new IllegalArgumentException("a pause cannot end before it begins");
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && (resumedOn == null || date.isBefore(resumedOn));
	}
}
