package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

import org.fazhi.deadlines.internal.HolidayNotices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule catalogue: each rule's length, unit and article as the statute states them. */
class StatutoryRuleTests {

	private static final PeriodArithmetic PERIODS = new PeriodArithmetic(
			HolidayNotices.calendarOf(HolidayNotices.bundled()));

	private static LocalDate due(StatutoryRule rule, LocalDate trigger) {
		return rule.backwards() ? PERIODS.before(trigger, rule.length(), rule.unit()).due()
				: PERIODS.after(trigger, rule.length(), rule.unit()).due();
	}

	/**
	 * Every period of the rulebook across the 2024 National Day holiday (Oct 1-7 rest, Sep 29 and Oct 12 make-up
	 * working days), counted by hand: "(n)" the n-th counted working day.
	 */
	@ParameterizedTest(name = "{0} from {1} ends {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# 国办发〔2018〕118号, 7 working days: Sep 27 (1), Sep 29 (2), Sep 30 (3), Oct 8 (4) .. Oct 11 (7)
			PENALTY_PUBLICATION                         | 2024-09-26 | 2024-10-11
			# 20 working days: .. Oct 11 (7), Oct 12 makeup (8), Oct 14 (9) .. Oct 18 (13), Oct 21 .. Oct 25 (18), Oct 29 (20)
			RESULT_PUBLICATION                          | 2024-09-26 | 2024-10-29
			# 政府信息公开条例 第三十三条: 20 working days, counted as above
			INFORMATION_DISCLOSURE                      | 2024-09-26 | 2024-10-29
			# 深圳条例 第四十六条: 5 working days: Sep 27 (1), Sep 29 (2), Sep 30 (3), Oct 8 (4), Oct 9 (5)
			ADMINISTRATIVE_MEDIATION_ACCEPTANCE         | 2024-09-26 | 2024-10-09
			# 10 working days: .. Oct 11 (7), Oct 12 makeup (8), Oct 14 (9), Oct 15 (10)
			ADMINISTRATIVE_MEDIATION_ACCEPTANCE_COMPLEX | 2024-09-26 | 2024-10-15
			# 行政复议法 第五十四条, 第八十八条第二款: 5 working days: Sep 29 (1), Sep 30 (2), Oct 8 (3), Oct 9 (4), Oct 10 (5)
			RECONSIDERATION_ANSWER_SIMPLE               | 2024-09-27 | 2024-10-10
			# 行政复议法 第四十八条, 第八十八条第二款: 10 working days: Sep 29 (1), Sep 30 (2), Oct 8 (3) .. Oct 11 (6),
			# Oct 12 makeup (7), Oct 14 (8), Oct 15 (9), Oct 16 (10)
			RECONSIDERATION_ANSWER                      | 2024-09-27 | 2024-10-16
			# 行政复议法 第七十六条: Aug 6 + 60 days = Oct 5, a holiday: Oct 8
			RECONSIDERATION_OPINION_LETTER              | 2024-08-06 | 2024-10-08
			# 行政诉讼法 第六十七条: Sep 20 + 15 days = Oct 5: Oct 8; Sep 27 + 15 = Oct 12, a make-up working day
			LITIGATION_DEFENCE                          | 2024-09-20 | 2024-10-08
			LITIGATION_DEFENCE                          | 2024-09-27 | 2024-10-12
			# 行政诉讼法 第八十五条: Sep 25 + 10 days = Oct 5, a holiday: the first day after it, Oct 8 (民事诉讼法 第八十五条)
			APPEAL_RULING                               | 2024-09-25 | 2024-10-08
			# Sep 20 + 15 days = Oct 5: Oct 8
			APPEAL_JUDGMENT                             | 2024-09-20 | 2024-10-08
			# 人民调解法 第三十三条: Sep 5 + 30 days = Oct 5: Oct 8
			JUDICIAL_CONFIRMATION                       | 2024-09-05 | 2024-10-08
			# 劳动争议调解仲裁法 第十四条第三款: Sep 20 + 15 days = Oct 5: Oct 8
			LABOUR_MEDIATION                            | 2024-09-20 | 2024-10-08
			# the office's own rule on contract review: 5 working days: Sep 29 makeup (1), Sep 30 (2), Oct 8 (3), 9, 10 (5)
			CONTRACT_REVIEW                             | 2024-09-27 | 2024-10-10
			# 深圳条例 第二十五条: Sep 5 + 30 days = Oct 5: Oct 8
			MEDIATION                                   | 2024-09-05 | 2024-10-08
			# 深圳条例 第四十五条: 3 working days: Sep 27 (1), Sep 29 makeup (2), Sep 30 (3)
			ADMINISTRATIVE_MEDIATION_TRANSFER           | 2024-09-26 | 2024-09-30
			# 重大行政决策程序暂行条例 第十五条: Sep 6 + 30 days = Oct 6: Oct 8
			DECISION_PUBLIC_COMMENT                     | 2024-09-06 | 2024-10-08
			# 信访工作条例 第三十四条: Aug 6 + 60 days = Oct 5: Oct 8
			PETITION_RESOLUTION                         | 2024-08-06 | 2024-10-08
			# 检察建议 (两高公益诉讼解释 第二十一条): Aug 1 + two months = Oct 1, a holiday: Oct 8
			PROCURATORIAL_SUGGESTION_REPLY              | 2024-08-01 | 2024-10-08
			""")
	void everyPeriodAcrossNationalDay(StatutoryRule rule, LocalDate trigger, LocalDate expected) {
		assertThat(due(rule, trigger)).isEqualTo(expected);
	}

	/** The rules of counting every period rests on. */
	@Test
	void theCountingRulesOfTheRulebook() {
		// CalendarRule.START_DAY_NOT_COUNTED (民事诉讼法 第八十五条第二款): Sep 20 + 10 days is Sep 30, not Sep 29
		assertThat(PERIODS.after(LocalDate.of(2024, 9, 20), 10, PeriodUnit.DAYS).due()).isEqualTo(LocalDate.of(2024, 9, 30));
		// CalendarRule.HOLIDAY_END_MOVES (第八十五条第三款): Sep 25 + 7 days is Oct 2, a holiday: Oct 8
		assertThat(PERIODS.after(LocalDate.of(2024, 9, 25), 7, PeriodUnit.DAYS).due()).isEqualTo(LocalDate.of(2024, 10, 8));
		// CalendarRule.PENALTY_WORKING_DAYS (行政处罚法 第八十五条): the 5 days to ask for a hearing are working days
		assertThat(StatutoryRule.HEARING_REQUEST.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
		assertThat(due(StatutoryRule.HEARING_REQUEST, LocalDate.of(2024, 9, 27))).isEqualTo(LocalDate.of(2024, 10, 10));
		// CalendarRule.RECONSIDERATION_WORKING_DAYS (行政复议法 第八十八条第二款): the 10 days to answer are working days
		assertThat(StatutoryRule.RECONSIDERATION_ANSWER.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
		assertThat(due(StatutoryRule.RECONSIDERATION_ANSWER, LocalDate.of(2024, 9, 26))).isEqualTo(LocalDate.of(2024, 10, 15));
	}

	@Test
	void penaltyDecisionWithin90DaysOfFilingPerArticle60() {
		// 行政处罚法 第六十条: filed Mon Jul 1 2024 + 90 days = Sun Sep 29 2024, a make-up working day: ends then
		assertThat(StatutoryRule.PENALTY_DECISION.article()).isEqualTo("第六十条");
		assertThat(due(StatutoryRule.PENALTY_DECISION, LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 9, 29));
	}

	@Test
	void serviceWithin7WorkingDaysPerArticles61And85() {
		// 行政处罚法 第六十一条, 第八十五条: decided Mon Sep 30 2024: Oct 1-7 rest, Oct 8 (1) .. Oct 11 (4),
		// Oct 12 Sat makeup (5), Oct 13 rest, Oct 14 (6), Oct 15 (7)
		assertThat(due(StatutoryRule.PENALTY_SERVICE, LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 10, 15));
	}

	@Test
	void hearingNoticeAtLeast7WorkingDaysBeforeThePerArticle64() {
		// 行政处罚法 第六十四条第（二）项: hearing Thu Oct 10 2024 -> notify by Wed Sep 25 (see PeriodArithmeticTests)
		assertThat(StatutoryRule.HEARING_NOTICE.backwards()).isTrue();
		assertThat(due(StatutoryRule.HEARING_NOTICE, LocalDate.of(2024, 10, 10))).isEqualTo(LocalDate.of(2024, 9, 25));
	}

	@Test
	void reconsiderationAnswerWithin10WorkingDaysPerArticles48And88() {
		// 行政复议法 第四十八条, 第八十八条第二款: copy received Fri Feb 2 2024: Feb 3 Sat rest, Feb 4 Sun makeup (1),
		// Feb 5 (2) .. Feb 9 (6), Feb 10-17 rest (春节), Feb 18 Sun makeup (7), Feb 19 (8), Feb 20 (9), Feb 21 (10)
		assertThat(due(StatutoryRule.RECONSIDERATION_ANSWER, LocalDate.of(2024, 2, 2)))
			.isEqualTo(LocalDate.of(2024, 2, 21));
	}

	@Test
	void finePaymentWithin15DaysPerArticle67() {
		// 行政处罚法 第六十七条第三款: received Sat Apr 20 2024 + 15 = May 5 (劳动节): Mon May 6
		assertThat(due(StatutoryRule.FINE_PAYMENT, LocalDate.of(2024, 4, 20))).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void reconsiderationDecisionMayBeExtendedBy30DaysPerArticle62() {
		assertThat(StatutoryRule.RECONSIDERATION_DECISION.length()).isEqualTo(60);
		assertThat(StatutoryRule.RECONSIDERATION_DECISION.maximumExtension()).isEqualTo(30);
		assertThat(StatutoryRule.PENALTY_DECISION.maximumExtension()).isZero();
	}

	@Test
	void everyRuleHasANameAndTriggerInBothLanguagesAndCitesAnArticle() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		for (StatutoryRule rule : StatutoryRule.values()) {
			assertThat(chinese.getProperty(rule.nameKey())).as(rule.nameKey()).isNotBlank();
			assertThat(chinese.getProperty(rule.triggerKey())).as(rule.triggerKey()).isNotBlank();
			assertThat(english.getProperty(rule.nameKey())).as(rule.nameKey()).isNotBlank();
			assertThat(rule.citation()).as(rule.name()).containsAnyOf("第", "“");
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
