package org.fazhi.deadlines;

import java.time.LocalDate;

/**
 * One day of the statutory calendar.
 *
 * @param holiday the holiday the State Council notice names for this day (also for a make-up working day), or null
 * @param published whether the year's notice is loaded; an unpublished year knows only weekends
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, boolean published) {

	public boolean working() {
		return kind.working();
	}
}
