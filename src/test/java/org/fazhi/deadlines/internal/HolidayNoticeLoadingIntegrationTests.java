package org.fazhi.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.deadlines.PeriodUnit;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator loads next year's State Council notice: computations use it at once and lose their warning; a
 * malformed notice is refused whole and changes nothing. The context is shared: the invented 2027 is removed again.
 */
@FazhiIntegrationTest
class HolidayNoticeLoadingIntegrationTests {

	/** An invented notice for 2027 (the real one is not published on this project's date). */
	static final String NOTICE_2027 = """
			{"year": 2027, "papers": ["https://www.gov.cn/zhengce/example-2027.htm"],
			 "days": [
			   {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
			   {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
			   {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
			   {"name": "元旦", "date": "2027-01-09", "isOffDay": false}
			 ]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatutoryCalendar calendar;

	@Autowired
	HolidayNoticeRecords notices;

	@Autowired
	UserDetailsService accounts;

	/** The invented 2027 leaves with the test: the other tests of the context see 2027 as not yet published. */
	@org.junit.jupiter.api.AfterEach
	void removeTheInventedYear() {
		notices.findByYear(2027).ifPresent(notices::delete);
	}

	@Test
	void anAdministratorLoadsNextYearsNoticeAndTheWarningGoes() throws Exception {
		// Dec 20 2026 + 20 days = Sat Jan 9 2027. Before: 2027 unknown, weekends only: Mon Jan 11, with a warning.
		// After: Jan 9 2027 is a make-up working day: the period ends on it, no warning.
		var before = calendar.due(LocalDate.of(2026, 12, 20), 20, PeriodUnit.DAYS);
		assertThat(before.due()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(before.unpublishedYears()).containsExactly(2027);

		var refused = new MockMultipartFile("file", "2027.json", "application/json",
				NOTICE_2027.replace("2027-01-09", "2028-01-09").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/calendar/notices").file(refused).with(user(accounts.loadUserByUsername("admin")))
			.with(csrf()))
			.andExpect(flash().attribute("refusal", "notice.dayOutsideYear"));
		assertThat(notices.existsByYear(2027)).isFalse();

		mvc.perform(post("/calendar/notices").param("json", NOTICE_2027)
			.with(user(accounts.loadUserByUsername("legal"))).with(csrf()))
			.andExpect(status().isForbidden());

		var file = new MockMultipartFile("file", "2027.json", "application/json",
				NOTICE_2027.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/calendar/notices").file(file).with(user(accounts.loadUserByUsername("admin")))
			.with(csrf()))
			.andExpect(flash().attribute("loadedYear", 2027));

		mvc.perform(get("/api/v1/calendar/due-date").param("start", "2026-12-20").param("length", "20")
			.param("unit", "DAYS"))
			.andExpect(jsonPath("$.due").value("2027-01-09"))
			.andExpect(jsonPath("$.warnings").isEmpty());
		assertThat(notices.findByYear(2027).orElseThrow().getLoadedBy()).isEqualTo("admin");
	}

	@Test
	void refusesMalformedNoticesWithAReason() {
		assertThatThrownBy(() -> HolidayNotices.parse("not json")).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "notice.notJson");
		assertThatThrownBy(() -> HolidayNotices.parse("{\"year\": 2027, \"papers\": [], \"days\": []}"))
			.hasFieldOrPropertyWithValue("messageKey", "notice.papers");
		assertThatThrownBy(() -> HolidayNotices.parse(NOTICE_2027.replace("\"isOffDay\": true}", "\"isOffDay\": \"yes\"}")))
			.hasFieldOrPropertyWithValue("messageKey", "notice.day");
		assertThatThrownBy(() -> HolidayNotices.parse(NOTICE_2027.replace("2027-01-03", "2027-01-02")))
			.hasFieldOrPropertyWithValue("messageKey", "notice.dayTwice");
	}
}
