package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Counting statutory periods (期间) on a {@link HolidayCalendar}.
 *
 * <ul>
 * <li>The starting day is not counted (民事诉讼法 第八十五条第二款).</li>
 * <li>Calendar days, months and years: when the last day is a statutory rest day (a weekend that is not a make-up
 * working day, or a holiday), the period ends on the next working day (民事诉讼法 第八十五条第三款).</li>
 * <li>Working days count working days only (行政处罚法 第八十五条; 行政复议法 第八十八条第二款; 行政强制法 第六十九条).</li>
 * <li>Months end on the same date of the final month, or on its last day when that date does not exist.</li>
 * <li>Paused days do not count; a period counted back from an event (notice at least N days before a hearing,
 * 行政处罚法 第六十四条) gives the last day to act, moved earlier off a rest day.</li>
 * </ul>
 */
public final class PeriodArithmetic {

	private final HolidayCalendar calendar;

	public PeriodArithmetic(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	public DueDate after(LocalDate start, int length, PeriodUnit unit) {
		return after(start, length, unit, List.of());
	}

	/** The end of a period of {@code length} units that starts on {@code start}, skipping the paused days. */
	public DueDate after(LocalDate start, int length, PeriodUnit unit, List<Pause> pauses) {
		check(start, length, unit);
		for (Pause pause : pauses) {
			if (pause.resumedOn() == null) {
				throw new IllegalArgumentException("a period that is still paused has no end");
			}
		}
		var days = new ArrayList<DueDate.CountedDay>();
		var unpublished = new TreeSet<Integer>();
		LocalDate end;
		if (unit == PeriodUnit.DAYS || unit == PeriodUnit.WORKING_DAYS) {
			end = countForward(start, length, unit == PeriodUnit.WORKING_DAYS, pauses, days, unpublished);
		}
		else {
			end = countMonths(start, unit == PeriodUnit.YEARS ? 12L * length : length, pauses, days, unpublished);
		}
		if (unit != PeriodUnit.WORKING_DAYS) {
			end = moveOffRestDay(end, days, unpublished);
		}
		return new DueDate(start, length, unit, false, end, days, List.copyOf(unpublished));
	}

	/**
	 * The last day on which something must happen at least {@code length} units before {@code event}: counted back
	 * from the event, which itself is not counted; a calendar-day result on a rest day moves earlier to a working day.
	 */
	public DueDate before(LocalDate event, int length, PeriodUnit unit) {
		check(event, length, unit);
		if (unit != PeriodUnit.DAYS && unit != PeriodUnit.WORKING_DAYS) {
			throw new IllegalArgumentException("periods before an event are counted in days or working days");
		}
		var days = new ArrayList<DueDate.CountedDay>();
		var unpublished = new TreeSet<Integer>();
		LocalDate date = event;
		int counted = 0;
		while (counted < length) {
			date = date.minusDays(1);
			CalendarDay day = look(date, unpublished);
			if (unit == PeriodUnit.WORKING_DAYS && !day.working()) {
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.REST_SKIPPED, 0));
				continue;
			}
			counted++;
			days.add(new DueDate.CountedDay(day, DueDate.Treatment.COUNTED, counted));
		}
		while (!look(date, unpublished).working()) {
			date = date.minusDays(1);
			days.add(new DueDate.CountedDay(look(date, unpublished), DueDate.Treatment.MOVED_OVER_REST, 0));
		}
		return new DueDate(event, length, unit, true, date, days, List.copyOf(unpublished));
	}

	private LocalDate countForward(LocalDate start, int length, boolean workingDaysOnly, List<Pause> pauses,
			List<DueDate.CountedDay> days, SortedSet<Integer> unpublished) {
		LocalDate date = start;
		int counted = 0;
		while (counted < length) {
			date = date.plusDays(1);
			CalendarDay day = look(date, unpublished);
			if (paused(date, pauses)) {
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.PAUSED, 0));
			}
			else if (workingDaysOnly && !day.working()) {
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.REST_SKIPPED, 0));
			}
			else {
				counted++;
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.COUNTED, counted));
			}
		}
		return date;
	}

	private LocalDate countMonths(LocalDate start, long months, List<Pause> pauses, List<DueDate.CountedDay> days,
			SortedSet<Integer> unpublished) {
		// the plain end of the months, then one more day for every paused day up to the end (which may reach further
		// paused days): repeat until the end no longer moves
		LocalDate plainEnd = start.plusMonths(months);
		LocalDate end = plainEnd;
		while (true) {
			LocalDate next = plainEnd.plusDays(pausedDaysUpTo(start, end, pauses));
			if (next.equals(end)) {
				break;
			}
			end = next;
		}
		int ordinal = 0;
		for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
			CalendarDay day = look(date, unpublished);
			if (paused(date, pauses)) {
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.PAUSED, 0));
			}
			else {
				days.add(new DueDate.CountedDay(day, DueDate.Treatment.COUNTED, ++ordinal));
			}
		}
		return end;
	}

	private static long pausedDaysUpTo(LocalDate start, LocalDate end, List<Pause> pauses) {
		return start.plusDays(1).datesUntil(end.plusDays(1)).filter(date -> paused(date, pauses)).count();
	}

	private LocalDate moveOffRestDay(LocalDate end, List<DueDate.CountedDay> days, SortedSet<Integer> unpublished) {
		LocalDate date = end;
		while (!look(date, unpublished).working()) {
			date = date.plusDays(1);
			days.add(new DueDate.CountedDay(look(date, unpublished), DueDate.Treatment.MOVED_OVER_REST, 0));
		}
		return date;
	}

	private CalendarDay look(LocalDate date, SortedSet<Integer> unpublished) {
		CalendarDay day = calendar.day(date);
		if (!day.published()) {
			unpublished.add(date.getYear());
		}
		return day;
	}

	private static boolean paused(LocalDate date, List<Pause> pauses) {
		for (Pause pause : pauses) {
			if (pause.covers(date)) {
				return true;
			}
		}
		return false;
	}

	private static void check(LocalDate start, int length, PeriodUnit unit) {
		if (start == null || unit == null) {
			throw new IllegalArgumentException("a period needs its start and unit");
		}
		if (length < 1 || length > unit.maximumLength()) {
			throw new IllegalArgumentException("length " + length + " outside 1.." + unit.maximumLength());
		}
	}
}
