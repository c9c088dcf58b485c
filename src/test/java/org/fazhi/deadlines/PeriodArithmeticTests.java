package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.deadlines.internal.HolidayNotices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked periods on the State Council calendars of 2007-2026. Each case shows its count: "(n)" is the n-th
 * counted day, "rest" a weekend or holiday passed over, "makeup" a make-up working day, "paused" a day inside a pause.
 * Calendar-day periods whose last day is a rest day end on the next working day (民事诉讼法 第八十五条); working-day
 * periods count working days only (行政处罚法 第八十五条, 行政复议法 第八十八条).
 */
class PeriodArithmeticTests {

	private static final PeriodArithmetic PERIODS = new PeriodArithmetic(
			HolidayNotices.calendarOf(HolidayNotices.bundled()));

	@ParameterizedTest(name = "{0} + {1} {2} = {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# --- Spring Festival ---------------------------------------------------------------------------------
			# 2024: Feb 9 Fri (1), Feb 10-17 rest (春节), Feb 18 Sun makeup (2), Feb 19 (3), Feb 20 (4), Feb 21 (5)
			2024-02-08 | 5  | WORKING_DAYS | 2024-02-21
			# 2024: Feb 1 + 9 days = Feb 10, a holiday; Feb 11-17 holidays; Feb 18 is a make-up Sunday: ends then
			2024-02-01 | 9  | DAYS         | 2024-02-18
			# 2025: Jan 25 Sat rest, Jan 26 Sun makeup (1), Jan 27 (2), Jan 28-Feb 4 rest, Feb 5 (3), Feb 6 (4), Feb 7 (5)
			2025-01-24 | 5  | WORKING_DAYS | 2025-02-07
			# 2025: Jan 20 + 10 days = Jan 30 (春节 Jan 28-Feb 4): moves to Wed Feb 5
			2025-01-20 | 10 | DAYS         | 2025-02-05
			# 2023: Jan 20 Fri (1), Jan 21-27 rest, Jan 28 Sat makeup (2), Jan 29 Sun makeup (3): ends on a Sunday
			2023-01-19 | 3  | WORKING_DAYS | 2023-01-29
			# 2026: Feb 13 Fri (1), Feb 14 Sat makeup (2)
			2026-02-12 | 2  | WORKING_DAYS | 2026-02-14
			# 2026: Feb 5 + 10 days = Feb 15 (春节 Feb 15-23): moves to Tue Feb 24
			2026-02-05 | 10 | DAYS         | 2026-02-24
			# --- National Day ------------------------------------------------------------------------------------
			# 2024: Sep 20 + 10 days = Mon Sep 30, a working day: no move
			2024-09-20 | 10 | DAYS         | 2024-09-30
			# 2024: Sep 28 Sat rest, Sep 29 Sun makeup (1), Sep 30 (2), Oct 1-7 rest, Oct 8 (3)
			2024-09-27 | 3  | WORKING_DAYS | 2024-10-08
			# 2024: Sep 25 + 7 days = Oct 2 (国庆 Oct 1-7): moves to Tue Oct 8
			2024-09-25 | 7  | DAYS         | 2024-10-08
			# 2024: Oct 9 (1), Oct 10 (2), Oct 11 (3), Oct 12 Sat makeup (4)
			2024-10-08 | 4  | WORKING_DAYS | 2024-10-12
			# 2025: Sep 23 + 15 days = Oct 8 (国庆/中秋 Oct 1-8): moves to Thu Oct 9
			2025-09-23 | 15 | DAYS         | 2025-10-09
			# 2025: Sep 27 Sat rest, Sep 28 Sun makeup (1), Sep 29 (2), Sep 30 (3), Oct 1-8 rest, Oct 9 (4), Oct 10 (5),
			#       Oct 11 Sat makeup (6), Oct 12 Sun rest, Oct 13 (7), Oct 14 (8), Oct 15 (9), Oct 16 (10)
			2025-09-26 | 10 | WORKING_DAYS | 2025-10-16
			# 2019: Sep 28 Sat rest, Sep 29 Sun makeup (1), Sep 30 (2), Oct 1-7 rest, Oct 8 (3) .. Oct 11 (6), Oct 12 Sat makeup (7)
			2019-09-27 | 7  | WORKING_DAYS | 2019-10-12
			# --- year ends whose dates sit in the next year's notice --------------------------------------------
			# 2019 notice: Dec 30 and 31 2018 and Jan 1 2019 are 元旦 holidays. Dec 20 + 10 = Dec 30: moves to Wed Jan 2
			2018-12-20 | 10 | DAYS         | 2019-01-02
			# 2019 notice: Sat Dec 29 2018 is a make-up working day. Dec 28 Fri (1), Dec 29 Sat makeup (2)
			2018-12-27 | 2  | WORKING_DAYS | 2018-12-29
			# 2023 notice: Dec 31 2022 to Jan 2 2023 rest. Dec 30 Fri (1), Dec 31-Jan 2 rest, Jan 3 (2), Jan 4 (3)
			2022-12-29 | 3  | WORKING_DAYS | 2023-01-04
			# 2012 notice: Sat Dec 31 2011 is a make-up working day. Dec 21 + 10 days = Dec 31: a working Saturday, no move
			2011-12-21 | 10 | DAYS         | 2011-12-31
			# 2008 notice: Sat Dec 29 2007 is a make-up working day. Dec 28 Fri (1), Dec 29 Sat makeup (2)
			2007-12-27 | 2  | WORKING_DAYS | 2007-12-29
			# 2024/2025: Dec 26 (1), Dec 27 (2), Dec 28-29 rest, Dec 30 (3), Dec 31 (4), Jan 1 rest, Jan 2 (5), Jan 3 (6),
			#            Jan 4-5 rest, Jan 6 (7), Jan 7 (8), Jan 8 (9), Jan 9 (10)
			2024-12-25 | 10 | WORKING_DAYS | 2025-01-09
			# --- months: the same date of the final month, or its last day --------------------------------------
			# Jan 31 2024 + 1 month: Feb 31 does not exist, 2024 is a leap year: Thu Feb 29
			2024-01-31 | 1  | MONTHS       | 2024-02-29
			# Jan 31 2023 + 1 month: Tue Feb 28
			2023-01-31 | 1  | MONTHS       | 2023-02-28
			# Jan 31 2025 + 1 month: Fri Feb 28
			2025-01-31 | 1  | MONTHS       | 2025-02-28
			# Jan 31 2021 + 1 month: Feb 28 2021 is a Sunday (rest): moves to Mon Mar 1
			2021-01-31 | 1  | MONTHS       | 2021-03-01
			# Mar 31 2024 + 1 month: Apr 31 does not exist: Tue Apr 30 (a working day before 劳动节)
			2024-03-31 | 1  | MONTHS       | 2024-04-30
			# Aug 31 2024 + 1 month: Mon Sep 30
			2024-08-31 | 1  | MONTHS       | 2024-09-30
			# Jan 15 2024 + 6 months: Mon Jul 15
			2024-01-15 | 6  | MONTHS       | 2024-07-15
			# --- leap years ------------------------------------------------------------------------------------
			# Feb 29 2024 + 1 year: Feb 29 2025 does not exist: Fri Feb 28 2025
			2024-02-29 | 1  | YEARS        | 2025-02-28
			# Feb 29 2020 + 2 years: Mon Feb 28 2022
			2020-02-29 | 2  | YEARS        | 2022-02-28
			# Feb 27 2024 + 2 days = Thu Feb 29 (leap day)
			2024-02-27 | 2  | DAYS         | 2024-02-29
			# Feb 27 2023 + 2 days = Wed Mar 1 (no leap day)
			2023-02-27 | 2  | DAYS         | 2023-03-01
			# --- calendar-day periods whose last day is a holiday -----------------------------------------------
			# Apr 1 2024 + 4 = Apr 5 (清明 Apr 4-6): Apr 6 rest, Apr 7 is a make-up Sunday: ends then
			2024-04-01 | 4  | DAYS         | 2024-04-07
			# fine of Apr 20 2024 (15 days, 行政处罚法 第六十七条) = May 5 (劳动节 May 1-5): moves to Mon May 6
			2024-04-20 | 15 | DAYS         | 2024-05-06
			# Jun 1 2024 + 9 = Mon Jun 10 (端午): moves to Tue Jun 11
			2024-06-01 | 9  | DAYS         | 2024-06-11
			# Sep 2 2024 + 14 = Mon Sep 16 (中秋 Sep 15-17): moves to Wed Sep 18
			2024-09-02 | 14 | DAYS         | 2024-09-18
			# Jul 1 2024 + 5 = Sat Jul 6, an ordinary weekend: moves to Mon Jul 8
			2024-07-01 | 5  | DAYS         | 2024-07-08
			# --- make-up Saturdays and Sundays -----------------------------------------------------------------
			# 2024: Apr 27 Sat rest, Apr 28 Sun makeup (1)
			2024-04-26 | 1  | WORKING_DAYS | 2024-04-28
			# 2024: May 11 Sat makeup (1)
			2024-05-10 | 1  | WORKING_DAYS | 2024-05-11
			# May 4 2024 + 7 = Sat May 11, a make-up working day: no move
			2024-05-04 | 7  | DAYS         | 2024-05-11
			# Feb 11 2024 + 7 = Sun Feb 18, a make-up working day: no move
			2024-02-11 | 7  | DAYS         | 2024-02-18
			# --- plain weeks, for contrast -------------------------------------------------------------------------
			# Mar 1 2024 (Fri): Mar 2-3 rest, Mar 4 (1) .. Mar 8 (5)
			2024-03-01 | 5  | WORKING_DAYS | 2024-03-08
			# Mar 1 2024 + 10 = Mon Mar 11
			2024-03-01 | 10 | DAYS         | 2024-03-11
			""")
	void countsPeriodsAcrossHolidays(LocalDate start, int length, PeriodUnit unit, LocalDate due) {
		assertThat(PERIODS.after(start, length, unit).due()).isEqualTo(due);
	}

	@ParameterizedTest(name = "{1} working days before {0} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# hearing Thu Oct 10 2024 (行政处罚法 第六十四条: notice at least 7 days before): Oct 9 (1), Oct 8 (2), Oct 1-7 rest,
			# Sep 30 (3), Sep 29 Sun makeup (4), Sep 28 Sat rest, Sep 27 (5), Sep 26 (6), Sep 25 (7)
			2024-10-10 | 7 | 2024-09-25
			# hearing Mon Mar 18 2024: Mar 15 (1), 14 (2), 13 (3), 12 (4), 11 (5), Mar 9-10 rest, Mar 8 (6), Mar 7 (7)
			2024-03-18 | 7 | 2024-03-07
			""")
	void countsTheLastDayToNotifyAHearingBackwards(LocalDate hearing, int length, LocalDate latest) {
		assertThat(PERIODS.before(hearing, length, PeriodUnit.WORKING_DAYS).due()).isEqualTo(latest);
	}

	@Test
	void pausedCalendarDaysDoNotCount() {
		// Mar 1 2024 + 10 days, paused from Mar 5, resumed Mar 8: Mar 2 (1), 3 (2), 4 (3), Mar 5-7 paused,
		// Mar 8 (4) .. Mar 14 (10): Thu Mar 14
		var due = PERIODS.after(LocalDate.of(2024, 3, 1), 10, PeriodUnit.DAYS,
				List.of(new Pause(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 8))));
		assertThat(due.due()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(due.days()).filteredOn(d -> d.treatment() == DueDate.Treatment.PAUSED).hasSize(3);
	}

	@Test
	void pausedWorkingDaysDoNotCount() {
		// Fri Mar 1 2024 + 5 working days, paused Mar 4-5 (resumed Mar 6): Mar 2-3 rest, Mar 4-5 paused, Mar 6 (1),
		// Mar 7 (2), Mar 8 (3), Mar 9-10 rest, Mar 11 (4), Mar 12 (5)
		var due = PERIODS.after(LocalDate.of(2024, 3, 1), 5, PeriodUnit.WORKING_DAYS,
				List.of(new Pause(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6))));
		assertThat(due.due()).isEqualTo(LocalDate.of(2024, 3, 12));
	}

	@Test
	void pausedMonthsAddThePausedDays() {
		// Jan 15 2024 + 1 month = Feb 15; paused Jan 20-24 (5 days, resumed Jan 25): Feb 20, a Tuesday
		var due = PERIODS.after(LocalDate.of(2024, 1, 15), 1, PeriodUnit.MONTHS,
				List.of(new Pause(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 25))));
		assertThat(due.due()).isEqualTo(LocalDate.of(2024, 2, 20));
	}

	@Test
	void aPauseCanPushAPeriodOntoAHoliday() {
		// Sep 20 2024 + 10 days paused Sep 25-26 (2 days, resumed Sep 27): ends Oct 2, in 国庆 Oct 1-7: moves to Oct 8
		var due = PERIODS.after(LocalDate.of(2024, 9, 20), 10, PeriodUnit.DAYS,
				List.of(new Pause(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 9, 27))));
		assertThat(due.due()).isEqualTo(LocalDate.of(2024, 10, 8));
	}

	@Test
	void warnsWhenTheCountReachesAYearWithoutANotice() {
		// Dec 20 2026 + 20 days = Sat Jan 9 2027; 2027's notice is not loaded: weekends only, Mon Jan 11, with a warning
		var due = PERIODS.after(LocalDate.of(2026, 12, 20), 20, PeriodUnit.DAYS);
		assertThat(due.due()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(due.unpublishedYears()).containsExactly(2027);
		assertThat(PERIODS.after(LocalDate.of(2026, 3, 2), 20, PeriodUnit.DAYS).unpublishedYears()).isEmpty();
	}

	@Test
	void listsEveryDayOfTheCountWithHowItWasTreated() {
		// 2024-02-08 + 5 working days: Feb 9 counted, Feb 10-17 rest (春节), Feb 18 makeup counted, ...
		var due = PERIODS.after(LocalDate.of(2024, 2, 8), 5, PeriodUnit.WORKING_DAYS);
		assertThat(due.days()).hasSize(13);
		assertThat(due.days().get(1).treatment()).isEqualTo(DueDate.Treatment.REST_SKIPPED);
		assertThat(due.days().get(1).day().holiday()).isEqualTo("春节");
		assertThat(due.days().get(9).day().kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
		assertThat(due.days().get(9).ordinal()).isEqualTo(2);
	}

	@Test
	void refusesANegativeOrEmptyPeriod() {
		assertThatThrownBy(() -> PERIODS.after(LocalDate.of(2024, 1, 1), -1, PeriodUnit.DAYS))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PERIODS.after(LocalDate.of(2024, 1, 1), 0, PeriodUnit.WORKING_DAYS))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
