package org.fazhi.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.legal.internal.decisions.DecisionWork;
import org.fazhi.legal.internal.decisions.MajorDecision;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Major administrative decisions and normative documents per the 重大行政决策程序暂行条例: public comment of at least
 * 30 days (第十五条), no collective discussion without a passed legality review (第二十五条), the discussion recorded
 * with its dissent (第三十条), publication and filing; the figures recomputed in SQL, the demo's 2024. Each test enters
 * matters of its own in 2025.
 */
@FazhiIntegrationTest
class DecisionIntegrationTests {

	@Autowired
	DecisionWork work;

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

	private static void refusedWith(Runnable step, LegalRule rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("rule", rule)
			.hasFieldOrPropertyWithValue("messageKey", rule.messageKey());
	}

	@Test
	void noDiscussionWithoutAPassedLegalityReviewPerArticle25() {
		var legal = account("legal");
		var leader = account("leader");
		var d = work.enter(legal, MajorDecision.Kind.MAJOR_DECISION, "测试决策：未审先议", 2025, false, false);
		long id = d.getId();
		refusedWith(() -> work.discuss(leader, id, LocalDate.of(2025, 3, 1), "主任办公会议", "同意。", null,
				MajorDecision.Resolution.ADOPTED), LegalAffairsRule.DECISION_LEGALITY_REVIEW);
		// the public comment does not replace the review (第二十五条: 不得以征求意见等方式代替合法性审查)
		work.openComment(legal, id, LocalDate.of(2025, 1, 6));
		work.closeComment(legal, id, LocalDate.of(2025, 2, 10), null);
		refusedWith(() -> work.discuss(leader, id, LocalDate.of(2025, 3, 1), "主任办公会议", "同意。", null,
				MajorDecision.Resolution.ADOPTED), LegalAffairsRule.DECISION_LEGALITY_REVIEW);
		// a returned review is no passed review
		work.sendForReview(legal, id, account("reviewer").accountId());
		work.review(account("reviewer"), id, MajorDecision.Review.RETURNED, "缺少上位法依据，退回补充。", LocalDate.of(2025, 2, 14));
		refusedWith(() -> work.discuss(leader, id, LocalDate.of(2025, 3, 1), "主任办公会议", "同意。", null,
				MajorDecision.Resolution.ADOPTED), LegalAffairsRule.DECISION_LEGALITY_REVIEW);
		work.sendForReview(legal, id, account("reviewer").accountId());
		work.review(account("reviewer"), id, MajorDecision.Review.PASSED, "已补充依据，审查通过。", LocalDate.of(2025, 2, 20));
		// 第三十条第三款: the members' opinions are recorded
		refusedWith(() -> work.discuss(leader, id, LocalDate.of(2025, 3, 1), "主任办公会议", " ", null,
				MajorDecision.Resolution.ADOPTED), LegalAffairsRule.DECISION_DISCUSSION_RECORDED);
		var discussed = work.discuss(leader, id, LocalDate.of(2025, 3, 1), "主任办公会议", "多数同意。",
				"一名委员认为补贴标准偏低。", MajorDecision.Resolution.ADOPTED);
		assertThat(discussed.getState()).isEqualTo(MajorDecision.State.DECIDED);
		assertThat(discussed.getDissent()).isEqualTo("一名委员认为补贴标准偏低。");
		// only the head discusses; only the justice office or a reviewer reviews
		assertThatThrownBy(() -> work.discuss(legal, id, LocalDate.of(2025, 3, 1), "会议", "同意。", null,
				MajorDecision.Resolution.ADOPTED)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void thePublicCommentRunsAtLeast30DaysPerArticle15() throws Exception {
		var legal = account("legal");
		var d = work.enter(legal, MajorDecision.Kind.MAJOR_DECISION, "测试决策：征求意见期限", 2025, false, false);
		long id = d.getId();
		// Sep 6, 2025 + 30 days = Oct 6, a holiday (Oct 1-8): Oct 9
		var open = work.openComment(legal, id, LocalDate.of(2025, 9, 6));
		assertThat(open.getCommentDueOn()).isEqualTo(LocalDate.of(2025, 10, 9));
		refusedWith(() -> work.closeComment(legal, id, LocalDate.of(2025, 9, 30), null),
				LegalAffairsRule.DECISION_COMMENT_PERIOD);
		mvc.perform(post("/legal/decisions/" + id + "/comment/close").with(user(legal)).with(csrf())
			.param("on", "2025-09-30")).andExpect(status().is3xxRedirection());
		assertThat(work.get(legal, id).getState()).isEqualTo(MajorDecision.State.COMMENT);
		// shortened for a stated urgency: allowed and recorded
		var closed = work.closeComment(legal, id, LocalDate.of(2025, 9, 30), "汛期临近，情况紧急");
		assertThat(closed.getShortenedReason()).isEqualTo("汛期临近，情况紧急");
		var other = work.enter(legal, MajorDecision.Kind.MAJOR_DECISION, "测试决策：期满结束", 2025, false, false);
		work.openComment(legal, other.getId(), LocalDate.of(2025, 9, 6));
		assertThat(work.closeComment(legal, other.getId(), LocalDate.of(2025, 10, 9), null).getShortenedReason()).isNull();
	}

	@Test
	void aNormativeDocumentIsFiledWhenPublishedAndTheFiguresAreTheRecords() {
		var legal = account("legal");
		var d = work.enter(legal, MajorDecision.Kind.NORMATIVE_DOCUMENT, "测试规范性文件", 2025, false, false);
		long id = d.getId();
		work.sendForReview(legal, id, legal.accountId());
		work.review(legal, id, MajorDecision.Review.PASSED, "审查通过。", LocalDate.of(2025, 4, 1));
		work.discuss(account("leader"), id, LocalDate.of(2025, 4, 8), "主任办公会议", "一致同意。", null,
				MajorDecision.Resolution.ADOPTED);
		assertThatThrownBy(() -> work.publish(legal, id, LocalDate.of(2025, 4, 10), "政府网站", null))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "decision.filing.required");
		assertThat(work.publish(legal, id, LocalDate.of(2025, 4, 10), "政府网站", LocalDate.of(2025, 4, 20))
			.getFiledOn()).isEqualTo(LocalDate.of(2025, 4, 20));
		long tenant = legal.tenantId();
		for (int year : new int[] { 2023, 2024, 2025 }) {
			var values = figures.values(tenant, year);
			assertThat(values.get(LegalFigureBook.MAJOR_DECISIONS)).isEqualTo(jdbc.queryForObject(
					"select count(*) from major_decision where tenant_id = ? and kind = 'MAJOR_DECISION'"
							+ " and extract(year from discussed_on) = ?", Long.class, tenant, year));
			assertThat(values.get(LegalFigureBook.NORMATIVE_REVIEWED)).isEqualTo(jdbc.queryForObject(
					"select count(*) from major_decision where tenant_id = ? and kind = 'NORMATIVE_DOCUMENT'"
							+ " and review = 'PASSED' and extract(year from review_on) = ?", Long.class, tenant, year));
		}
		assertThat(figures.values(tenant, 2024).get(LegalFigureBook.MAJOR_DECISIONS)).isEqualTo(2);
		assertThat(figures.values(tenant, 2024).get(LegalFigureBook.NORMATIVE_REVIEWED)).isEqualTo(3);
		assertThat(figures.values(tenant, 2023).get(LegalFigureBook.MAJOR_DECISIONS)).isEqualTo(1);
	}

	@Test
	void theApiKeepsTheSameGuardsAndTheHeadSeesWhatWaitsForTheDiscussion() throws Exception {
		var legal = account("legal");
		var leader = account("leader");
		String body = mvc.perform(post("/api/v1/legal/decisions").with(user(legal)).with(csrf())
			.param("kind", "MAJOR_DECISION").param("title", "测试决策：接口办理").param("year", "2025")
			.param("riskNeeded", "true"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.decision.state").value("DRAFTING"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		// 第二十五条 through the API: refused with the rule's code, statute and article
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/discuss").with(user(leader)).with(csrf())
			.param("meeting", "主任办公会议").param("opinions", "同意。").param("resolution", "ADOPTED"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value(LegalAffairsRule.DECISION_LEGALITY_REVIEW.code()))
			.andExpect(jsonPath("$.article").value(containsString("第二十五条")));
		// the needed risk assessment comes first (第二十二条)
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/review/send").with(user(legal)).with(csrf())
			.param("reviewerId", String.valueOf(account("reviewer").accountId()))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/assessed").with(user(legal)).with(csrf())
			.param("what", "RISK").param("on", "2025-05-06")).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.riskAssessedOn").value("2025-05-06"));
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/review/send").with(user(legal)).with(csrf())
			.param("reviewerId", String.valueOf(account("reviewer").accountId()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.state").value("REVIEW"));
		// the reviewer's to-do, then the head's
		mvc.perform(get("/").with(user(account("reviewer"))))
			.andExpect(content().string(containsString("测试决策：接口办理")));
		// a reviewer does not discuss, the head does not review
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/review").with(user(leader)).with(csrf())
			.param("review", "PASSED").param("reviewText", "通过")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/review").with(user(account("reviewer"))).with(csrf())
			.param("review", "PASSED").param("reviewText", "审查通过。").param("on", "2025-05-12"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.decision.state").value("REVIEWED"));
		mvc.perform(get("/").with(user(leader))).andExpect(content().string(containsString("测试决策：接口办理")))
			.andExpect(content().string(containsString("提交集体讨论决定")));
		mvc.perform(post("/api/v1/legal/decisions/" + id + "/discuss").with(user(leader)).with(csrf())
			.param("meeting", "主任办公会议").param("opinions", "同意。").param("resolution", "ADOPTED")
			.param("on", "2025-05-20")).andExpect(status().isOk()).andExpect(jsonPath("$.decision.state").value("DECIDED"));
		mvc.perform(get("/api/v1/legal/decisions/" + id).with(user(account("auditor")))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/legal/decisions/" + id).with(user(account("advisor")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/legal/decisions").with(user(legal)).param("year", "2025").param("state", "DECIDED"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("测试决策：接口办理")));
	}

	@Test
	void theHeadPublishesTheYearsCatalogueOnceAndThePublicReadsItPerArticle4() throws Exception {
		var legal = account("legal");
		var leader = account("leader");
		String tenant = legal.tenantCode();
		// 2024's catalogue is the demo's: its matters and their progress, none of the file's deliberations
		mvc.perform(get("/public/legal/decisions").param("tenant", tenant).param("year", "2024"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("东湖街道城中村消防安全综合整治方案")))
			.andExpect(content().string(containsString("东湖街道物业管理区域划分指引")))
			.andExpect(content().string(not(containsString("出租屋限期整改的期限偏短"))));
		mvc.perform(get("/api/v1/public/legal/decisions").param("tenant", tenant).param("year", "2024"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.cataloguePublishedOn").value("2024-01-05"))
			.andExpect(jsonPath("$.matters.length()").value(2))
			.andExpect(jsonPath("$.matters[0].stage").value("PUBLISHED"))
			.andExpect(jsonPath("$.normativeDocuments.length()").value(3));
		work.enter(legal, MajorDecision.Kind.MAJOR_DECISION, "测试决策：2025年度目录事项", 2025, false, false);
		// not published yet: the year's matters are not on the public page
		mvc.perform(get("/public/legal/decisions").param("tenant", tenant).param("year", "2025"))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("测试决策：2025年度目录事项"))));
		// only the head publishes; an empty year cannot be published; a year only once
		mvc.perform(post("/api/v1/legal/decisions/catalogue").with(user(legal)).with(csrf()).param("year", "2025")
			.param("where", "政府网站")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/legal/decisions/catalogue").with(user(leader)).with(csrf()).param("year", "2019")
			.param("where", "政府网站")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("尚无重大行政决策事项")));
		mvc.perform(post("/api/v1/legal/decisions/catalogue").with(user(leader)).with(csrf()).param("year", "99999999999")
			.param("where", "政府网站")).andExpect(status().isBadRequest());
		mvc.perform(post("/legal/decisions/catalogue").with(user(leader)).with(csrf()).param("year", "2025")
			.param("where", "罗湖区政府门户网站").param("on", "2025-01-10")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/legal/decisions/catalogue").with(user(leader)).with(csrf()).param("year", "2025")
			.param("where", "政府网站")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("已经公布")));
		mvc.perform(get("/api/v1/public/legal/decisions").param("tenant", tenant).param("year", "2025"))
			.andExpect(jsonPath("$.cataloguePublishedOn").value("2025-01-10"))
			.andExpect(content().string(containsString("测试决策：2025年度目录事项")));
		mvc.perform(get("/legal/decisions").with(user(leader)).param("year", "2025"))
			.andExpect(content().string(containsString("罗湖区政府门户网站")))
			.andExpect(content().string(not(containsString("id=\"publish-catalogue\""))));
		// a tenant that does not publish here: the portal says so
		mvc.perform(get("/public/legal/decisions").param("tenant", "nowhere")).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'DECISION_CATALOGUE'"
				+ " and detail like 'catalogue 2025%'", Long.class)).isEqualTo(1);
	}

	@Test
	void theStepsOfTheDecisionsAreFiguresOfTheirOwn() {
		long tenant = account("legal").tenantId();
		for (int year : new int[] { 2023, 2024 }) {
			var values = figures.values(tenant, year);
			for (var step : java.util.Map.of(LegalFigureBook.DECISIONS_COMMENTED, "comment_closed_on",
					LegalFigureBook.DECISIONS_EXPERT_REVIEWED, "expert_review_on",
					LegalFigureBook.DECISIONS_RISK_ASSESSED, "risk_assessed_on").entrySet()) {
				assertThat(values.get(step.getKey())).as(step.getKey() + " " + year).isEqualTo(jdbc.queryForObject(
						"select count(*) from major_decision where tenant_id = ? and kind = 'MAJOR_DECISION'"
								+ " and extract(year from discussed_on) = ? and " + step.getValue() + " is not null",
						Long.class, tenant, year));
			}
		}
		// the demo's 2024: both decisions went to public comment, expert review and risk assessment
		assertThat(figures.values(tenant, 2024).get(LegalFigureBook.DECISIONS_RISK_ASSESSED)).isEqualTo(2);
		assertThat(figures.values(tenant, 2023).get(LegalFigureBook.DECISIONS_RISK_ASSESSED)).isEqualTo(0);
	}
}
