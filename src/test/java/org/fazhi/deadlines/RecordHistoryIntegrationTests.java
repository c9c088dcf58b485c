package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.RecordHistory;
import org.fazhi.deadlines.internal.Deadline;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Record history: who changed which field of a deadline from what to what, shown on its page. */
@FazhiIntegrationTest
class RecordHistoryIntegrationTests {

	@Autowired
	Deadlines deadlines;

	@Autowired
	RecordHistory history;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void showsWhoChangedTheDueDateFromWhatToWhat() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal2");
		// 行政复议法 第六十二条: accepted Mon Mar 4 2024 -> May 6; extended by 30 -> Jun 3
		var deadline = deadlines.register(new RegisterDeadline(legal.tenantId(), legal.departmentId(), null, "TEST",
				"history", "复议 历史测试", StatutoryRule.RECONSIDERATION_DECISION, LocalDate.of(2024, 3, 4),
				legal.accountId(), legal.accountId()));
		mvc.perform(post("/deadlines/" + deadline.id() + "/extend").with(user(legal)).with(csrf())
			.param("length", "30").param("approvedBy", "复议机构负责人").param("reason", "情况复杂")
			.param("approvedOn", "2024-04-20"));

		var entries = history.of(Deadline.class, deadline.id());
		assertThat(entries).extracting(RecordHistory.Entry::kind).containsExactly("ADD", "MOD");
		assertThat(entries.get(1).actor()).isEqualTo("legal2");
		assertThat(entries.get(1).changes()).contains(new RecordHistory.FieldChange("dueDate", "2024-05-06", "2024-06-03"),
				new RecordHistory.FieldChange("extensionLength", "0", "30"));

		mvc.perform(get("/deadlines/" + deadline.id()).with(user(legal)))
			.andExpect(content().string(containsString("修改记录")))
			.andExpect(content().string(containsString("2024年5月6日")))
			.andExpect(content().string(containsString("2024年6月3日")))
			.andExpect(content().string(containsString("届满日")));
	}
}
