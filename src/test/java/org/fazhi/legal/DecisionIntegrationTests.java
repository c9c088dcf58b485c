package org.fazhi.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
}
