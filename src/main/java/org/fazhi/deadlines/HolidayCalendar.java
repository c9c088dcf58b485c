package org.fazhi.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable snapshot of the statutory holidays and make-up working days from the State Council notices loaded so
 * far. A working day is a weekday that is not a holiday, or a make-up working day.
 */
public final class HolidayCalendar {

	/** A day named by a notice: a holiday ({@code offDay}) or a make-up working day. */
	public record NoticeDay(LocalDate date, String name, boolean offDay) {
	}

	private final Map<LocalDate, NoticeDay> days;
	private final SortedSet<Integer> years;

	/**
	 * @param days the days the notices name
	 * @param years the years whose notice is loaded
	 */
	public HolidayCalendar(Map<LocalDate, NoticeDay> days, Set<Integer> years) {
		this.days = Map.copyOf(days);
		this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
	}

	public SortedSet<Integer> years() {
		return years;
	}

	/** The last year whose notice is loaded; later dates are counted with weekends only, and the result says so. */
	public int lastYear() {
		return years.isEmpty() ? 0 : years.last();
	}

	/** Whether the holidays of the date's year are known. */
	public boolean published(LocalDate date) {
		return years.contains(date.getYear());
	}

	public CalendarDay day(LocalDate date) {
		NoticeDay noticed = days.get(date);
		if (noticed != null) {
			return new CalendarDay(date, noticed.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY, noticed.name(),
					true);
		}
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, published(date));
	}

	public boolean isWorkingDay(LocalDate date) {
		return day(date).working();
	}
}
