package org.fazhi.deadlines.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public calendar API: no sign-in, JSON answers, 400 with a message for bad input. */
@FazhiIntegrationTest
class CalendarApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void computesAWorkingDayPeriodAcrossTheSpringFestivalWithoutSignIn() throws Exception {
		// Feb 9 (1), Feb 10-17 春节, Feb 18 make-up Sunday (2), Feb 19 (3), Feb 20 (4), Feb 21 (5)
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-02-08").param("length", "5")
			.param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2024-02-08"))
			.andExpect(jsonPath("$.length").value(5))
			.andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.due").value("2024-02-21"))
			.andExpect(jsonPath("$.warnings", hasSize(0)))
			.andExpect(jsonPath("$.days[9].kind").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$.days[9].ordinal").value(2));
	}

	@Test
	void computesACataloguedRuleWithItsStatuteAndArticle() throws Exception {
		// 行政复议法 第四十八条: received Fri Feb 2 2024 -> 10 working days -> Wed Feb 21 (Feb 4 and 18 are make-up days)
		mvc.perform(get("/api/v1/calendar/due-date").param("rule", "RECONSIDERATION_ANSWER").param("start", "2024-02-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2024-02-21"))
			.andExpect(jsonPath("$.statute").value("行政复议法"))
			.andExpect(jsonPath("$.article").value("第四十八条、第八十八条第二款"))
			.andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.length").value(10));
	}

	@Test
	void warnsWhenTheYearIsNotPublished() throws Exception {
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2026-12-20").param("length", "20")
			.param("unit", "DAYS"))
			.andExpect(jsonPath("$.due").value("2027-01-11"))
			.andExpect(jsonPath("$.warnings[0]").value(containsString("2027 年的节假日安排尚未公布")));
	}

	@Test
	void listsTheRuleCatalogueAndTheDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/rules"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(20))))
			.andExpect(jsonPath("$[0].code").value("PENALTY_DECISION"))
			.andExpect(jsonPath("$[0].article").value("第六十条"));
		mvc.perform(get("/api/v1/calendar/days").param("from", "2024-09-28").param("to", "2024-10-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].workingDay").value(false))
			.andExpect(jsonPath("$[0].kind").value("WEEKEND"))
			.andExpect(jsonPath("$[1].kind").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$[1].workingDay").value(true))
			.andExpect(jsonPath("$[1].reason").value("调休上班（国庆节）"))
			.andExpect(jsonPath("$[2].kind").value("WORKDAY"))
			.andExpect(jsonPath("$[3].kind").value("HOLIDAY"))
			.andExpect(jsonPath("$[3].holiday").value("国庆节"));
	}

	@Test
	void refusesBadInputWith400AndAMessage() throws Exception {
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-02-08").param("length", "5")
			.param("unit", "FORTNIGHTS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("unit"))
			.andExpect(jsonPath("$.message").value(containsString("不认识的期间单位 FORTNIGHTS")));
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-02-08").param("length", "-3")
			.param("unit", "DAYS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("length"));
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-02-30").param("length", "3")
			.param("unit", "DAYS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("start"))
			.andExpect(jsonPath("$.message").value(containsString("格式不正确")));
		mvc.perform(get("/api/v1/calendar/due-date").param("rule", "NO_SUCH_RULE").param("start", "2024-02-08"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("rule"));
		mvc.perform(get("/api/v1/calendar/days").param("from", "2024-01-01").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-02-08").param("length", "5")
			.param("unit", "FORTNIGHTS").param("lang", "en"))
			.andExpect(jsonPath("$.message").value(containsString("Unknown unit FORTNIGHTS")));
	}
}
