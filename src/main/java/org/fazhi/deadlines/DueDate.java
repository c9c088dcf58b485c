package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * The end of a period, with every day from the day after the start to the end and how each was treated, so that a
 * person can check the count.
 *
 * @param due the last day of the period (for a period counted back from an event: the last day to act)
 * @param unpublishedYears years the count reached whose holiday notice is not loaded; the result may change
 */
public record DueDate(LocalDate start, int length, PeriodUnit unit, boolean backwards, LocalDate due,
		List<CountedDay> days, List<Integer> unpublishedYears) {

	/** How one day entered the count. */
	public enum Treatment {
		/** counted as day number {@code ordinal} */
		COUNTED,
		/** a rest day passed over by a working-day count */
		REST_SKIPPED,
		/** a day inside a pause */
		PAUSED,
		/** the period ended on a rest day, and the end moved on over this day (民事诉讼法 第八十五条) */
		MOVED_OVER_REST;

		public String messageKey() {
			return "treatment." + name();
		}
	}

	public record CountedDay(CalendarDay day, Treatment treatment, int ordinal) {
	}

	public DueDate {
		days = List.copyOf(days);
		unpublishedYears = List.copyOf(unpublishedYears);
	}

	public boolean calendarComplete() {
		return unpublishedYears.isEmpty();
	}
}
