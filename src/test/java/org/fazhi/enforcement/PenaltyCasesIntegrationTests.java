package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.internal.cases.CaseDocument;
import org.fazhi.enforcement.internal.cases.CaseDocuments;
import org.fazhi.enforcement.internal.cases.CaseEvidence;
import org.fazhi.enforcement.internal.cases.CaseWork;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The penalty-case state machine and the articles of 行政处罚法 that guard it: each refused step names its article
 * in its message, and nothing of a refused step is written. Dates are counted back from today, so the tests hold on
 * any day they run.
 */
@FazhiIntegrationTest
class PenaltyCasesIntegrationTests {

	@Autowired
	CaseWork work;

	@Autowired
	CaseDocuments documents;

	@Autowired
	Attachments attachments;

	@Autowired
	EnforcementMatters matters;

	@Autowired
	Deadlines deadlines;

	@Autowired
	StatutoryCalendar calendar;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.fazhi.enforcement.internal.cases.CaseLog caseLog;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private LocalDate today() {
		return deadlines.today();
	}

	private long matter(String code) {
		var officer = account("officer");
		return matters.findByTenantIdOrderByCode(officer.tenantId()).stream().filter(m -> m.getCode().equals(code))
			.findFirst().orElseThrow().getId();
	}

	private long entity() {
		return jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
	}

	/** A case filed {@code daysAgo} days ago against a registered entity, with one piece of evidence. */
	private PenaltyCase filedCase(int daysAgo, boolean majorInterest, boolean complex) {
		var officer = account("officer");
		var colleague = account("officer2");
		LocalDate on = today().minusDays(daysAgo);
		var c = work.register(officer, new CaseWork.Registration(PenaltyCase.Source.INSPECTION, null, entity(), null,
				null, null, null, null, matter("AQ-102-01"), "检查发现未采取措施消除事故隐患。", officer.accountId(),
				colleague.accountId(), on, majorInterest, complex));
		work.approveFiling(account("leader"), c.getId(), on);
		work.addEvidence(officer, c.getId(), new CaseWork.EvidenceForm(CaseEvidence.Kind.SITE_RECORD, "现场检查笔录", on,
				false, null, null, null), null, null);
		return work.get(officer, c.getId());
	}

	private static void refusedWith(Runnable step, String key) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", key);
	}

	/** The step is refused by the named rule of the rulebook, with the rule's message. */
	private static void refusedWith(Runnable step, org.fazhi.shared.LegalRule rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("rule", rule)
			.hasFieldOrPropertyWithValue("messageKey", rule.messageKey());
	}

	/**
	 * 行政处罚法 第五十七条: the officer submits the result and the proposed decision (where the case stands where one is
	 * submitted), and the head of the body decides.
	 */
	private PenaltyCase decideAsHead(long id, CaseWork.Decision decision) {
		var officer = account("officer");
		var c = work.get(officer, id);
		if (c.getState() == PenaltyCase.State.NOTIFIED && !c.partyHeard() && c.getDefenceDueOn() != null
				&& !decision.on().isAfter(c.getDefenceDueOn())) {
			// the party waived statement and defence in writing when the notice was served (第四十五条)
			c = work.waiveDefence(officer, id, c.getNoticeOn(), "当事人在告知书回执上书面放弃陈述、申辩");
		}
		// the proposal comes from one of the case's own two officers
		long investigator = c.getOfficer1Id();
		officer = java.util.stream.Stream.of("officer", "officer2", "officer3", "officer4", "officer5", "officer6")
			.map(this::account).filter(a -> a.accountId() == investigator).findFirst().orElse(officer);
		if (c.getProposalOn() == null && (c.getState() == PenaltyCase.State.FILED
				|| c.getState() == PenaltyCase.State.NOTIFIED)) {
			work.propose(officer, id, new CaseWork.Decision(decision.outcome(), decision.kind(), decision.fine(),
					decision.level(), decision.on(), decision.reason() == null ? "调查终结，建议按告知内容处罚。" : decision.reason()));
		}
		return work.decide(account("leader"), id, decision);
	}

	@Test
	void noDecisionWithoutNoticeOfTheIntendedPenaltyPerArticles44And62() {
		var officer = account("officer");
		var c = filedCase(20, false, false);
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L,
				null, today().minusDays(5), null)), EnforcementRule.DECISION_AFTER_NOTICE);
		assertThat(work.get(officer, c.getId()).getDecisionNo()).isNull();
		// not established needs no notice (第五十七条第一款第三项)
		var decided = decideAsHead(c.getId(), new CaseWork.Decision(Outcome.NOT_ESTABLISHED, null, null, null,
				today().minusDays(5), "现场复核时隐患已不存在，违法事实不能成立。"));
		assertThat(decided.getState()).isEqualTo(PenaltyCase.State.DECIDED);
		assertThat(decided.getDecisionNo()).matches("罗东执罚〔\\d{4}〕\\d+号");
	}

	@Test
	void filingNeedsTheHeadsApprovalPerArticle54AndStartsTheNinetyDaysOfArticle60() throws Exception {
		var officer = account("officer");
		var c = work.register(officer, new CaseWork.Registration(PenaltyCase.Source.COMPLAINT, null, entity(), null, null,
				null, null, null, matter("AQ-102-01"), "群众投诉该单位消防通道堵塞。", officer.accountId(),
				account("officer3").accountId(), today().minusDays(3), false, false));
		refusedWith(() -> work.approveFiling(officer, c.getId(), today()), EnforcementRule.FILING_BY_HEAD);
		// the filing waits on the leader's workbench
		mvc.perform(get("/").with(user(account("leader"))))
			.andExpect(content().string(containsString("/enforcement/cases/" + c.getId() + "\"")))
			.andExpect(content().string(containsString("待批准立案")));
		var filed = work.approveFiling(account("leader"), c.getId(), today().minusDays(2));
		assertThat(filed.getCaseNo()).matches("罗东执立〔\\d{4}〕\\d+号");
		var limit = deadlines.get(officer, filed.getDecisionDeadlineId());
		assertThat(limit.rule()).isEqualTo(StatutoryRule.PENALTY_DECISION);
		assertThat(limit.due()).isEqualTo(calendar.due(StatutoryRule.PENALTY_DECISION, today().minusDays(2)).due());
		// 第四十二条: two different officers
		refusedWith(() -> work.register(officer, new CaseWork.Registration(PenaltyCase.Source.PATROL, null, entity(),
				null, null, null, null, null, matter("AQ-102-01"), "巡查发现。", officer.accountId(), officer.accountId(),
				today(), false, false)), EnforcementRule.TWO_OFFICERS);
	}

	@Test
	void aViolationUndiscoveredForTwoYearsIsNoLongerPenalisedFiveWithHarmToLifePerArticle36() {
		var officer = account("officer");
		var colleague = account("officer2");
		LocalDate on = today();
		LocalDate threeYearsAgo = on.minusYears(3);
		java.util.function.BiFunction<LocalDate, Boolean, CaseWork.Registration> registration = (occurred,
				harm) -> new CaseWork.Registration(PenaltyCase.Source.COMPLAINT, null, entity(), null, null, null, null,
						null, matter("AQ-102-01"), "投诉反映该单位三年前未消除事故隐患。", officer.accountId(),
						colleague.accountId(), on, false, false, occurred, harm);
		refusedWith(() -> work.register(officer, registration.apply(threeYearsAgo, false)), EnforcementRule.LIMITATION);
		refusedWith(() -> work.register(officer, registration.apply(on.plusDays(1), false)),
				"case.occurred.afterRegistration");
		var withHarm = work.register(officer, registration.apply(threeYearsAgo, true));
		assertThat(withHarm.getOccurredOn()).isEqualTo(threeYearsAgo);
		assertThat(work.register(officer, registration.apply(on.minusYears(2), false)).getState())
			.isEqualTo(PenaltyCase.State.REGISTERED);
	}

	@Test
	void aJointOperationLinksTheCaseToThePartnersOwnRecord() throws Exception {
		var officer = account("officer");
		var c = filedCase(5, false, false);
		mvc.perform(post("/enforcement/cases/" + c.getId() + "/partners").with(user(officer)).with(csrf())
			.param("partner", "MARKET_SUPERVISION").param("partnerReference", " "))
			.andExpect(flash().attribute("refusal", "joint.reference.required"));
		mvc.perform(post("/api/v1/enforcement/cases/" + c.getId() + "/partners").with(user(officer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partner\":\"MARKET_SUPERVISION\",\"partnerReference\":\"深罗市监罚〔2026〕12号\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jointOperations[0].partner").value("MARKET_SUPERVISION"))
			.andExpect(jsonPath("$.jointOperations[0].partnerReference").value("深罗市监罚〔2026〕12号"));
		mvc.perform(get("/enforcement/cases/" + c.getId()).with(user(account("leader"))))
			.andExpect(content().string(containsString("深罗市监罚〔2026〕12号")))
			.andExpect(content().string(containsString("市场监督管理所")));
		long inspection = jdbc.queryForObject("select min(inspection_id) from joint_link", Long.class);
		mvc.perform(get("/enforcement/inspections/" + inspection).with(user(officer)))
			.andExpect(content().string(containsString("罗交执检〔2023〕")));
	}

	@Test
	void aHazardsRectificationOrderIsGeneratedOnceNumberedAndAttachedToItsInspection() throws Exception {
		var officer = account("officer");
		long hazard = jdbc.queryForObject("select min(id) from hazard", Long.class);
		long inspection = jdbc.queryForObject("select inspection_id from hazard where id = ?", Long.class, hazard);
		mvc.perform(post("/enforcement/hazards/" + hazard + "/notice").with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/enforcement/hazards/" + hazard + "/notice").with(user(officer)).with(csrf()));
		String number = jdbc.queryForObject("select notice_no from hazard where id = ?", String.class, hazard);
		assertThat(number).matches("罗东执改〔2023〕\\d+号");
		var files = attachments.of(officer, "INSPECTION", String.valueOf(inspection)).stream()
			.filter(a -> a.name().endsWith("责令限期整改通知书.docx")).toList();
		assertThat(files).hasSize(2).allSatisfy(a -> assertThat(a.name()).startsWith(number));
		try (var docx = new XWPFDocument(attachments.open(officer, files.get(0).id()).content())) {
			String text = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertThat(text).contains("责令限期整改通知书", "第一百零二条", "申请行政复议");
		}
	}

	@Test
	void theAdministratorSetsTheOfficeAbbreviationThatStartsEveryDocumentNumber() throws Exception {
		var admin = account("admin");
		mvc.perform(post("/enforcement/office").with(user(admin)).with(csrf()).param("abbreviation", "罗东执1"))
			.andExpect(flash().attribute("refusal", "office.abbreviation.format"));
		mvc.perform(post("/enforcement/office").with(user(admin)).with(csrf()).param("abbreviation", "东湖执"))
			.andExpect(flash().attribute("saved", true));
		var officer = account("officer");
		try {
			var c = work.register(officer, new CaseWork.Registration(PenaltyCase.Source.PATROL, null, entity(), null,
					null, null, null, null, matter("AQ-102-01"), "巡查发现。", officer.accountId(),
					account("officer2").accountId(), today(), false, false));
			assertThat(work.approveFiling(account("leader"), c.getId(), today()).getCaseNo()).startsWith("东湖执立〔");
			mvc.perform(get("/enforcement/office").with(user(admin)))
				.andExpect(content().string(containsString("东湖执罚〔2024〕37号")))
				.andExpect(content().string(containsString("行政处罚决定书")));
		}
		finally {
			mvc.perform(post("/enforcement/office").with(user(admin)).with(csrf()).param("abbreviation", "罗东执"));
		}
	}

	@Test
	void noNoticeWithoutEvidencePerArticle40AndWholeProcessRecordsCarryDeviceOperatorAndTimePerArticle47() {
		var officer = account("officer");
		var c = work.register(officer, new CaseWork.Registration(PenaltyCase.Source.PATROL, null, entity(), null, null,
				null, null, null, matter("AQ-102-01"), "巡查发现未消除事故隐患。", officer.accountId(),
				account("officer2").accountId(), today().minusDays(5), false, false));
		long id = c.getId();
		work.approveFiling(account("leader"), id, today().minusDays(5));
		refusedWith(() -> work.notifyIntendedPenalty(officer, id, today(), PenaltyKind.FINE, 1000L, null),
				EnforcementRule.NOTICE_NEEDS_EVIDENCE);
		refusedWith(() -> work.addEvidence(officer, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.DOCUMENTARY,
				"营业执照复印件", today(), true, "执法记录仪", "黄伟", today().atTime(9, 0)), null, null),
				EnforcementRule.WHOLE_PROCESS_KIND);
		refusedWith(() -> work.addEvidence(officer, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.AUDIOVISUAL,
				"现场执法视频", today(), true, null, "黄伟", today().atTime(9, 0)), null, null),
				EnforcementRule.WHOLE_PROCESS_COMPLETE);
		assertThat(work.evidence(officer, id)).isEmpty();
	}

	@Test
	void aCaseComesFromAHazardOnlyAfterItsPeriodPassedPerWorkSafetyLawArticle102() {
		var officer = account("officer");
		long open = jdbc.queryForObject("select min(id) from hazard where state = 'OPEN' or state = 'RECTIFIED'",
				Long.class);
		refusedWith(() -> work.register(officer, new CaseWork.Registration(PenaltyCase.Source.HAZARD, open, null, null,
				null, null, null, null, matter("AQ-102-01"), "隐患未整改。", officer.accountId(),
				account("officer2").accountId(), today(), false, false)), EnforcementRule.HAZARD_NOT_ESCALATED);
		long filed = jdbc.queryForObject("select min(hazard_id) from penalty_case", Long.class);
		refusedWith(() -> work.register(officer, new CaseWork.Registration(PenaltyCase.Source.HAZARD, filed, null, null,
				null, null, null, null, matter("AQ-102-01"), "隐患未整改。", officer.accountId(),
				account("officer2").accountId(), today(), false, false)), "case.hazard.alreadyFiled");
	}

	@Test
	void noDecisionAfterTheNinetyDaysOfArticle60() {
		var officer = account("officer");
		var c = filedCase(100, false, false);
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.NOT_ESTABLISHED, null, null,
				null, today(), "事实不清。")), EnforcementRule.DECISION_PERIOD);
	}

	@Test
	void aWarningGivesNoHearingRightPerArticle63AndOnlyTheHeadsDiscussCollectivelyPerArticle57() {
		var officer = account("officer");
		var c = filedCase(20, false, true);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(15), PenaltyKind.WARNING, null, null);
		refusedWith(() -> work.requestHearing(officer, c.getId(), today().minusDays(14)), EnforcementRule.HEARING_RIGHT);
		refusedWith(() -> work.recordDiscussion(officer, c.getId(), today().minusDays(12), "黄伟", "讨论。"),
				EnforcementRule.DISCUSSION_BY_HEADS);
	}

	@Test
	void aFineOutsideTheMattersRangeIsRefusedPerArticle34() {
		var officer = account("officer");
		var c = filedCase(20, false, false);
		// 安全生产法 第一百零二条: up to 50000 yuan for the organisation
		refusedWith(() -> work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(10), PenaltyKind.FINE, 60000L,
				null), EnforcementRule.FINE_IN_RANGE);
		assertThat(work.get(officer, c.getId()).getNoticeOn()).isNull();
	}

	@Test
	void theHeadDecidesOnTheOfficersProposalNeverTheOfficerPerArticle57() throws Exception {
		var officer = account("officer");
		var c = filedCase(30, false, false);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(25), PenaltyKind.FINE, 10000L, null);
		var decision = new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null, today().minusDays(5),
				null);
		// 行政处罚法 第五十七条第一款: the head of the body decides; the officer who investigated does not
		refusedWith(() -> work.decide(officer, c.getId(), decision), EnforcementRule.DECISION_BY_HEAD);
		// nor does the head without the officers' result and proposed decision
		refusedWith(() -> work.decide(account("leader"), c.getId(), decision), EnforcementRule.DECISION_ON_PROPOSAL);
		// the page offers the officer the proposal, never the decision, and says why (第五十七条)
		mvc.perform(get("/enforcement/cases/" + c.getId()).with(user(officer)))
			.andExpect(content().string(containsString("id=\"propose-form\"")))
			.andExpect(content().string(not(containsString("id=\"decide-form\""))))
			.andExpect(content().string(containsString("第五十七条第一款")));
		// the API gives the same steps and reasons
		mvc.perform(get("/api/v1/enforcement/cases/" + c.getId()).with(user(officer)))
			.andExpect(jsonPath("$.steps[?(@.step == 'PROPOSE')].open").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$.steps[?(@.step == 'DECIDE')].reason").value(
					org.hamcrest.Matchers.contains(containsString("第五十七条"))));
		work.propose(officer, c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null,
				today().minusDays(6), "当事人在期限内未陈述申辩，建议罚款一万元。"));
		mvc.perform(get("/enforcement/cases/" + c.getId()).with(user(account("leader"))))
			.andExpect(content().string(containsString("id=\"decide-form\"")))
			.andExpect(content().string(containsString("data-confirm=")));
		var decided = work.decide(account("leader"), c.getId(), decision);
		assertThat(decided.getDecidedBy()).isEqualTo(account("leader").fullName());
		assertThat(decided.getState()).isEqualTo(PenaltyCase.State.DECIDED);
	}

	@Test
	void noDecisionInsideTheStatementAndDefencePeriodUnlessThePartyWaivedItPerArticles45And62() throws Exception {
		var officer = account("officer");
		var c = filedCase(10, false, false);
		LocalDate noticeOn = today().minusDays(1);
		var notified = work.notifyIntendedPenalty(officer, c.getId(), noticeOn, PenaltyKind.FINE, 10000L, null);
		// the period is a deadline of the engine: three working days by default (the office's rule)
		LocalDate due = calendar.due(noticeOn, 3, org.fazhi.deadlines.PeriodUnit.WORKING_DAYS).due();
		assertThat(notified.getDefenceDueOn()).isEqualTo(due);
		assertThat(work.deadlinesOf(officer, c.getId())).anySatisfy(d -> {
			assertThat(d.rule()).isEqualTo(StatutoryRule.STATEMENT_DEFENCE);
			assertThat(d.due()).isEqualTo(due);
		});
		var proposal = new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null, today(), "建议罚款一万元。");
		refusedWith(() -> work.propose(officer, c.getId(), proposal), EnforcementRule.DEFENCE_PERIOD);
		// the page says the decision waits, under which articles, until which day
		mvc.perform(get("/enforcement/cases/" + c.getId()).with(user(officer)))
			.andExpect(content().string(containsString("id=\"closed-PROPOSE\"")))
			.andExpect(content().string(containsString("第四十五条、第六十二条")))
			.andExpect(content().string(containsString(due.getYear() + "年" + due.getMonthValue() + "月"
					+ due.getDayOfMonth() + "日")))
			.andExpect(content().string(not(containsString("id=\"propose-form\""))));
		// a written waiver recorded lets the proposal and the decision go ahead
		work.waiveDefence(officer, c.getId(), noticeOn, "当事人在告知书回执上书面声明放弃陈述、申辩");
		work.propose(officer, c.getId(), proposal);
		var decided = work.decide(account("leader"), c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE,
				10000L, null, today(), null));
		assertThat(decided.getState()).isEqualTo(PenaltyCase.State.DECIDED);
		// the decision says everything of 第五十九条: the articles breached and applied, the procedure, how and where
		// to pay, the reviewing body and the court, and the seal's place
		var decisionDocument = documents.generate(officer, c.getId(), CaseDocument.Type.DECISION);
		try (var docx = new XWPFDocument(attachments.open(officer, decisionDocument.getAttachmentId()).content())) {
			String text = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertThat(text).contains("第四十一条第二款", "第一百零二条", "书面放弃陈述、申辩", "行政处罚事先告知书",
					"本机关负责人" + account("leader").fullName(), "中国银行深圳罗湖支行", "深圳市罗湖区人民政府",
					"深圳市罗湖区人民法院", "（印章）");
		}
		var receipt = documents.generate(officer, c.getId(), CaseDocument.Type.SERVICE_RECEIPT);
		assertThat(receipt.getDocNo()).matches("罗东执送〔\\d{4}〕\\d+号");
	}

	@Test
	void aNewNoticeAfterAReturnedReviewStartsThePartysPeriodAndHearingAnewAndNoStepPrecedesTheOnesItRestsOn() {
		var officer = account("officer");
		var reviewer = account("reviewer");
		var c = filedCase(40, false, false);
		long id = c.getId();
		work.notifyIntendedPenalty(officer, id, today().minusDays(35), PenaltyKind.FINE, 50000L, null);
		work.requestHearing(officer, id, today().minusDays(34));
		work.noticeHearing(officer, id, today().minusDays(33), today().minusDays(20), "三楼会议室",
				account("officer5").accountId());
		work.recordHearing(officer, id, today().minusDays(20), "当事人到场陈述。");
		work.submitForReview(officer, id, today().minusDays(19), reviewer.accountId());
		work.review(reviewer, id, today().minusDays(18), PenaltyCase.ReviewOpinion.RETURN, "证据不足，退回补充调查。");
		// the new notice: the old hearing and its record no longer count as the party heard (第四十五条、第六十四条)
		var renotified = work.notifyIntendedPenalty(officer, id, today(), PenaltyKind.WARNING, null, null);
		assertThat(renotified.getHearingHeldOn()).isNull();
		assertThat(renotified.getDiscussionOn()).isNull();
		refusedWith(() -> work.propose(officer, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.WARNING, null,
				null, today(), "建议警告。")), EnforcementRule.DEFENCE_PERIOD);
		// a waiver on a day lets the proposal follow, never precede it
		var other = filedCase(20, false, false);
		work.notifyIntendedPenalty(officer, other.getId(), today().minusDays(10), PenaltyKind.FINE, 10000L, null);
		work.waiveDefence(officer, other.getId(), today().minusDays(8), "书面放弃");
		refusedWith(() -> work.propose(officer, other.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE,
				10000L, null, today().minusDays(9), "建议罚款。")), "case.date.beforeStep");
		work.propose(officer, other.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null,
				today().minusDays(7), "建议罚款。"));
		refusedWith(() -> work.decide(account("leader"), other.getId(), new CaseWork.Decision(Outcome.PENALTY,
				PenaltyKind.FINE, 10000L, null, today().minusDays(8), null)), "case.date.beforeStep");
		var decided = work.decide(account("leader"), other.getId(), new CaseWork.Decision(Outcome.PENALTY,
				PenaltyKind.FINE, 10000L, null, today().minusDays(6), null));
		// a revoked decision is not published afterwards, and typed text in the case log stays as typed
		work.revoke(account("leader"), decided.getId(), today().minusDays(5), "复核发现事实认定有误。");
		refusedWith(() -> work.publish(officer, decided.getId(), today(), "当事人存在违法行为。"), "case.state.wrong");
		var logged = work.addEvidence(officer, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.DOCUMENTARY,
				"#app.name 补充书证", today(), false, null, null, null), null, null);
		assertThat(logged.getDescription()).isEqualTo("#app.name 补充书证");
		assertThat(caseLog.sentence(work.timeline(officer, id).get(work.timeline(officer, id).size() - 1).getDetail(),
				java.util.Locale.SIMPLIFIED_CHINESE)).contains("#app.name 补充书证", "书证");
	}

	@Test
	void theDemosPastYearsAreClosedAsAnOfficeClosesThemButTheCourtCase() {
		var open = jdbc.queryForList("select state from penalty_case where registered_on < ? and state not in"
				+ " ('CLOSED', 'TERMINATED', 'TRANSFERRED')", String.class, LocalDate.of(2025, 1, 1));
		assertThat(open).containsOnly("COURT_APPLIED").isNotEmpty();
	}

	@Test
	void aDefenceNeverLeadsToAHeavierFinePerArticle45() {
		var officer = account("officer");
		var c = filedCase(30, false, false);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(20), PenaltyKind.FINE, 10000L, null);
		work.recordDefence(officer, c.getId(), today().minusDays(19), "当事人称已整改，请求不予处罚。", false,
				"经复核，复查时隐患仍未消除，当事人所称与事实不符，不予采纳。");
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 15000L,
				null, today().minusDays(10), null)), EnforcementRule.NOT_HEAVIER_AFTER_DEFENCE);
		var decided = decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L,
				null, today().minusDays(10), null));
		assertThat(decided.getFine()).isEqualTo(10000L);
	}

	@Test
	void aMajorCaseIsNotDecidedWithoutLegalReviewAndTheReviewerMayNotHaveInvestigatedPerArticle58() throws Exception {
		var officer = account("officer");
		var c = filedCase(30, true, false);
		assertThat(work.legalReviewGrounds(c)).containsExactly("MAJOR_INTEREST");
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(20), PenaltyKind.FINE, 20000L, null);
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 20000L,
				null, today().minusDays(10), null)), EnforcementRule.DECISION_AFTER_REVIEW);
		// an officer who investigated the case cannot be its reviewer
		refusedWith(() -> work.submitForReview(officer, c.getId(), today().minusDays(15),
				account("officer2").accountId()), "case.review.notReviewer");
		// 第五十八条第二款: reviewer2 holds no legal-profession qualification and has never reviewed a case
		refusedWith(() -> work.submitForReview(officer, c.getId(), today().minusDays(15),
				account("reviewer2").accountId()), EnforcementRule.REVIEWER_QUALIFIED);
		work.submitForReview(officer, c.getId(), today().minusDays(15), account("reviewer").accountId());
		mvc.perform(get("/").with(user(account("reviewer"))))
			.andExpect(content().string(containsString("/enforcement/cases/" + c.getId() + "\"")));
		mvc.perform(get("/").with(user(account("reviewer2"))))
			.andExpect(content().string(not(containsString("/enforcement/cases/" + c.getId() + "\""))));
		refusedWith(() -> work.review(account("officer2"), c.getId(), today().minusDays(14),
				PenaltyCase.ReviewOpinion.AGREE, "同意"), EnforcementRule.REVIEW_NOT_BY_INVESTIGATOR);
		refusedWith(() -> work.review(account("reviewer2"), c.getId(), today().minusDays(14),
				PenaltyCase.ReviewOpinion.AGREE, "同意"), "case.review.notAssigned");
		work.review(account("reviewer"), c.getId(), today().minusDays(14), PenaltyCase.ReviewOpinion.AGREE, "事实清楚，依据正确。");
		// 第五十七条第二款: the major case also goes to the heads' collective discussion
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 20000L,
				null, today().minusDays(10), null)), EnforcementRule.DECISION_AFTER_DISCUSSION);
		work.recordDiscussion(account("leader"), c.getId(), today().minusDays(12), "书记、主任、副主任", "同意。");
		var decided = decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 20000L, null,
				today().minusDays(10), null));
		assertThat(decided.getState()).isEqualTo(PenaltyCase.State.DECIDED);
		var opinion = documents.generate(account("reviewer"), c.getId(), CaseDocument.Type.REVIEW_OPINION);
		assertThat(opinion.getDocNo()).matches("罗东执审〔\\d{4}〕\\d+号");
	}

	@Test
	void anAmendingReviewSetsTheFineTheDecisionFollowsPerArticle58() {
		var officer = account("officer");
		var reviewer = account("reviewer");
		var c = filedCase(30, false, true);
		long id = c.getId();
		work.notifyIntendedPenalty(officer, id, today().minusDays(25), PenaltyKind.FINE, 10000L, null);
		work.submitForReview(officer, id, today().minusDays(20), reviewer.accountId());
		refusedWith(() -> work.review(reviewer, id, today().minusDays(19), PenaltyCase.ReviewOpinion.AMEND, "偏重",
				null), "case.review.amendedFine");
		refusedWith(() -> work.review(reviewer, id, today().minusDays(19), PenaltyCase.ReviewOpinion.AMEND, "偏重",
				60000L), EnforcementRule.FINE_IN_RANGE);
		work.review(reviewer, id, today().minusDays(19), PenaltyCase.ReviewOpinion.AMEND, "情节较轻，罚款偏重。", 8000L);
		// a passed review is not sent round again to shed its amendment (the page does not offer it either)
		refusedWith(() -> work.submitForReview(officer, id, today().minusDays(18), reviewer.accountId()),
				"case.state.wrong");
		work.recordDiscussion(account("leader"), id, today().minusDays(18), "书记、主任", "同意审核意见。");
		// a decision dated before the review it rests on is refused
		refusedWith(() -> decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 8000L, null,
				today().minusDays(20), null)), "case.date.beforeStep");
		refusedWith(() -> decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null,
				today().minusDays(15), null)), EnforcementRule.DECISION_AS_REVIEWED);
		assertThat(decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 8000L, null,
				today().minusDays(15), null)).getFine()).isEqualTo(8000L);
	}

	/** A fine decided and served {@code servedDaysAgo} days ago, unpaid. */
	private PenaltyCase servedUnpaid(int servedDaysAgo) {
		var officer = account("officer");
		var c = filedCase(servedDaysAgo + 10, false, false);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(servedDaysAgo + 8), PenaltyKind.FINE, 2000L,
				null);
		decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 2000L, null,
				today().minusDays(servedDaysAgo + 2), null));
		return work.serve(officer, c.getId(), today().minusDays(servedDaysAgo), PenaltyCase.ServiceMethod.IN_PERSON);
	}

	@Test
	void anUnpaidFineGoesToTheCourtAfterUrgingAndTheRemedyPeriodsPerAdministrativeCoercionLawArticles53And54()
			throws Exception {
		var officer = account("officer");
		var c = servedUnpaid(200);
		long id = c.getId();
		LocalDate servedOn = c.getServedOn();
		LocalDate paymentDue = calendar.due(StatutoryRule.FINE_PAYMENT, servedOn).due();
		refusedWith(() -> work.urge(officer, id, paymentDue), "case.urge.notDue");
		refusedWith(() -> work.applyToCourt(officer, id, today(), "罗湖区人民法院"), EnforcementRule.COURT_AFTER_URGING);
		LocalDate urgedOn = today().minusDays(20);
		work.urge(officer, id, urgedOn);
		var court = work.deadlinesOf(officer, id).stream().filter(d -> d.rule() == StatutoryRule.COURT_ENFORCEMENT)
			.findFirst().orElseThrow();
		LocalDate remediesEnd = calendar.due(servedOn, 6, org.fazhi.deadlines.PeriodUnit.MONTHS).due();
		assertThat(court.triggerDate()).isEqualTo(remediesEnd);
		LocalDate urgingEnds = calendar.due(StatutoryRule.ENFORCEMENT_URGING, urgedOn).due();
		refusedWith(() -> work.applyToCourt(officer, id, urgingEnds, "罗湖区人民法院"), EnforcementRule.COURT_URGING_PERIOD);
		var applied = work.applyToCourt(officer, id, today(), "深圳市罗湖区人民法院");
		assertThat(applied.getState()).isEqualTo(PenaltyCase.State.COURT_APPLIED);
		var urging = documents.generate(officer, id, CaseDocument.Type.URGING_NOTICE);
		assertThat(urging.getDocNo()).matches("罗东执催〔\\d{4}〕\\d+号");

		// served only 100 days ago: the periods for reconsideration and litigation are still running
		var early = servedUnpaid(100);
		work.urge(officer, early.getId(), today().minusDays(30));
		refusedWith(() -> work.applyToCourt(officer, early.getId(), today(), "罗湖区人民法院"), EnforcementRule.COURT_NOT_BEFORE_REMEDIES);
		// served 300 days ago: the three months after them have passed
		var late = servedUnpaid(300);
		work.urge(officer, late.getId(), today().minusDays(30));
		refusedWith(() -> work.applyToCourt(officer, late.getId(), today(), "罗湖区人民法院"), EnforcementRule.COURT_WITHIN_THREE_MONTHS);
	}

	/** Working days d with from ≤ d < to. */
	private int workingDaysFrom(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
			if (calendar.calendar().isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	@Test
	void aHearingIsAskedForWithinFiveWorkingDaysNotifiedSevenWorkingDaysAheadAndChairedByANonInvestigatorPerArticle64() {
		var officer = account("officer");
		var c = filedCase(60, false, false);
		// 60000 is above the configured large fine for an organisation: the party may ask for a hearing (第六十三条)
		LocalDate noticeOn = today().minusDays(50);
		work.notifyIntendedPenalty(officer, c.getId(), noticeOn, PenaltyKind.FINE, 50000L, null);
		assertThat(work.get(officer, c.getId()).isHearingRight()).isTrue();
		LocalDate requestDue = calendar.due(StatutoryRule.HEARING_REQUEST, noticeOn).due();
		refusedWith(() -> work.requestHearing(officer, c.getId(), requestDue.plusDays(1)), EnforcementRule.HEARING_REQUEST_PERIOD);
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 50000L,
				null, requestDue, null)), EnforcementRule.HEARING_PERIOD_OPEN);
		work.requestHearing(officer, c.getId(), requestDue);

		LocalDate hearingOn = today().plusDays(3);
		LocalDate latest = calendar.due(StatutoryRule.HEARING_NOTICE, hearingOn).due();
		LocalDate tooLate = latest.plusDays(1);
		while (!calendar.calendar().isWorkingDay(tooLate)) {
			tooLate = tooLate.plusDays(1);
		}
		assertThat(workingDaysFrom(tooLate, hearingOn)).isEqualTo(6);
		assertThat(workingDaysFrom(latest, hearingOn)).isEqualTo(7);
		var chair = account("officer5");
		LocalDate sixAhead = tooLate;
		refusedWith(() -> work.noticeHearing(officer, c.getId(), sixAhead, hearingOn, "三楼会议室", chair.accountId()),
				EnforcementRule.HEARING_NOTICE_PERIOD);
		refusedWith(() -> work.noticeHearing(officer, c.getId(), latest, hearingOn, "三楼会议室",
				account("officer2").accountId()), EnforcementRule.HEARING_CHAIR);
		var noticed = work.noticeHearing(officer, c.getId(), latest, hearingOn, "三楼会议室", chair.accountId());
		assertThat(noticed.getHearingChairName()).isEqualTo(chair.fullName());
		refusedWith(() -> decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 50000L,
				null, today(), null)), EnforcementRule.DECISION_AFTER_HEARING);
	}

	@Test
	void aCaseThatWentThroughAHearingIsDetectedAsNeedingLegalReviewPerArticle58Item2() {
		var officer = account("officer3");
		var colleague = account("officer4");
		LocalDate on = today().minusDays(70);
		var c = work.register(officer, new CaseWork.Registration(PenaltyCase.Source.PATROL, null, entity(), null, null,
				null, null, null, matter("AQ-102-01"), "巡查发现未消除事故隐患。", officer.accountId(),
				colleague.accountId(), on, false, false));
		long id = c.getId();
		work.approveFiling(account("leader"), id, on);
		assertThat(work.requiresLegalReview(work.get(officer, id))).isFalse();
		work.addEvidence(officer, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.PARTY_STATEMENT, "询问笔录", on, false,
				null, null, null), null, null);
		work.notifyIntendedPenalty(officer, id, on.plusDays(1), PenaltyKind.FINE, 50000L, null);
		work.requestHearing(officer, id, on.plusDays(2));
		LocalDate hearingOn = on.plusDays(30);
		work.noticeHearing(officer, id, on.plusDays(3), hearingOn, "三楼会议室", account("officer").accountId());
		work.recordHearing(officer, id, hearingOn, "当事人到场陈述。");
		var heard = work.get(officer, id);
		assertThat(work.legalReviewGrounds(heard)).containsExactly("HEARING_HELD");
		assertThat(work.requiresLegalReview(heard)).isTrue();
		refusedWith(() -> decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 50000L, null,
				hearingOn.plusDays(1), null)), EnforcementRule.DECISION_AFTER_REVIEW);
	}

	@Test
	void aLateServiceIsKeptAndShownOverduePerArticle61() throws Exception {
		var officer = account("officer");
		var c = filedCase(40, false, false);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(35), PenaltyKind.FINE, 8000L, null);
		LocalDate decidedOn = today().minusDays(30);
		decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 8000L, null, decidedOn,
				null));
		LocalDate serviceDue = calendar.due(StatutoryRule.PENALTY_SERVICE, decidedOn).due();
		work.serve(officer, c.getId(), serviceDue.plusDays(3), PenaltyCase.ServiceMethod.POST);
		var service = work.deadlinesOf(officer, c.getId()).stream()
			.filter(d -> d.rule() == StatutoryRule.PENALTY_SERVICE).findFirst().orElseThrow();
		assertThat(service.status()).isEqualTo(DeadlineStatus.COMPLETED);
		assertThat(service.completedOnTime()).isFalse();
		var overdue = work.list(officer, new CaseWork.CaseFilter(null, null, null, null, null, true),
				org.springframework.data.domain.PageRequest.of(0, 500));
		assertThat(overdue.getContent()).extracting(PenaltyCase::getId).contains(c.getId());
		mvc.perform(get("/enforcement/cases/" + c.getId()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期完成")));
	}

	@Test
	void theSummaryProcedureIsForSmallFinesOnlyPerArticle51() {
		var officer = account("officer");
		var person = new CaseWork.Registration(PenaltyCase.Source.PATROL, null, null, PartyKind.PERSON, "赵建国",
				"11010519491231002X", "东湖街道某小区", account("worker").communityId(), matter("RQ-049-01"),
				"赵建国在楼道内存放液化气钢瓶。", officer.accountId(), account("officer2").accountId(), today(), false,
				false);
		long before = jdbc.queryForObject("select count(*) from penalty_case", Long.class);
		refusedWith(() -> work.decideOnTheSpot(officer, person, PenaltyKind.FINE, 201L), EnforcementRule.SUMMARY_LIMIT);
		assertThat(jdbc.queryForObject("select count(*) from penalty_case", Long.class)).isEqualTo(before);
		var decided = work.decideOnTheSpot(officer, person, PenaltyKind.FINE, 200L);
		assertThat(decided.getState()).isEqualTo(PenaltyCase.State.SERVED);
		assertThat(decided.getProcedureKind()).isEqualTo(PenaltyCase.Procedure.SUMMARY);
		// the identity number is stored encrypted
		String stored = jdbc.queryForObject("select party_code from penalty_case where id = ?", String.class,
				decided.getId());
		assertThat(stored).doesNotContain("11010519491231002X");
	}

	@Test
	void aLatePaymentCarriesThreePercentADayCappedAtTheFinePerArticle72() {
		var officer = account("officer");
		var c = filedCase(80, false, false);
		work.notifyIntendedPenalty(officer, c.getId(), today().minusDays(75), PenaltyKind.FINE, 1000L, null);
		decideAsHead(c.getId(), new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 1000L, null,
				today().minusDays(72), null));
		LocalDate servedOn = today().minusDays(71);
		work.serve(officer, c.getId(), servedOn, PenaltyCase.ServiceMethod.IN_PERSON);
		var served = work.get(officer, c.getId());
		LocalDate due = calendar.due(StatutoryRule.FINE_PAYMENT, servedOn).due();
		assertThat(work.surcharge(served, due)).isZero();
		assertThat(work.surcharge(served, due.plusDays(2))).isEqualTo(60);
		assertThat(work.surcharge(served, due.plusDays(40))).isEqualTo(1000);
		refusedWith(() -> work.recordPayment(officer, c.getId(), due.plusDays(2), 1000L), EnforcementRule.SURCHARGE);
		var paid = work.recordPayment(officer, c.getId(), due.plusDays(2), 1060L);
		assertThat(paid.getSurcharge()).isEqualTo(60);
		assertThat(paid.getState()).isEqualTo(PenaltyCase.State.EXECUTED);
	}

	/**
	 * The guards of the later steps each refuse under their own rule of the rulebook: the proposal, the notice's
	 * article, the discretion level, a heavier decision, the decision's payment channel, a deferral and a withdrawal.
	 * The suite shares one platform: what this test changes behind the application's back it puts back.
	 */
	@Test
	void theLaterStepsRefuseUnderTheirOwnRulesOfTheRulebook() throws Exception {
		var officer = account("officer");
		var c = filedCase(40, false, false);
		long id = c.getId();
		long matter = matter("AQ-102-01");
		// EnforcementRule.NOTICE_NEEDS_ARTICLE (第四十四条、第五十九条): no notice for a matter without the article breached
		String violated = jdbc.queryForObject("select violated_articles from enforcement_matter where id = ?",
				String.class, matter);
		jdbc.update("update enforcement_matter set violated_articles = null where id = ?", matter);
		try {
			refusedWith(() -> work.notifyIntendedPenalty(officer, id, today().minusDays(35), PenaltyKind.FINE, 10000L,
					null), EnforcementRule.NOTICE_NEEDS_ARTICLE);
		}
		finally {
			jdbc.update("update enforcement_matter set violated_articles = ? where id = ?", violated, matter);
		}
		work.notifyIntendedPenalty(officer, id, today().minusDays(35), PenaltyKind.FINE, 10000L, null);
		work.waiveDefence(officer, id, today().minusDays(35), "当事人在告知书回执上书面放弃陈述、申辩");
		// EnforcementRule.PROPOSAL_BY_OFFICERS (第五十七条第一款): an officer who did not investigate does not propose
		var proposal = new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null, today().minusDays(30),
				"调查终结，建议罚款一万元。");
		refusedWith(() -> work.propose(account("officer3"), id, proposal), EnforcementRule.PROPOSAL_BY_OFFICERS);
		// EnforcementRule.NOT_HEAVIER_THAN_NOTICE (第四十四条): a heavier fine than notified needs a new notice
		refusedWith(() -> work.propose(officer, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 20000L,
				null, today().minusDays(30), "建议罚款二万元。")), EnforcementRule.NOT_HEAVIER_THAN_NOTICE);
		// EnforcementRule.FINE_IN_LEVEL (第三十四条): the fine stays inside the discretion level chosen
		jdbc.update("insert into matter_discretion (matter_id, level, circumstance, fine_min, fine_max)"
				+ " values (?, 'MINOR', '规则测试：首次违法且及时改正', 1000, 5000)", matter);
		try {
			refusedWith(() -> work.propose(officer, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 8000L,
					DiscretionLevel.MINOR, today().minusDays(30), "建议从轻。")), EnforcementRule.FINE_IN_LEVEL);
		}
		finally {
			jdbc.update("delete from matter_discretion where circumstance = '规则测试：首次违法且及时改正'");
		}
		decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 10000L, null, today().minusDays(30),
				null));
		// EnforcementRule.DECISION_STATES_PAYMENT (第五十九条第一款第（四）项): no decision document without where to pay
		var office = jdbc.queryForMap("select payment_bank, payment_account_name, payment_account, payment_online"
				+ " from enforcement_office where tenant_id = ?", officer.tenantId());
		jdbc.update("update enforcement_office set payment_bank = null, payment_account_name = null,"
				+ " payment_account = null, payment_online = null where tenant_id = ?", officer.tenantId());
		try {
			refusedWith(() -> documents.generate(officer, id, CaseDocument.Type.DECISION),
					EnforcementRule.DECISION_STATES_PAYMENT);
		}
		finally {
			jdbc.update("update enforcement_office set payment_bank = ?, payment_account_name = ?, payment_account = ?,"
					+ " payment_online = ? where tenant_id = ?", office.get("payment_bank"),
					office.get("payment_account_name"), office.get("payment_account"), office.get("payment_online"),
					officer.tenantId());
		}
		// EnforcementRule.DEFERRAL_LATER (第六十六条第二款): a deferral moves the payment day later, never earlier
		LocalDate servedOn = today().minusDays(29);
		work.serve(officer, id, servedOn, PenaltyCase.ServiceMethod.IN_PERSON);
		refusedWith(() -> work.deferPayment(officer, id, servedOn.plusDays(5), "街道办主任", "经济困难",
				servedOn.plusDays(1)), EnforcementRule.DEFERRAL_LATER);
		// EnforcementRule.WITHDRAW_PUBLICATION (第四十八条第二款): only a changed or revoked decision is withdrawn
		work.publish(officer, id, servedOn, work.draftSummary(work.get(officer, id)));
		refusedWith(() -> work.withdrawPublication(account("leader"), id, today()), EnforcementRule.WITHDRAW_PUBLICATION);
		// the API answers a refusal with the rule's code, statute and article
		mvc.perform(post("/api/v1/enforcement/cases/" + id + "/steps").with(user(account("leader"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"WITHDRAW_PUBLICATION\",\"on\":\"" + today() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("ENF-WITHDRAW-PUBLICATION"))
			.andExpect(jsonPath("$.article").value("第四十八条第二款"));
	}

	@Test
	void aFineIsPaidInApprovedInstalmentsPerArticle66() throws Exception {
		var officer = account("officer");
		var c = filedCase(60, false, false);
		long id = c.getId();
		work.notifyIntendedPenalty(officer, id, today().minusDays(55), PenaltyKind.FINE, 3000L, null);
		decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 3000L, null,
				today().minusDays(50), null));
		LocalDate servedOn = today().minusDays(49);
		work.serve(officer, id, servedOn, PenaltyCase.ServiceMethod.IN_PERSON);
		LocalDate until = servedOn.plusDays(90);
		refusedWith(() -> work.deferPayment(officer, id, until, "街道办主任", "经济困难", servedOn.plusDays(3), 13),
				EnforcementRule.INSTALMENTS);
		work.deferPayment(officer, id, until, "街道办主任", "经营困难，申请分三期缴纳", servedOn.plusDays(3), 3);
		var payment = work.deadlinesOf(officer, id).stream().filter(d -> d.rule() == StatutoryRule.FINE_PAYMENT)
			.findFirst().orElseThrow();
		assertThat(payment.due()).isAfterOrEqualTo(until);
		work.recordPayment(officer, id, servedOn.plusDays(10), 1000L);
		work.recordPayment(officer, id, servedOn.plusDays(40), 1000L);
		assertThat(work.get(officer, id).getState()).isEqualTo(PenaltyCase.State.SERVED);
		refusedWith(() -> work.recordPayment(officer, id, servedOn.plusDays(45), 1500L), "case.pay.instalment");
		var paid = work.recordPayment(officer, id, servedOn.plusDays(45), 1000L);
		assertThat(paid.getState()).isEqualTo(PenaltyCase.State.EXECUTED);
		assertThat(paid.getAmountPaid()).isEqualTo(3000L);
		assertThat(work.payments(officer, id)).hasSize(3);
		mvc.perform(get("/enforcement/cases/" + id).with(user(officer)))
			.andExpect(content().string(containsString("缴款记录")));
	}

	@Test
	void aCaseIsClosedOnlyWithACompleteFileAndItsDecisionIsPublishedMaskedAndWithdrawnWhenRevoked() throws Exception {
		var officer = account("officer");
		var c = filedCase(30, false, false);
		long id = c.getId();
		work.notifyIntendedPenalty(officer, id, today().minusDays(25), PenaltyKind.FINE, 5000L, null);
		decideAsHead(id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 5000L, null,
				today().minusDays(15), null));
		work.serve(officer, id, today().minusDays(14), PenaltyCase.ServiceMethod.IN_PERSON);
		work.recordPayment(officer, id, today().minusDays(10), 5000L);
		refusedWith(() -> work.close(officer, id, today(), documents.of(officer, id)), "case.close.incomplete");
		// the public reads a summary written for publication, screened before it is published
		refusedWith(() -> work.publish(officer, id, today().minusDays(9), " "), "case.publish.summaryRequired");
		refusedWith(() -> work.publish(officer, id, today().minusDays(9), "负责人电话 138-1234-5678，身份证 1101 0519 4912 3100 2X"),
				EnforcementRule.PUBLICATION_WITHOUT_PERSONAL_DATA);
		var preview = work.previewPublication(officer, id, "负责人电话 138-1234-5678");
		assertThat(preview.findings()).extracting(f -> f.text()).containsExactly("138-1234-5678");
		mvc.perform(post("/enforcement/cases/" + id + "/publish").with(user(officer)).with(csrf())
			.param("summary", "负责人电话 １３８ １２３４ ５６７８").param("on", today().minusDays(9).toString()))
			.andExpect(flash().attribute("refusal", "case.publish.leak")).andExpect(flash().attribute("refusalRule", "ENF-PUBLICATION-WITHOUT-PERSONAL-DATA"));
		assertThat(work.get(officer, id).getPublishedOn()).isNull();
		work.publish(officer, id, today().minusDays(9), work.draftSummary(work.get(officer, id)));
		for (var type : java.util.List.of(CaseDocument.Type.FILING_APPROVAL, CaseDocument.Type.PRIOR_NOTICE,
				CaseDocument.Type.DECISION, CaseDocument.Type.SERVICE_RECEIPT)) {
			documents.generate(officer, id, type);
		}
		var decision = documents.of(officer, id).stream().filter(d -> d.getDocType() == CaseDocument.Type.DECISION)
			.findFirst().orElseThrow();
		try (var docx = new XWPFDocument(attachments.open(officer, decision.getAttachmentId()).content())) {
			String text = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			// 第五十九条: party, facts and evidence, kind and basis, manner and period, remedies, body and date
			assertThat(text).contains("行政处罚决定书", c.getDecisionNo() == null ? "罗东执罚" : c.getDecisionNo(), "当事人：",
					"违法事实和证据", "行政处罚的种类和依据", "履行方式和期限", "十五日内", "申请行政复议", "提起行政诉讼",
					"东湖街道办事处").doesNotContain("{", "null");
			var section = docx.getDocument().getBody().getSectPr();
			assertThat(section.getPgMar().getTop().toString()).isEqualTo("2098");
			assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1588");
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
		}
		var closed = work.close(officer, id, today(), documents.of(officer, id));
		assertThat(closed.getState()).isEqualTo(PenaltyCase.State.CLOSED);

		String tenant = officer.tenantCode();
		int year = today().minusDays(15).getYear();
		mvc.perform(get("/api/v1/public/enforcement/decisions").param("tenant", tenant).param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisions[?(@.decisionNo == '" + closed.getDecisionNo() + "')].creditCode").isNotEmpty());
		work.revoke(account("leader"), id, today().minusDays(1), "行政复议决定撤销原处罚决定");
		refusedWith(() -> work.publish(officer, id, today(), "再次公示"), "case.publish.already");
		var withdrawal = work.deadlinesOf(officer, id).stream()
			.filter(d -> d.rule() == StatutoryRule.PUBLICATION_WITHDRAWAL).findFirst().orElseThrow();
		assertThat(withdrawal.open()).isTrue();
		work.withdrawPublication(account("leader"), id, today());
		mvc.perform(get("/public/enforcement/decisions").param("tenant", tenant).param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(closed.getDecisionNo()))));
	}

	@Test
	void theCasePagesReadInEnglishToo() throws Exception {
		var officer = account("officer");
		long hearingCase = jdbc.queryForObject("select min(id) from penalty_case where hearing_held_on is not null",
				Long.class);
		long courtCase = jdbc.queryForObject("select min(id) from penalty_case where court_applied_on is not null",
				Long.class);
		for (long id : new long[] { hearingCase, courtCase }) {
			mvc.perform(get("/enforcement/cases/" + id).param("lang", "en").with(user(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Case record")))
				.andExpect(content().string(not(containsString("??"))));
		}
		mvc.perform(get("/enforcement/cases").param("lang", "en").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrative penalty cases")));
		mvc.perform(get("/public/enforcement/decisions").param("tenant", officer.tenantCode()).param("year", "2024")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published penalty decisions")));
	}

	@Test
	void thePublicListMasksPeopleAndShowsOrganisationsWithTheirCreditCode() throws Exception {
		var officer = account("officer");
		String tenant = officer.tenantCode();
		String json = mvc.perform(get("/api/v1/public/enforcement/decisions").param("tenant", tenant).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisions.length()").value(37))
			.andReturn().getResponse().getContentAsString();
		// demo people: 陈志强 and the like, with identity numbers and phones in the facts
		assertThat(json).doesNotContainPattern("\\d{17}[\\dX]").doesNotContainPattern("1[3-9]\\d{9}");
		var people = jdbc.queryForList("select party_name from penalty_case where party_kind = 'PERSON' order by id", String.class);
		assertThat(people).isNotEmpty().allSatisfy(name -> assertThat(json).doesNotContain(name));
		assertThat(json).contains(people.get(0).substring(0, 1) + "某");
		mvc.perform(get("/public/enforcement/decisions").param("tenant", tenant).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期公示")))
			.andExpect(content().string(not(containsString(people.get(0)))));
		mvc.perform(get("/api/v1/public/enforcement/decisions").param("tenant", tenant).param("year", "abc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void scopeAndRolesAreEnforcedWhereCasesAreRead() throws Exception {
		var worker = account("worker");
		var officer = account("officer");
		long inCommunity = jdbc.queryForObject("select count(*) from penalty_case where community_id = ?", Long.class,
				worker.communityId());
		long all = jdbc.queryForObject("select count(*) from penalty_case where tenant_id = ?", Long.class,
				worker.tenantId());
		var seen = work.list(worker, new CaseWork.CaseFilter(null, null, null, null, null, false),
				org.springframework.data.domain.PageRequest.of(0, 1000));
		assertThat(seen.getTotalElements()).isEqualTo(inCommunity).isLessThan(all);
		long foreign = jdbc.queryForObject("select min(id) from penalty_case where community_id <> ?", Long.class,
				worker.communityId());
		mvc.perform(get("/api/v1/enforcement/cases/" + foreign).with(user(worker))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enforcement/cases/" + foreign).with(user(officer))).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.id").value(foreign));
		mvc.perform(get("/enforcement/cases").with(user(account("advisor")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/enforcement/cases").param("year", "2024").param("state", "EXECUTED").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").isNumber());
		byte[] xlsx = mvc.perform(get("/enforcement/cases/export").param("year", "2024").with(user(worker)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			long inCommunity2024 = jdbc.queryForObject("select count(*) from penalty_case where community_id = ? and"
					+ " registered_on >= ? and registered_on < ?", Long.class, worker.communityId(),
					java.sql.Date.valueOf("2024-01-01"), java.sql.Date.valueOf("2025-01-01"));
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) inCommunity2024);
		}
	}

	@Test
	void theApiWalksACaseAndAnswersARefusalWithItsArticle() throws Exception {
		var officer = account("officer");
		String body = """
				{"source":"PATROL","entityId":%d,"matterId":%d,"facts":"巡查发现占用消防通道。","officer1Id":%d,
				 "officer2Id":%d,"on":"%s"}""".formatted(entity(), matter("AQ-102-01"), officer.accountId(),
				account("officer2").accountId(), today().minusDays(10));
		String created = mvc.perform(post("/api/v1/enforcement/cases").with(user(officer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.state").value("REGISTERED"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*\"summary\":\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/enforcement/cases/" + id + "/steps").with(user(account("leader"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"APPROVE_FILING\",\"on\":\"" + today().minusDays(9) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.state").value("FILED"));
		mvc.perform(post("/api/v1/enforcement/cases/" + id + "/steps").with(user(officer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"DECIDE\",\"outcome\":\"PENALTY\",\"kind\":\"FINE\",\"fine\":1000,\"on\":\""
					+ today().minusDays(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("第五十七条")))
			.andExpect(jsonPath("$.rule").value("ENF-DECISION-BY-HEAD"));
		mvc.perform(post("/api/v1/enforcement/cases/" + id + "/steps").with(user(officer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"PROPOSE\",\"outcome\":\"PENALTY\",\"kind\":\"FINE\",\"fine\":1000,\"on\":\""
					+ today().minusDays(1) + "\",\"text\":\"建议罚款。\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("第四十四条")));
		mvc.perform(post("/enforcement/cases/" + id + "/notice").with(user(officer)).with(csrf())
			.param("kind", "FINE").param("fine", "abc").param("on", today().toString()))
			.andExpect(flash().attribute("refusal", "case.money.format"));
		// a refused step keeps what was typed in its form, and only there
		var entered = mvc.perform(post("/enforcement/cases/" + id + "/propose").with(user(officer)).with(csrf())
			.param("outcome", "PENALTY").param("kind", "FINE").param("fine", "1000").param("on", today().toString())
			.param("reason", "当事人拒不整改，情节较重。"))
			.andExpect(flash().attribute("refusal", "case.decide.noNotice")).andExpect(flash().attribute("refusalRule", "ENF-DECISION-AFTER-NOTICE"))
			.andReturn().getFlashMap().get("entered");
		assertThat(entered).isInstanceOf(java.util.Map.class);
		mvc.perform(get("/enforcement/cases/" + id).with(user(officer)).flashAttr("entered", entered))
			.andExpect(content().string(containsString("当事人拒不整改，情节较重。")));
		// a refused registration keeps what was typed, and writes nothing
		long before = jdbc.queryForObject("select count(*) from penalty_case", Long.class);
		mvc.perform(post("/enforcement/cases/new").with(user(officer)).with(csrf()).param("source", "COMPLAINT")
			.param("partyKind", "PERSON").param("partyName", "钱某某").param("partyCode", "110105194912310021")
			.param("communityId", String.valueOf(account("worker").communityId()))
			.param("matterId", String.valueOf(matter("RQ-049-01"))).param("facts", "投诉称其私自改装燃气管道。")
			.param("officer1Id", String.valueOf(officer.accountId()))
			.param("officer2Id", String.valueOf(account("officer2").accountId())).param("on", today().toString()))
			.andExpect(flash().attribute("refusal", "case.party.identityNumber"))
			.andExpect(flash().attribute("entered", org.hamcrest.Matchers.hasEntry("facts", "投诉称其私自改装燃气管道。")));
		assertThat(jdbc.queryForObject("select count(*) from penalty_case", Long.class)).isEqualTo(before);
	}
}
