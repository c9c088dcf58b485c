package org.fazhi.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion;
import org.fazhi.legal.internal.suggestions.SuggestionWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Procuratorial suggestions (检察建议): the reply period of two months from receipt, counted across a holiday; no reply
 * without a rectification plan; the plan's items done with their evidence; rectified when every item is done after the
 * reply; the figures recomputed in SQL, the demo's years; the pages and the API with the same guards. Each test
 * registers suggestions of its own, of 2025.
 */
@FazhiIntegrationTest
class SuggestionIntegrationTests {

	@Autowired
	SuggestionWork work;

	@Autowired
	LegalFigureBook figures;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private static void refusedWith(Runnable step, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", messageKey);
	}

	private static byte[] pdf() throws Exception {
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void theReplyIsDueTwoMonthsAfterReceiptAndAPlanComesFirst() throws Exception {
		var legal = account("legal");
		// Aug 1, 2025 + two months = Oct 1, National Day (Oct 1-8): due Thursday Oct 9
		var s = work.receive(legal, new SuggestionWork.Receipt("深圳市罗湖区人民检察院", "测试检建〔2025〕1号",
				LocalDate.of(2025, 8, 1), "测试：辖区餐饮场所燃气安全隐患。", null), "检察建议书.pdf",
				new java.io.ByteArrayInputStream(pdf()));
		long id = s.getId();
		assertThat(s.getReplyDueOn()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(s.getLetterFileId()).isNotNull();
		var period = work.deadlinesOf(legal, id).get(0);
		assertThat(period.rule()).isEqualTo(StatutoryRule.PROCURATORIAL_SUGGESTION_REPLY);
		assertThat(period.rule().citation()).contains("第二十一条");
		// the same document twice is refused
		refusedWith(() -> work.receive(legal, new SuggestionWork.Receipt("深圳市罗湖区人民检察院", " 测试检建〔2025〕1号 ",
				LocalDate.of(2025, 8, 2), "重复登记", null), null, null), "suggestion.duplicate");
		// no reply without a plan: the page says why and offers none
		refusedWith(() -> work.reply(legal, id, LocalDate.of(2025, 8, 20), "已整改。", null, null),
				"suggestion.reply.noPlan");
		mvc.perform(get("/legal/suggestions/" + id).with(user(legal)))
			.andExpect(content().string(containsString("id=\"reply-needs-plan\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"reply-form\""))));
		long owner = account("safety").accountId();
		var first = work.plan(legal, id, "燃气报警装置未安装", "督促限期安装", owner, LocalDate.of(2025, 9, 1));
		var second = work.plan(legal, id, "瓶装燃气违规存放", "依法立案查处", account("officer").accountId(),
				LocalDate.of(2025, 10, 31));
		assertThat(work.get(legal, id).getState()).isEqualTo(ProcuratorialSuggestion.State.RECTIFYING);
		// an owner outside the office is refused
		refusedWith(() -> work.plan(legal, id, "问题", "措施", account("advisor").accountId(), LocalDate.of(2025, 9, 1)),
				"suggestion.staff.unknown");
		// the first item done on the page, with its evidence
		mvc.perform(multipart("/legal/suggestions/" + id + "/items/" + first.getId() + "/done")
			.file(new MockMultipartFile("file", "整改照片.pdf", "application/pdf", pdf())).with(user(legal)).with(csrf())
			.param("on", "2025-08-28").param("note", "已全部安装并验收。")).andExpect(status().is3xxRedirection());
		var items = work.itemsOf(legal, id);
		assertThat(items.get(0).getDoneOn()).isEqualTo(LocalDate.of(2025, 8, 28));
		assertThat(items.get(0).getEvidenceFileId()).isNotNull();
		var replied = work.reply(legal, id, LocalDate.of(2025, 9, 30), "第一项已整改完毕，第二项正在查处。", null, null);
		assertThat(replied.getState()).isEqualTo(ProcuratorialSuggestion.State.REPLIED);
		assertThat(replied.getRepliedOnTime()).isTrue();
		assertThat(work.deadlinesOf(legal, id).get(0).open()).isFalse();
		var done = work.done(legal, id, second.getId(), LocalDate.of(2025, 10, 20), "已立案查处三宗。", null, null);
		assertThat(done.getDoneOn()).isEqualTo(LocalDate.of(2025, 10, 20));
		var rectified = work.get(legal, id);
		assertThat(rectified.getState()).isEqualTo(ProcuratorialSuggestion.State.RECTIFIED);
		assertThat(rectified.getRectifiedOn()).isEqualTo(LocalDate.of(2025, 10, 20));
		refusedWith(() -> work.done(legal, id, first.getId(), LocalDate.of(2025, 10, 21), "再次", null, null),
				"suggestion.item.done");
		// an item of another suggestion is not this one's
		var other = work.receive(legal, new SuggestionWork.Receipt("深圳市罗湖区人民检察院", "测试检建〔2025〕2号",
				LocalDate.of(2025, 1, 6), "测试：楼道堆放杂物。", null), null, null);
		assertThatThrownBy(() -> work.done(legal, other.getId(), first.getId(), null, "x", null, null))
			.isInstanceOf(org.fazhi.shared.NotFound.class);
		// a late reply is recorded as late
		work.plan(legal, other.getId(), "楼道堆放杂物", "组织清理", owner, LocalDate.of(2025, 2, 28));
		assertThat(work.reply(legal, other.getId(), LocalDate.of(2025, 4, 1), "已清理。", null, null).getRepliedOnTime())
			.isFalse();
	}

	@Test
	void onlyTheJusticeOfficeHandlesAndTheLawyersReadNothing() throws Exception {
		var legal = account("legal");
		var s = work.receive(legal, new SuggestionWork.Receipt("深圳市罗湖区人民检察院", "测试检建〔2025〕3号",
				LocalDate.of(2025, 3, 3), "测试：权限。", null), null, null);
		long id = s.getId();
		mvc.perform(get("/legal/suggestions/" + id).with(user(account("leader")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("测试检建〔2025〕3号")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"plan-form\""))));
		mvc.perform(get("/legal/suggestions/" + id).with(user(account("advisor")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/legal/suggestions/" + id).with(user(account("officer")))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/legal/suggestions/" + id + "/plan").with(user(account("leader"))).with(csrf())
			.param("problem", "x").param("measure", "y")).andExpect(status().isForbidden());
		assertThatThrownBy(() -> work.plan(account("leader"), id, "x", "y", legal.accountId(), LocalDate.of(2025, 4, 1)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		// a refused receipt keeps what was typed
		mvc.perform(multipart("/legal/suggestions").with(user(legal)).with(csrf()).param("procuratorate", "深圳市罗湖区人民检察院")
			.param("documentNo", "测试检建〔2025〕4号").param("receivedOn", "2025-03-03").param("problems", " "))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"测试检建〔2025〕4号\"")));
		// the API: the whole procedure
		String body = mvc.perform(multipart("/api/v1/legal/suggestions").with(user(legal)).with(csrf())
			.param("procuratorate", "深圳市罗湖区人民检察院").param("documentNo", "测试检建〔2025〕5号")
			.param("receivedOn", "2025-03-10").param("problems", "测试：接口。"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.suggestion.replyDueOn").value("2025-05-12"))
			.andExpect(jsonPath("$.deadlines[0].rule").value("PROCURATORIAL_SUGGESTION_REPLY"))
			.andReturn().getResponse().getContentAsString();
		long apiId = Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		mvc.perform(multipart("/api/v1/legal/suggestions/" + apiId + "/reply").with(user(legal)).with(csrf())
			.param("replyText", "已整改")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("整改方案")));
		String planned = mvc.perform(post("/api/v1/legal/suggestions/" + apiId + "/plan").with(user(legal)).with(csrf())
			.param("problem", "问题").param("measure", "措施").param("ownerId", String.valueOf(legal.accountId()))
			.param("dueOn", "2025-04-30")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long itemId = Long.parseLong(planned.replaceAll(".*\"plan\":\\[\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(multipart("/api/v1/legal/suggestions/" + apiId + "/reply").with(user(legal)).with(csrf())
			.param("replyText", "正在整改").param("on", "2025-04-20")).andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion.state").value("REPLIED"));
		mvc.perform(multipart("/api/v1/legal/suggestions/" + apiId + "/items/" + itemId + "/done").with(user(legal))
			.with(csrf()).param("note", "已完成").param("on", "2025-04-28")).andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion.state").value("RECTIFIED"));
		mvc.perform(get("/legal/suggestions/export").with(user(account("auditor"))).param("year", "2025"))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'"
				+ " and record_type = 'PROCURATORIAL_SUGGESTION'", Long.class)).isPositive();
	}

	@Test
	void theFiguresAreTheRecordsAndTheDemoYearsDiffer() throws Exception {
		var legal = account("legal");
		long tenant = legal.tenantId();
		for (int year : new int[] { 2023, 2024, 2025 }) {
			var values = figures.values(tenant, year);
			String received = "select count(*) from procuratorial_suggestion where tenant_id = ?"
					+ " and received_on >= ? and received_on < ?";
			Object[] args = { tenant, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1) };
			assertThat(values.get(LegalFigureBook.SUGGESTIONS)).isEqualTo(jdbc.queryForObject(received, Long.class, args));
			assertThat(values.get(LegalFigureBook.SUGGESTIONS_REPLIED_ON_TIME))
				.isEqualTo(jdbc.queryForObject(received + " and replied_on <= reply_due_on", Long.class, args));
			// rectified: replied, and no item of the plan left undone
			assertThat(values.get(LegalFigureBook.SUGGESTIONS_RECTIFIED)).isEqualTo(jdbc.queryForObject(received
					+ " and replied_on is not null and exists (select 1 from suggestion_item i where i.suggestion_id ="
					+ " procuratorial_suggestion.id) and not exists (select 1 from suggestion_item i where"
					+ " i.suggestion_id = procuratorial_suggestion.id and i.done_on is null)", Long.class, args));
		}
		var y2024 = figures.values(tenant, 2024);
		assertThat(y2024.get(LegalFigureBook.SUGGESTIONS)).isEqualTo(2);
		assertThat(y2024.get(LegalFigureBook.SUGGESTIONS_RECTIFIED)).isEqualTo(2);
		assertThat(y2024.get(LegalFigureBook.SUGGESTIONS_REPLIED_ON_TIME)).isEqualTo(2);
		assertThat(figures.values(tenant, 2023).get(LegalFigureBook.SUGGESTIONS)).isEqualTo(1);
		// the drill-down lists exactly the records counted
		mvc.perform(get("/legal/suggestions").with(user(legal)).param("figure", LegalFigureBook.SUGGESTIONS_RECTIFIED)
			.param("figureYear", "2024")).andExpect(status().isOk())
			.andExpect(content().string(containsString("罗检行公建〔2024〕5号")))
			.andExpect(content().string(containsString("罗检行公建〔2024〕17号")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("罗检行公建〔2023〕12号"))));
		// the demo's open suggestion is the justice office's to-do
		mvc.perform(get("/").with(user(legal))).andExpect(content().string(containsString("id=\"my-matters\"")))
			.andExpect(content().string(containsString("制定整改方案")));
	}
}
