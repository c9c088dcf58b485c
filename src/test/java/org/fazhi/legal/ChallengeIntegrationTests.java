package org.fazhi.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.enforcement.internal.cases.CaseEvidence;
import org.fazhi.enforcement.internal.cases.CaseWork;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.legal.internal.challenges.ChallengeDocuments;
import org.fazhi.legal.internal.challenges.ChallengeWork;
import org.fazhi.legal.internal.challenges.LegalChallenge;
import org.fazhi.legal.internal.challenges.LegalChallenge.Form;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.legal.internal.challenges.LegalChallenge.Outcome;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reconsideration and litigation files, each test naming the article it proves: the answer period of 行政复议法
 * 第四十八条 (第五十四条 simple) in working days per 第八十八条 and the defence period of 行政诉讼法 第六十七条 across the
 * 2025 National Day holiday; the answer's basis and evidence (第四十八条, 第六十七条); the head in court or a staff member
 * (第三条第三款); the appeal periods of a judgment and a ruling (第八十五条); settlement and mediation (第七十三条、
 * 第七十四条); the opinion letter (第七十六条); a revoked decision told to the penalty case; the answer document lists
 * the case's evidence; the API keeps the guards; the figures are recomputed in SQL, the demo's 2024 as the report says.
 * Each test opens files of its own, received in 2025.
 */
@FazhiIntegrationTest
class ChallengeIntegrationTests {

	@Autowired
	ChallengeWork work;

	@Autowired
	ChallengeDocuments documents;

	@Autowired
	LegalFigureBook figures;

	@Autowired
	LegalAgenda agenda;

	@Autowired
	CaseWork cases;

	@Autowired
	EnforcementMatters matters;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.fazhi.files.Attachments attachments;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private LegalChallenge receive(Kind kind, boolean simple, LocalDate on, String caseNo) {
		return work.receive(account("legal"), new ChallengeWork.Receipt(kind, simple, "测试申请人", false,
				kind == Kind.LITIGATION ? "深圳市罗湖区人民法院" : "深圳市罗湖区人民政府", null, "行政处罚决定", caseNo, null, on));
	}

	private LegalChallenge answered(Kind kind, LocalDate on) {
		var c = receive(kind, false, on, null);
		return work.answer(account("legal"), c.getId(), "《行政处罚法》第五十七条", "事实清楚，程序合法。", "现场检查笔录",
				on.plusDays(3));
	}

	private static void refusedWith(Runnable step, LegalRule rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("rule", rule)
			.hasFieldOrPropertyWithValue("messageKey", rule.messageKey());
	}

	@Test
	void answerAndDefencePeriodsCountAcrossNationalDayPerArticles48And88And54AndLitigationArticle67() {
		// 2025: Oct 1-8 rest, Sep 28 and Oct 11 make-up working days. The copy came on Friday Sep 26:
		// Sep 28 (1), Sep 29 (2), Sep 30 (3), Oct 9 (4), Oct 10 (5), Oct 11 (6), Oct 13 .. Oct 16 (10)
		var normal = receive(Kind.RECONSIDERATION, false, d(2025, 9, 26), null);
		assertThat(normal.getAnswerDueOn()).isEqualTo(d(2025, 10, 16));
		// 第五十四条: five working days: .. Oct 10 (5)
		assertThat(receive(Kind.RECONSIDERATION, true, d(2025, 9, 26), null).getAnswerDueOn())
			.isEqualTo(d(2025, 10, 10));
		// 行政诉讼法 第六十七条: 15 days, Sep 20 + 15 = Oct 5, a holiday: the first working day after it, Oct 9
		var lawsuit = receive(Kind.LITIGATION, false, d(2025, 9, 20), null);
		assertThat(lawsuit.getAnswerDueOn()).isEqualTo(d(2025, 10, 9));
		assertThat(work.deadlinesOf(account("legal"), normal.getId())).singleElement()
			.satisfies(x -> assertThat(x.rule().citation()).isEqualTo("《行政复议法》第四十八条、第八十八条第二款"));
		// answered after the day: recorded late
		var late = work.answer(account("legal"), lawsuit.getId(), "《行政处罚法》第五十七条", "程序合法。", "询问笔录",
				d(2025, 10, 10));
		assertThat(late.getAnsweredOnTime()).isFalse();
		// the workbench lists the open answer for the justice office, and no one else's
		assertThat(agenda.challengesFor(account("legal"))).anyMatch(t -> t.id() == normal.getId()
				&& t.due().equals(d(2025, 10, 16)));
		assertThat(agenda.challengesFor(account("officer"))).isEmpty();
	}

	@Test
	void theAnswerStatesTheBasisAndTheEvidencePerArticle48AndTheDefencePerLitigationArticle67() {
		var legal = account("legal");
		var c = receive(Kind.RECONSIDERATION, false, d(2025, 3, 3), null);
		refusedWith(() -> work.answer(legal, c.getId(), null, "事实清楚。", "现场照片", d(2025, 3, 5)),
				LegalAffairsRule.RECONSIDERATION_ANSWER_BASIS);
		refusedWith(() -> work.answer(legal, c.getId(), "《行政处罚法》第五十七条", "事实清楚。", null, d(2025, 3, 5)),
				LegalAffairsRule.RECONSIDERATION_ANSWER_BASIS);
		var suit = receive(Kind.LITIGATION, false, d(2025, 3, 3), null);
		refusedWith(() -> work.answer(legal, suit.getId(), "《行政处罚法》第五十七条", "事实清楚。", " ", d(2025, 3, 5)),
				LegalAffairsRule.LITIGATION_DEFENCE_EVIDENCE);
		assertThat(work.get(legal, c.getId()).getState()).isEqualTo(LegalChallenge.State.RECEIVED);
		// only the justice office answers
		assertThatThrownBy(() -> work.answer(account("officer"), c.getId(), "依据", "意见", "证据", d(2025, 3, 5)))
			.isInstanceOf(Exception.class);
	}

	@Test
	void theHeadAppearsInCourtOrSendsAStaffMemberNeverOnlyALawyerPerLitigationArticle3() {
		var legal = account("legal");
		var c = answered(Kind.LITIGATION, d(2025, 4, 1));
		refusedWith(() -> work.hearing(legal, c.getId(), d(2025, 5, 6), false, null),
				LegalAffairsRule.LITIGATION_HEAD_IN_COURT);
		refusedWith(() -> work.hearing(legal, c.getId(), d(2025, 5, 6), false, account("advisor").accountId()),
				LegalAffairsRule.LITIGATION_HEAD_IN_COURT);
		var sent = work.hearing(legal, c.getId(), d(2025, 5, 6), false, account("legal2").accountId());
		assertThat(sent.getHeadAppeared()).isFalse();
		assertThat(sent.getAppearedId()).isEqualTo(account("legal2").accountId());
		assertThat(work.hearing(legal, c.getId(), d(2025, 5, 6), true, null).getHeadAppeared()).isTrue();
	}

	@Test
	void theAppealPeriodsOfAJudgmentAndARulingPerLitigationArticle85() {
		var legal = account("legal");
		// a judgment served Sep 18, 2025: 15 days end Oct 3, a holiday: Oct 9
		var judged = work.decide(legal, answered(Kind.LITIGATION, d(2025, 7, 1)).getId(), Outcome.WON, Form.JUDGMENT,
				d(2025, 9, 18), null);
		assertThat(judged.getAppealDueOn()).isEqualTo(d(2025, 10, 9));
		assertThat(judged.getState()).isEqualTo(LegalChallenge.State.DECIDED);
		// a ruling served Sep 25: 10 days end Oct 5, a holiday: Oct 9
		var ruled = work.decide(legal, answered(Kind.LITIGATION, d(2025, 7, 2)).getId(), Outcome.WON, Form.RULING,
				d(2025, 9, 25), null);
		assertThat(ruled.getAppealDueOn()).isEqualTo(d(2025, 10, 9));
		// a day late is out of time; on the last day is in time, and the file goes to the second instance
		refusedWith(() -> work.appeal(legal, judged.getId(), LegalChallenge.Party.CLAIMANT, d(2025, 10, 10)),
				LegalAffairsRule.LITIGATION_APPEAL_PERIOD);
		var appealed = work.appeal(legal, judged.getId(), LegalChallenge.Party.CLAIMANT, d(2025, 10, 9));
		assertThat(appealed.getInstance()).isEqualTo(LegalChallenge.Instance.SECOND);
		assertThat(appealed.getFirstOutcome()).isEqualTo(Outcome.WON);
		var second = work.decide(legal, judged.getId(), Outcome.WON, null, d(2025, 11, 20), null);
		assertThat(second.getState()).isEqualTo(LegalChallenge.State.CLOSED);
		// the ruling's period passed without an appeal: it took effect the day after
		var closed = work.becomeFinal(legal, ruled.getId());
		assertThat(closed.getFinalOn()).isEqualTo(d(2025, 10, 10));
	}

	@Test
	void aWithdrawalNeedsASettlementAndAMediatedEndItsStatementPerArticles73And74() {
		var legal = account("legal");
		var c = answered(Kind.RECONSIDERATION, d(2025, 5, 12));
		refusedWith(() -> work.decide(legal, c.getId(), Outcome.WITHDRAWN_SETTLED, null, d(2025, 6, 2), null),
				LegalAffairsRule.RECONSIDERATION_SETTLEMENT_WITHDRAWAL);
		refusedWith(() -> work.decide(legal, c.getId(), Outcome.MEDIATED, null, d(2025, 6, 2), null),
				LegalAffairsRule.RECONSIDERATION_MEDIATION_STATEMENT);
		// a lawsuit's outcome is not a reconsideration's
		assertThatThrownBy(() -> work.decide(legal, c.getId(), Outcome.WON, null, d(2025, 6, 2), null))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "challenge.outcome.notOfKind");
		work.settle(legal, c.getId(), d(2025, 5, 28), "经复议机构主持调解达成和解。", true, null);
		var withdrawn = work.decide(legal, c.getId(), Outcome.WITHDRAWN_SETTLED, null, d(2025, 6, 2), null);
		assertThat(withdrawn.getState()).isEqualTo(LegalChallenge.State.CLOSED);
		assertThat(withdrawn.isThroughMediation()).isTrue();
		// a dispute that does not exist is not linked
		var other = answered(Kind.RECONSIDERATION, d(2025, 5, 13));
		assertThatThrownBy(() -> work.settle(legal, other.getId(), d(2025, 5, 28), "和解。", true, "不存在的编号"))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "challenge.dispute.unknown");
	}

	@Test
	void theOpinionLetterIsAnsweredWithin60DaysPerArticle76() {
		var legal = account("legal");
		var c = answered(Kind.RECONSIDERATION, d(2025, 6, 2));
		refusedWith(() -> work.letterReply(legal, c.getId(), d(2025, 7, 1), "已纠正。"),
				LegalAffairsRule.RECONSIDERATION_OPINION_LETTER);
		work.letter(legal, c.getId(), d(2025, 8, 6));
		// Aug 6 + 60 days = Oct 5, a holiday: Oct 9
		assertThat(work.deadlinesOf(legal, c.getId())).anyMatch(x -> x.rule().code()
			.equals("RECONSIDERATION_OPINION_LETTER") && x.due().equals(d(2025, 10, 9)));
		assertThat(work.letterReply(legal, c.getId(), d(2025, 9, 1), "已对相关执法人员开展培训并整改。").getLetterRepliedOn())
			.isEqualTo(d(2025, 9, 1));
	}

	/** A decided penalty case of the test's own, with one piece of evidence. */
	private PenaltyCase decidedCase() {
		var officer = account("officer");
		long entity = jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
		long matter = matters.findByTenantIdOrderByCode(officer.tenantId()).stream()
			.filter(m -> m.getCode().equals("AQ-102-01")).findFirst().orElseThrow().getId();
		LocalDate on = cases.today().minusDays(40);
		var c = cases.register(officer, new CaseWork.Registration(PenaltyCase.Source.INSPECTION, null, entity, null,
				null, null, null, null, matter, "检查发现未采取措施消除事故隐患。", officer.accountId(),
				account("officer2").accountId(), on, false, false));
		long id = c.getId();
		cases.approveFiling(account("leader"), id, on);
		cases.addEvidence(officer, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.SITE_RECORD, "复议测试现场检查笔录", on,
				false, null, null, null), null, null);
		cases.notifyIntendedPenalty(officer, id, on.plusDays(2), PenaltyCase.PenaltyKind.FINE,
				10000L, null);
		cases.waiveDefence(officer, id, on.plusDays(3), "书面放弃");
		cases.propose(officer, id, new CaseWork.Decision(PenaltyCase.Outcome.PENALTY,
				PenaltyCase.PenaltyKind.FINE, 10000L, null, on.plusDays(4), "建议罚款。"));
		return cases.decide(account("leader"), id, new CaseWork.Decision(PenaltyCase.Outcome.PENALTY,
				PenaltyCase.PenaltyKind.FINE, 10000L, null, on.plusDays(5), null));
	}

	@Test
	void theAnswerListsTheChallengedCasesEvidenceAndARevocationIsToldToTheCase() throws Exception {
		var legal = account("legal");
		var decided = decidedCase();
		var c = work.receive(legal, new ChallengeWork.Receipt(Kind.RECONSIDERATION, false, "某公司", false,
				"深圳市罗湖区人民政府", "罗府行复〔2026〕9号", "行政处罚决定", decided.getDecisionNo(), null,
				cases.today().minusDays(20)));
		assertThat(c.getCaseId()).isEqualTo(decided.getId());
		// the case's evidence counts as the answer's: nothing listed by hand is needed
		work.answer(legal, c.getId(), "《安全生产法》第一百零二条", "事实清楚。", null, cases.today().minusDays(15));
		var docx = documents.generate(legal, c.getId());
		var download = attachments.open(legal, docx.id());
		try (var in = download.content(); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("行政复议答复书", "复议测试现场检查笔录", decided.getDecisionNo(), "现场笔录");
		}
		// revoked by the reconsideration body: the penalty case records it once
		var revoked = work.decide(legal, c.getId(), Outcome.REVOKED, null, cases.today().minusDays(2), null);
		assertThat(revoked.getState()).isEqualTo(LegalChallenge.State.DECIDED);
		assertThat(cases.get(legal, decided.getId()).getRevokedOn()).isEqualTo(cases.today().minusDays(2));
		assertThat(work.perform(legal, c.getId(), cases.today(), "已撤销原决定并退还罚款。").getState())
			.isEqualTo(LegalChallenge.State.CLOSED);
	}

	@Test
	void theApiKeepsTheGuardsAndOnlyTheJusticeOfficeKeepsTheFiles() throws Exception {
		var c = receive(Kind.LITIGATION, false, d(2025, 2, 10), null);
		mvc.perform(get("/api/v1/legal/challenges/" + c.getId()).with(user(account("leader"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.challenge.answerDueOn").value("2025-02-25"))
			.andExpect(jsonPath("$.deadlines[0].rule").value("LITIGATION_DEFENCE"));
		mvc.perform(post("/api/v1/legal/challenges/" + c.getId() + "/answer").with(user(account("legal"))).with(csrf())
			.param("argument", "程序合法。").param("evidence", "笔录"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("LEG-LIT-DEFENCE-EVIDENCE"));
		mvc.perform(post("/api/v1/legal/challenges").with(user(account("officer"))).with(csrf())
			.param("kind", "LITIGATION").param("claimant", "某").param("body", "法院").param("challengedAct", "决定"))
			.andExpect(status().isForbidden());
		// a mediator reads no legal affairs; another tenant's user finds nothing
		assertThatThrownBy(() -> work.get(account("mediator"), c.getId())).isInstanceOf(NotFound.class);
		mvc.perform(get("/legal/challenges/" + c.getId()).with(user(account("mediator"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFiguresAreTheRecordsTheyCountAndTheDemos2024IsTheReports() {
		long tenant = account("legal").tenantId();
		for (int year : new int[] { 2023, 2024, 2025 }) {
			var values = figures.values(tenant, year);
			String from = year + "-01-01";
			String to = (year + 1) + "-01-01";
			String within = " from legal_challenge where tenant_id = ? and received_on >= cast(? as date)"
					+ " and received_on < cast(? as date)";
			assertThat(values.get(LegalFigureBook.RECONSIDERATIONS)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'RECONSIDERATION'", Long.class, tenant, from, to));
			assertThat(values.get(LegalFigureBook.RECONSIDERATIONS_ON_TIME)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'RECONSIDERATION' and answered_on_time = true", Long.class,
					tenant, from, to));
			assertThat(values.get(LegalFigureBook.RECONSIDERATIONS_MEDIATED)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'RECONSIDERATION' and outcome = 'WITHDRAWN_SETTLED'"
							+ " and through_mediation = true", Long.class, tenant, from, to));
			assertThat(values.get(LegalFigureBook.LITIGATIONS)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'LITIGATION'", Long.class, tenant, from, to));
			assertThat(values.get(LegalFigureBook.LITIGATIONS_LOST)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'LITIGATION' and state = 'CLOSED' and outcome = 'LOST'",
					Long.class, tenant, from, to));
			assertThat(values.get(LegalFigureBook.LITIGATIONS_HEAD_APPEARED)).isEqualTo(jdbc.queryForObject(
					"select count(*)" + within + " and kind = 'LITIGATION' and head_appeared = true", Long.class, tenant,
					from, to));
		}
		// 2024 as the report: 5 reconsiderations, 6 lawsuits, every answer in time, none lost, one withdrawn after
		// mediation; 2023 differs
		var y2024 = figures.values(tenant, 2024);
		assertThat(y2024.get(LegalFigureBook.RECONSIDERATIONS)).isEqualTo(5);
		assertThat(y2024.get(LegalFigureBook.RECONSIDERATIONS_ON_TIME)).isEqualTo(5);
		assertThat(y2024.get(LegalFigureBook.RECONSIDERATIONS_MEDIATED)).isEqualTo(1);
		assertThat(y2024.get(LegalFigureBook.LITIGATIONS)).isEqualTo(6);
		assertThat(y2024.get(LegalFigureBook.LITIGATIONS_ON_TIME)).isEqualTo(6);
		assertThat(y2024.get(LegalFigureBook.LITIGATIONS_LOST)).isZero();
		assertThat(y2024.get(LegalFigureBook.LITIGATIONS_WON)).isEqualTo(4);
		var y2023 = figures.values(tenant, 2023);
		assertThat(y2023.get(LegalFigureBook.RECONSIDERATIONS)).isEqualTo(3);
		assertThat(y2023.get(LegalFigureBook.RECONSIDERATIONS_ON_TIME)).isEqualTo(2);
		assertThat(y2023.get(LegalFigureBook.LITIGATIONS_LOST)).isEqualTo(1);
		// the drill-down lists exactly what a figure counts
		var drill = figures.challengeDrill(account("legal"), LegalFigureBook.LITIGATIONS, 2024).orElseThrow();
		assertThat(work.page(account("legal"), new ChallengeWork.ChallengeFilter(null, null, null, null,
				drill.records()), org.springframework.data.domain.PageRequest.of(0, 50), true).getTotalElements())
			.isEqualTo(6);
	}
}
