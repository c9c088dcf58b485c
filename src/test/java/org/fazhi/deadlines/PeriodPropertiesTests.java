package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.fazhi.deadlines.internal.HolidayNotices;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for every start date of the published years (a fixed seed, so a failure can be reproduced):
 * thousands of random cases each.
 */
class PeriodPropertiesTests {

	private static final HolidayCalendar CALENDAR = HolidayNotices.calendarOf(HolidayNotices.bundled());

	private static final PeriodArithmetic PERIODS = new PeriodArithmetic(CALENDAR);

	private static final int CASES = 4000;

	private static LocalDate randomDate(Random random) {
		// 2008-01-01 .. 2025-12-31: every day of the count lies in a published year
		return LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6575));
	}

	@Test
	void aWorkingDayPeriodAlwaysEndsOnAWorkingDayAfterExactlyThatManyWorkingDays() {
		var random = new Random(20241224);
		for (int i = 0; i < CASES; i++) {
			LocalDate start = randomDate(random);
			int length = 1 + random.nextInt(30);
			LocalDate due = PERIODS.after(start, length, PeriodUnit.WORKING_DAYS).due();
			assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d working days = %s", start, length, due).isTrue();
			long working = start.plusDays(1).datesUntil(due.plusDays(1)).filter(CALENDAR::isWorkingDay).count();
			assertThat(working).as("%s + %d working days", start, length).isEqualTo(length);
		}
	}

	@Test
	void aCalendarDayPeriodNeverEndsOnARestDayNorBeforeItsLength() {
		var random = new Random(440303007);
		for (int i = 0; i < CASES; i++) {
			LocalDate start = randomDate(random);
			int length = 1 + random.nextInt(120);
			LocalDate due = PERIODS.after(start, length, PeriodUnit.DAYS).due();
			assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d days = %s", start, length, due).isTrue();
			assertThat(due).isAfterOrEqualTo(start.plusDays(length));
			// it moved only over rest days
			assertThat(start.plusDays(length).datesUntil(due).allMatch(d -> !CALENDAR.isWorkingDay(d))).isTrue();
		}
	}

	@Test
	void aMonthPeriodNeverEndsOnARestDay() {
		var random = new Random(2021);
		for (int i = 0; i < CASES; i++) {
			LocalDate start = randomDate(random);
			int length = 1 + random.nextInt(6);
			LocalDate due = PERIODS.after(start, length, PeriodUnit.MONTHS).due();
			assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d months = %s", start, length, due).isTrue();
		}
	}

	@Test
	void aLongerPeriodNeverEndsBeforeAShorterOne() {
		var random = new Random(118);
		for (int i = 0; i < CASES; i++) {
			LocalDate start = randomDate(random);
			PeriodUnit unit = PeriodUnit.values()[random.nextInt(3)];
			int shorter = 1 + random.nextInt(40);
			int longer = shorter + 1 + random.nextInt(10);
			assertThat(PERIODS.after(start, longer, unit).due())
				.as("%s: %d vs %d %s", start, longer, shorter, unit)
				.isAfterOrEqualTo(PERIODS.after(start, shorter, unit).due());
		}
	}

	@Test
	void aPauseNeverShortensAPeriod() {
		var random = new Random(46);
		for (int i = 0; i < CASES; i++) {
			LocalDate start = randomDate(random);
			PeriodUnit unit = PeriodUnit.values()[random.nextInt(3)];
			int length = 1 + random.nextInt(30);
			LocalDate from = start.plusDays(1 + random.nextInt(20));
			var pause = new Pause(from, from.plusDays(1 + random.nextInt(10)));
			assertThat(PERIODS.after(start, length, unit, java.util.List.of(pause)).due())
				.isAfterOrEqualTo(PERIODS.after(start, length, unit).due());
		}
	}

	@Test
	void aPeriodCountedBackEndsOnAWorkingDayWithTheWholePeriodBeforeTheEvent() {
		var random = new Random(64);
		for (int i = 0; i < CASES; i++) {
			LocalDate event = randomDate(random).plusDays(60);
			int length = 1 + random.nextInt(15);
			LocalDate latest = PERIODS.before(event, length, PeriodUnit.WORKING_DAYS).due();
			assertThat(CALENDAR.isWorkingDay(latest)).isTrue();
			long working = latest.datesUntil(event).filter(CALENDAR::isWorkingDay).count();
			assertThat(working).as("%d working days before %s", length, event).isEqualTo(length);
		}
	}
}
