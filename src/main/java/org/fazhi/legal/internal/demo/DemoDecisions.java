package org.fazhi.legal.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.decisions.DecisionWork;
import org.fazhi.legal.internal.decisions.MajorDecision;
import org.fazhi.legal.internal.decisions.MajorDecisions;
import org.fazhi.organisation.FazhiUser;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's major decisions and normative documents, each taken through the procedure of the 条例: public comment of
 * 30 days, expert review and risk assessment where needed, the legality review, the collective discussion (one with
 * a dissent recorded), publication, filing and archive. 2024: two decisions and three documents; 2023: one and two;
 * each year's catalogue published; and one matter of this year reviewed and waiting for the head's discussion.
 */
@Component
@Profile("demo")
class DemoDecisions implements org.fazhi.shared.DemoPart {

	record Demo(MajorDecision.Kind kind, String title, LocalDate start, boolean expert, boolean risk, String dissent) {
	}

	static final List<Demo> MATTERS = List.of(
			new Demo(MajorDecision.Kind.MAJOR_DECISION, "东湖街道老旧小区加装电梯补贴实施方案", LocalDate.of(2023, 3, 1), true,
					false, null),
			new Demo(MajorDecision.Kind.NORMATIVE_DOCUMENT, "东湖街道公务用车管理办法", LocalDate.of(2023, 9, 4), false, false,
					null),
			new Demo(MajorDecision.Kind.NORMATIVE_DOCUMENT, "东湖街道社区股份合作公司集体资产管理指引", LocalDate.of(2023, 10, 9),
					false, false, null),
			new Demo(MajorDecision.Kind.MAJOR_DECISION, "东湖街道城中村消防安全综合整治方案", LocalDate.of(2024, 1, 8), true,
					true, "一名委员认为出租屋限期整改的期限偏短，建议延长至六十日。"),
			new Demo(MajorDecision.Kind.MAJOR_DECISION, "东湖街道背街小巷环境品质提升工程实施方案", LocalDate.of(2024, 5, 6),
					true, true, null),
			new Demo(MajorDecision.Kind.NORMATIVE_DOCUMENT, "东湖街道物业管理区域划分指引", LocalDate.of(2024, 3, 4), false,
					false, null),
			new Demo(MajorDecision.Kind.NORMATIVE_DOCUMENT, "东湖街道矛盾纠纷多元化解工作规程", LocalDate.of(2024, 6, 3), false,
					false, null),
			new Demo(MajorDecision.Kind.NORMATIVE_DOCUMENT, "东湖街道行政执法全过程记录实施细则", LocalDate.of(2024, 9, 2), false,
					false, null));

	private final DecisionWork work;
	private final MajorDecisions decisions;
	private final UserDetailsService accounts;
	private final TransactionTemplate transaction;

	DemoDecisions(DecisionWork work, MajorDecisions decisions, UserDetailsService accounts,
			PlatformTransactionManager transactions) {
		this.work = work;
		this.decisions = decisions;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int order() {
		return 32;
	}

	@Override
	public boolean generate() {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		if (decisions.existsByTenantId(legal.tenantId())) {
			return false;
		}
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		transaction.executeWithoutResult(status -> {
			MATTERS.forEach(m -> matter(legal, leader, m));
			// the head publishes each year's catalogue (第四条)
			work.publishCatalogue(leader, 2023, LocalDate.of(2023, 2, 20), "罗湖区政府门户网站东湖街道栏目");
			work.publishCatalogue(leader, 2024, LocalDate.of(2024, 1, 5), "罗湖区政府门户网站东湖街道栏目");
			pending(legal);
		});
		return true;
	}

	/**
	 * This year's matter whose legality review passed and which waits for the collective discussion: the head's to-do,
	 * dated from today so that it is always current.
	 */
	private void pending(FazhiUser legal) {
		LocalDate start = work.today().minusDays(60);
		var d = work.enter(legal, MajorDecision.Kind.MAJOR_DECISION, "东湖街道社区小型消防站建设运营方案", start.getYear(),
				false, true);
		long id = d.getId();
		work.openComment(legal, id, start);
		LocalDate closed = work.get(legal, id).getCommentDueOn().plusDays(1);
		work.closeComment(legal, id, closed, null);
		work.assessed(legal, id, false, closed.plusDays(2));
		work.sendForReview(legal, id, legal.accountId());
		work.review(legal, id, MajorDecision.Review.PASSED, "经审查，方案内容和程序符合规定，建议提交集体讨论。", closed.plusDays(5));
	}

	private void matter(FazhiUser legal, FazhiUser leader, Demo m) {
		var d = work.enter(legal, m.kind(), m.title(), m.start().getYear(), m.expert(), m.risk());
		long id = d.getId();
		LocalDate day = m.start();
		if (m.kind() == MajorDecision.Kind.MAJOR_DECISION) {
			work.openComment(legal, id, day);
			day = work.get(legal, id).getCommentDueOn().plusDays(1);
			work.closeComment(legal, id, day, null);
		}
		if (m.expert()) {
			work.assessed(legal, id, true, day.plusDays(3));
		}
		if (m.risk()) {
			work.assessed(legal, id, false, day.plusDays(5));
		}
		work.sendForReview(legal, id, legal.accountId());
		work.review(legal, id, MajorDecision.Review.PASSED, "经审查，草案制定主体适格，内容符合法律法规规定，程序完备，建议提交集体讨论。",
				day.plusDays(8));
		work.discuss(leader, id, day.plusDays(12), "街道党工委会议、办事处主任办公会议",
				"与会人员逐一发表意见，多数同意草案。" , m.dissent(), MajorDecision.Resolution.ADOPTED);
		work.publish(legal, id, day.plusDays(16), "罗湖区政府门户网站东湖街道栏目",
				m.kind() == MajorDecision.Kind.NORMATIVE_DOCUMENT ? day.plusDays(20) : null);
		work.archive(legal, id, day.plusDays(30));
	}
}
