package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.deadlines.internal.CalendarStore;
import org.springframework.stereotype.Service;

/**
 * The statutory calendar as the other modules and the public API use it: which days are working days, and when a
 * period or a catalogued rule ends. Always the holiday notices currently loaded.
 */
@Service
public class StatutoryCalendar {

	/** The longest stretch of days listed at once. */
	public static final int MAXIMUM_DAYS_LISTED = 366;

	private final CalendarStore store;

	StatutoryCalendar(CalendarStore store) {
		this.store = store;
	}

	public HolidayCalendar calendar() {
		return store.calendar();
	}

	public PeriodArithmetic periods() {
		return new PeriodArithmetic(calendar());
	}

	public DueDate due(LocalDate start, int length, PeriodUnit unit) {
		return periods().after(start, length, unit);
	}

	/** The end of a catalogued rule's period set running on {@code trigger} (or, counted back, the last day to act). */
	public DueDate due(StatutoryRule rule, LocalDate trigger) {
		if (rule.setByOrder()) {
			throw new org.fazhi.shared.RuleViolation("rule", "calendar.rule.byOrder", rule.citation());
		}
		var periods = periods();
		return rule.backwards() ? periods.before(trigger, rule.length(), rule.unit())
				: periods.after(trigger, rule.length(), rule.unit());
	}

	public List<CalendarDay> days(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAXIMUM_DAYS_LISTED).isBefore(to)) {
			throw new IllegalArgumentException("range of days");
		}
		var calendar = calendar();
		return from.datesUntil(to.plusDays(1)).map(calendar::day).toList();
	}
}
