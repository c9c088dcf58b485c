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

/** The rule catalogue: each rule's length, unit and article as the statute states them. */
class StatutoryRuleTests {

	private static final PeriodArithmetic PERIODS = new PeriodArithmetic(
			HolidayNotices.calendarOf(HolidayNotices.bundled()));

	private static LocalDate due(StatutoryRule rule, LocalDate trigger) {
		return rule.backwards() ? PERIODS.before(trigger, rule.length(), rule.unit()).due()
				: PERIODS.after(trigger, rule.length(), rule.unit()).due();
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
