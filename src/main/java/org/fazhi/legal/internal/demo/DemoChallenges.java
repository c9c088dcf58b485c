package org.fazhi.legal.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.enforcement.ChallengedDecisions;
import org.fazhi.legal.internal.challenges.ChallengeWork;
import org.fazhi.legal.internal.challenges.LegalChallenge.Form;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.legal.internal.challenges.LegalChallenge.Outcome;
import org.fazhi.legal.internal.challenges.LegalChallenge.Party;
import org.fazhi.legal.internal.challenges.LegalChallenges;
import org.fazhi.organisation.FazhiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's reconsideration and litigation files, each taken through the use cases by the justice office. 2024 as
 * the report says: 5 reconsideration cases and 6 lawsuits received, every answer and defence in time, none lost, one
 * reconsideration withdrawn after a settlement reached through mediation (one copy received on the Friday before
 * National Day). 2023 differs: 3 and 4, one answer late, one decision found unlawful, one lawsuit lost. Where a
 * penalty case of the demo was decided before the copy came, the file names it, so the answer lists its evidence.
 */
@Component
@Profile("demo")
class DemoChallenges implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoChallenges.class);

	private static final String RECONSIDERATION_BODY = "深圳市罗湖区人民政府";
	private static final String COURT = "深圳市罗湖区人民法院";
	private static final String BASIS = "《中华人民共和国行政处罚法》第三十八条、第五十七条，《深圳经济特区市容和环境卫生管理条例》相关规定。";
	private static final String ARGUMENT = "被申请人作出的行政行为认定事实清楚，证据确凿，程序合法，适用依据正确，处罚幅度适当。";

	/** One file of the demo: the dates of its steps (null: not taken). */
	record Demo(Kind kind, boolean simple, LocalDate received, String claimant, boolean person, LocalDate answered,
			LocalDate hearing, boolean head, LocalDate settled, Outcome outcome, Form form, LocalDate outcomeOn,
			LocalDate appealOn, Outcome secondOutcome, LocalDate secondOn, LocalDate performed, boolean linkCase) {
	}

	static final List<Demo> FILES = List.of(
			// 2023: three reconsiderations (one answer late, one found unlawful), four lawsuits (one lost)
			new Demo(Kind.RECONSIDERATION, false, d(2023, 4, 10), "深圳市某餐饮管理有限公司", false, d(2023, 4, 19), null,
					false, null, Outcome.UPHELD, null, d(2023, 6, 2), null, null, null, null, true),
			new Demo(Kind.RECONSIDERATION, false, d(2023, 7, 3), "李某明", true, d(2023, 7, 20), null, false, null,
					Outcome.CONFIRMED_UNLAWFUL, null, d(2023, 8, 25), null, null, null, d(2023, 9, 8), false),
			new Demo(Kind.RECONSIDERATION, true, d(2023, 10, 16), "深圳市某商贸有限公司", false, d(2023, 10, 19), null,
					false, null, Outcome.DISMISSED, null, d(2023, 11, 14), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2023, 2, 13), "王某强", true, d(2023, 2, 24), d(2023, 3, 28), true, null,
					Outcome.WON, Form.JUDGMENT, d(2023, 4, 18), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2023, 5, 8), "深圳市某装饰工程有限公司", false, d(2023, 5, 19),
					d(2023, 6, 20), false, null, Outcome.LOST, Form.JUDGMENT, d(2023, 7, 24), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2023, 8, 21), "陈某", true, d(2023, 8, 31), d(2023, 9, 26), true, null,
					Outcome.WON, Form.JUDGMENT, d(2023, 10, 30), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2023, 11, 6), "深圳市某物业服务有限公司", false, d(2023, 11, 16),
					d(2023, 12, 12), false, null, Outcome.WON, Form.RULING, d(2023, 12, 22), null, null, null, null, false),
			// 2024: five reconsiderations, six lawsuits, every answer in time, none lost
			new Demo(Kind.RECONSIDERATION, false, d(2024, 3, 12), "深圳市某饮品店", false, d(2024, 3, 19), null, false,
					null, Outcome.UPHELD, null, d(2024, 5, 8), null, null, null, null, true),
			new Demo(Kind.RECONSIDERATION, true, d(2024, 5, 20), "张某华", true, d(2024, 5, 24), null, false, null,
					Outcome.DISMISSED, null, d(2024, 6, 28), null, null, null, null, false),
			new Demo(Kind.RECONSIDERATION, false, d(2024, 7, 8), "深圳市某五金加工厂", false, d(2024, 7, 15), null,
					false, d(2024, 8, 2), Outcome.WITHDRAWN_SETTLED, null, d(2024, 8, 9), null, null, null, null, true),
			new Demo(Kind.RECONSIDERATION, false, d(2024, 9, 27), "刘某军", true, d(2024, 10, 14), null, false, null,
					Outcome.UPHELD, null, d(2024, 11, 20), null, null, null, null, true),
			new Demo(Kind.RECONSIDERATION, false, d(2024, 11, 18), "深圳市某便利店", false, d(2024, 11, 26), null,
					false, null, Outcome.UPHELD, null, d(2024, 12, 27), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2024, 1, 22), "黄某", true, d(2024, 2, 2), d(2024, 3, 14), true, null,
					Outcome.WON, Form.JUDGMENT, d(2024, 4, 10), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2024, 4, 8), "深圳市某建材有限公司", false, d(2024, 4, 18),
					d(2024, 5, 21), false, null, Outcome.WITHDRAWN, Form.RULING, d(2024, 6, 3), null, null, null, null,
					false),
			new Demo(Kind.LITIGATION, false, d(2024, 6, 11), "周某平", true, d(2024, 6, 21), d(2024, 7, 16), true, null,
					Outcome.WON, Form.JUDGMENT, d(2024, 8, 20), d(2024, 8, 30), Outcome.WON, d(2024, 11, 28), null,
					false),
			new Demo(Kind.LITIGATION, false, d(2024, 8, 5), "深圳市某娱乐有限公司", false, d(2024, 8, 15),
					d(2024, 9, 10), false, null, Outcome.WON, Form.RULING, d(2024, 9, 25), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2024, 10, 14), "吴某", true, d(2024, 10, 24), d(2024, 11, 19), true, null,
					Outcome.WON, Form.JUDGMENT, d(2024, 12, 16), null, null, null, null, false),
			new Demo(Kind.LITIGATION, false, d(2024, 11, 25), "深圳市某汽车维修有限公司", false, d(2024, 12, 5),
					d(2024, 12, 24), false, null, Outcome.WITHDRAWN, Form.RULING, d(2024, 12, 30), null, null, null,
					null, false));

	private static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private final ChallengeWork work;
	private final LegalChallenges challenges;
	private final ChallengedDecisions decisions;
	private final UserDetailsService accounts;
	private final TransactionTemplate transaction;

	DemoChallenges(ChallengeWork work, LegalChallenges challenges, ChallengedDecisions decisions,
			UserDetailsService accounts, PlatformTransactionManager transactions) {
		this.work = work;
		this.challenges = challenges;
		this.decisions = decisions;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public boolean generate() {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		if (challenges.existsByTenantIdAndKind(legal.tenantId(), Kind.RECONSIDERATION)) {
			return false;
		}
		var staffSent = (FazhiUser) accounts.loadUserByUsername("legal2");
		transaction.executeWithoutResult(status -> {
			var decided = new java.util.ArrayList<ChallengedDecisions.CaseFile>();
			decided.addAll(decisions.decidedIn(legal, 2023, 20));
			decided.addAll(decisions.decidedIn(legal, 2024, 40));
			var used = new java.util.HashSet<Long>();
			for (Demo demo : FILES) {
				file(legal, staffSent, demo, decided, used);
			}
		});
		log.info("demo legal challenges={}", FILES.size());
		return true;
	}

	private void file(FazhiUser legal, FazhiUser staffSent, Demo demo, List<ChallengedDecisions.CaseFile> decided,
			java.util.Set<Long> used) {
		ChallengedDecisions.CaseFile linked = !demo.linkCase() ? null : decided.stream()
			.filter(f -> f.decidedOn() != null && f.decidedOn().isBefore(demo.received().minusDays(10))
					&& f.decidedOn().isAfter(demo.received().minusDays(120)) && !f.evidence().isEmpty()
					&& !used.contains(f.caseId()))
			.reduce((a, b) -> b).orElse(null);
		if (linked != null) {
			used.add(linked.caseId());
		}
		boolean lawsuit = demo.kind() == Kind.LITIGATION;
		String act = linked != null ? linked.decisionNo() + "行政处罚决定"
				: lawsuit ? "责令限期拆除违法建设决定" : "行政处罚决定";
		var c = work.receive(legal, new ChallengeWork.Receipt(demo.kind(), demo.simple(), demo.claimant(),
				demo.person(), lawsuit ? COURT : RECONSIDERATION_BODY,
				(lawsuit ? "（" + demo.received().getYear() + "）粤0303行初" : "罗府行复〔" + demo.received().getYear() + "〕")
						+ (100 + demo.received().getDayOfYear()) + "号",
				act, linked == null ? null : linked.decisionNo(), null, demo.received()));
		long id = c.getId();
		work.answer(legal, id, BASIS, ARGUMENT, linked == null ? "现场检查笔录\n询问笔录\n现场照片" : null, demo.answered());
		if (demo.hearing() != null) {
			work.hearing(legal, id, demo.hearing(), demo.head(), demo.head() ? null : staffSent.accountId());
		}
		if (demo.settled() != null) {
			work.settle(legal, id, demo.settled(), "经行政复议机构主持调解，申请人于限期内整改到位，双方就处罚履行方式达成和解，申请人撤回复议申请。", true,
					null);
		}
		work.decide(legal, id, demo.outcome(), demo.form(), demo.outcomeOn(), null);
		if (demo.appealOn() != null) {
			work.appeal(legal, id, Party.CLAIMANT, demo.appealOn());
			work.hearing(legal, id, demo.secondOn().minusDays(30), true, null);
			work.decide(legal, id, demo.secondOutcome(), null, demo.secondOn(), null);
		}
		else if (lawsuit) {
			work.becomeFinal(legal, id);
		}
		if (demo.performed() != null) {
			work.perform(legal, id, demo.performed(), "已依照行政复议决定书重新作出行政行为并告知申请人。");
		}
	}
}
