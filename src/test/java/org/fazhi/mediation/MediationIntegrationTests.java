package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeParty;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.mediation.internal.figures.MediationFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People's mediation: the statutory gates of a dispute, each test naming the article it proves, the periods across
 * holidays, repeat detection on keyed hashes, the scope of disputes, and every figure recomputed a second way. Each
 * test takes in disputes of its own (in 2024 and around, with the 2024 National Day holiday inside the periods).
 */
@FazhiIntegrationTest
class MediationIntegrationTests {

	@Autowired
	DisputeWork work;

	@Autowired
	MediationFigureBook figures;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private static int serial = 7000;

	/** A person party with a valid invented identity number (440303 region code). */
	static DisputeWork.PartyInput person(String name, int seed) {
		return new DisputeWork.PartyInput(DisputeParty.Kind.PERSON, name,
				PersonalData.withCheckCharacter(String.format("440303%04d%02d%02d%03d", 1960 + seed % 40,
						1 + seed % 12, 1 + seed % 28, seed % 1000)), null, "13800138000");
	}

	private Dispute takeIn(Dispute.Kind kind, LocalDate on, Dispute.Channel channel, boolean complex) {
		var legal = account("legal");
		int seed = serial++;
		return work.takeIn(legal, new DisputeWork.Intake(account("worker").communityId(), channel, kind,
				"测试纠纷 " + seed, "测试地址" + seed + "号", 1000L, 2, Dispute.Risk.GENERAL, false, false, complex, on,
				null, List.of(person("测甲" + seed, seed), person("测乙" + seed, seed + 500))));
	}

	private Dispute takeIn(Dispute.Kind kind, LocalDate on) {
		return takeIn(kind, on, Dispute.Channel.WALK_IN, false);
	}

	private Map<Long, DisputeParty.Consent> everyoneAgrees(long id) {
		var consents = new HashMap<Long, DisputeParty.Consent>();
		work.partiesOf(account("legal"), id).forEach(p -> consents.put(p.getId(), DisputeParty.Consent.AGREED));
		return consents;
	}

	/** Taken in, accepted with every party's consent, and assigned to the community's mediator. */
	private Dispute accepted(Dispute.Kind kind, LocalDate received, LocalDate accepted) {
		var d = takeIn(kind, received);
		work.accept(account("legal"), d.getId(), everyoneAgrees(d.getId()), accepted, null);
		work.assign(account("legal"), d.getId(), account("mediator").accountId(), null);
		return work.get(account("legal"), d.getId());
	}

	private DisputeWork.AgreementInput written(LocalDate on) {
		return new DisputeWork.AgreementInput(Dispute.AgreementKind.WRITTEN, "楼上漏水致楼下受损。", "维修费用。",
				"楼上住户承担维修费用三千元。", "银行转账，一次付清。", on.plusDays(10), on);
	}

	static byte[] pdf() throws Exception {
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void mediationIsRefusedWhenAPartyRefusesPerArticle17() {
		var legal = account("legal");
		var d = takeIn(Dispute.Kind.NEIGHBOURS, LocalDate.of(2024, 5, 6));
		var parties = work.partiesOf(legal, d.getId());
		// MediationRule.CONSENT_RECORDED: every party's consent is recorded before mediation starts
		assertThatThrownBy(() -> work.accept(legal, d.getId(), Map.of(parties.get(0).getId(),
				DisputeParty.Consent.AGREED), LocalDate.of(2024, 5, 7), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.CONSENT_RECORDED));
		// MediationRule.CONSENT_OF_BOTH (人民调解法 第十七条): one refuses, there is no mediation, the routes are told
		var refused = work.accept(legal, d.getId(), Map.of(parties.get(0).getId(), DisputeParty.Consent.AGREED,
				parties.get(1).getId(), DisputeParty.Consent.REFUSED), LocalDate.of(2024, 5, 7), null);
		assertThat(refused).isEqualTo(MediationRule.CONSENT_OF_BOTH);
		var after = work.get(legal, d.getId());
		assertThat(after.getState()).isEqualTo(Dispute.State.REFUSED);
		assertThat(after.getRoutesTold()).contains("仲裁、行政、司法");
		assertThat(after.getMediationDeadlineId()).isNull();
		assertThatThrownBy(() -> work.holdSession(legal, d.getId(), null, "调解室", null, "记录"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.rule()).isEqualTo(MediationRule.CONSENT_OF_BOTH);
				assertThat(v.rule().article()).isEqualTo("第十七条");
			});
	}

	@Test
	void theMediationPeriodIsThirtyDaysAndALabourDisputesFifteenAcrossNationalDay() {
		var legal = account("legal");
		// 深圳条例 第二十五条: accepted Sep 5, 2024: 30 days is Oct 5, a holiday: Oct 8
		var d = accepted(Dispute.Kind.NEIGHBOURS, LocalDate.of(2024, 9, 4), LocalDate.of(2024, 9, 5));
		var period = work.deadlinesOf(legal, d.getId()).get(0);
		assertThat(period.rule()).isEqualTo(StatutoryRule.MEDIATION);
		assertThat(period.due()).isEqualTo(LocalDate.of(2024, 10, 8));
		// StatutoryRule.LABOUR_MEDIATION (劳动争议调解仲裁法 第十四条第三款): 15 days from the application, Sep 20 -> Oct 8
		var labour = accepted(Dispute.Kind.LABOUR, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 23));
		var labourPeriod = work.deadlinesOf(legal, labour.getId()).get(0);
		assertThat(labourPeriod.rule()).isEqualTo(StatutoryRule.LABOUR_MEDIATION);
		assertThat(labourPeriod.due()).isEqualTo(LocalDate.of(2024, 10, 8));
	}

	@Test
	void anExtensionNeedsThePartiesAgreementAndALapsedPeriodEndsTheMediationPerArticle25() {
		var legal = account("legal");
		var d = accepted(Dispute.Kind.PROPERTY, LocalDate.of(2024, 9, 4), LocalDate.of(2024, 9, 5));
		// MediationRule.PERIOD_LAPSED: the period ran out on Oct 8; an agreement on Oct 9 without an extension is refused
		assertThatThrownBy(() -> work.agree(legal, d.getId(), written(LocalDate.of(2024, 10, 9))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(MediationRule.PERIOD_LAPSED));
		// MediationRule.EXTENSION_BY_AGREEMENT (第二十五条第二款): no extension without the parties' agreement
		assertThatThrownBy(() -> work.extend(legal, d.getId(), 15, false, null))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.rule()).isEqualTo(MediationRule.EXTENSION_BY_AGREEMENT);
				assertThat(v.rule().article()).isEqualTo("第二十五条第二款");
			});
		var extended = work.extend(legal, d.getId(), 15, true, "双方同意延期十五日");
		assertThat(extended.due()).isAfter(LocalDate.of(2024, 10, 9));
		work.agree(legal, d.getId(), written(LocalDate.of(2024, 10, 9)));
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.AGREED);
		// a labour dispute's fifteen days have no extension (the parties may go to arbitration)
		var labour = accepted(Dispute.Kind.LABOUR, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 23));
		assertThatThrownBy(() -> work.extend(legal, labour.getId(), 5, true, null)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void anAgreementIsNotEffectiveBeforeSignaturesAndSealPerArticle29() throws Exception {
		var legal = account("legal");
		var d = accepted(Dispute.Kind.NEIGHBOURS, LocalDate.of(2024, 8, 19), LocalDate.of(2024, 8, 20));
		// MediationRule.AGREEMENT_CONTENT: a written agreement states facts, matters, terms and performance
		assertThatThrownBy(() -> work.agree(legal, d.getId(), new DisputeWork.AgreementInput(
				Dispute.AgreementKind.WRITTEN, null, null, "赔偿", null, null, LocalDate.of(2024, 8, 25))))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.AGREEMENT_CONTENT));
		work.agree(legal, d.getId(), written(LocalDate.of(2024, 8, 25)));
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.AGREED);
		assertThat(work.get(legal, d.getId()).getEffectiveOn()).isNull();
		// MediationRule.AGREEMENT_EFFECTIVE (人民调解法 第二十九条第二款): not without the mediator's signature, the seal or
		// the signed copy
		assertThatThrownBy(() -> work.signed(legal, d.getId(), true, false, true, LocalDate.of(2024, 9, 5), "a.pdf",
				new ByteArrayInputStream(pdf())))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.AGREEMENT_EFFECTIVE));
		assertThatThrownBy(() -> work.signed(legal, d.getId(), true, true, false, LocalDate.of(2024, 9, 5), "a.pdf",
				new ByteArrayInputStream(pdf())))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.AGREEMENT_EFFECTIVE));
		assertThatThrownBy(() -> work.signed(legal, d.getId(), true, true, true, LocalDate.of(2024, 9, 5), null, null))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.AGREEMENT_EFFECTIVE));
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.AGREED);
		work.signed(legal, d.getId(), true, true, true, LocalDate.of(2024, 9, 5), "签章.pdf",
				new ByteArrayInputStream(pdf()));
		var effective = work.get(legal, d.getId());
		assertThat(effective.getState()).isEqualTo(Dispute.State.EFFECTIVE);
		assertThat(effective.getEffectiveOn()).isEqualTo(LocalDate.of(2024, 9, 5));
		// 人民调解法 第三十三条: thirty days from Sep 5 is Oct 5, a holiday: Oct 8
		var confirmation = work.deadlinesOf(legal, d.getId()).stream()
			.filter(x -> x.rule() == StatutoryRule.JUDICIAL_CONFIRMATION).findFirst().orElseThrow();
		assertThat(confirmation.due()).isEqualTo(LocalDate.of(2024, 10, 8));
	}

	@Test
	void aConfirmationApplicationAfterThirtyDaysIsFlaggedPerArticle33() throws Exception {
		var legal = account("legal");
		long[] ids = new long[2];
		for (int i = 0; i < 2; i++) {
			var d = accepted(Dispute.Kind.DAMAGES, LocalDate.of(2024, 8, 19), LocalDate.of(2024, 8, 20));
			work.agree(legal, d.getId(), written(LocalDate.of(2024, 8, 25)));
			work.signed(legal, d.getId(), true, true, true, LocalDate.of(2024, 9, 5), "签章.pdf",
					new ByteArrayInputStream(pdf()));
			ids[i] = d.getId();
		}
		// due Oct 8 (Oct 5 falls in the holiday): filed that day, on time; filed Oct 9, flagged
		assertThat(work.confirmationFiled(legal, ids[0], "深圳市罗湖区人民法院", LocalDate.of(2024, 10, 8))).isNull();
		assertThat(work.get(legal, ids[0]).isConfirmationLate()).isFalse();
		// MediationRule.CONFIRMATION_PERIOD
		assertThat(work.confirmationFiled(legal, ids[1], "深圳市罗湖区人民法院", LocalDate.of(2024, 10, 9)))
			.isEqualTo(MediationRule.CONFIRMATION_PERIOD);
		assertThat(work.get(legal, ids[1]).isConfirmationLate()).isTrue();
		assertThat(work.timelineOf(legal, ids[1])).anySatisfy(s -> assertThat(s.getDetail()).contains("MED-CONFIRMATION-PERIOD"));
		work.ruled(legal, ids[0], Dispute.Ruling.VALID, LocalDate.of(2024, 10, 20));
		// an oral agreement is no agreement a court confirms: MediationRule.CONFIRMATION_OF_EFFECTIVE
		var oral = accepted(Dispute.Kind.NEIGHBOURS, LocalDate.of(2024, 8, 19), LocalDate.of(2024, 8, 20));
		work.agree(legal, oral.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.ORAL, null, null,
				"互相谅解，不再追究。", null, null, LocalDate.of(2024, 8, 22)));
		assertThat(work.get(legal, oral.getId()).getState()).isEqualTo(Dispute.State.EFFECTIVE);
		assertThatThrownBy(() -> work.confirmationFiled(legal, oral.getId(), "深圳市罗湖区人民法院", LocalDate.of(2024, 9, 1)))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.CONFIRMATION_OF_EFFECTIVE));
	}

	@Test
	void aFollowUpVisitClosesAPerformedAgreementAndAnUnperformedOneIsMediatedAgain() {
		var legal = account("legal");
		var d = accepted(Dispute.Kind.NEIGHBOURS, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5));
		// MediationRule.FOLLOW_UP_EFFECTIVE: no visit before an agreement took effect
		assertThatThrownBy(() -> work.visit(legal, d.getId(), Dispute.Performance.PERFORMED, LocalDate.of(2024, 3, 6), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.rule()).isEqualTo(MediationRule.FOLLOW_UP_EFFECTIVE));
		work.agree(legal, d.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.ORAL, null, null, "赔礼道歉。",
				null, null, LocalDate.of(2024, 3, 8)));
		work.visit(legal, d.getId(), Dispute.Performance.NOT_PERFORMED, LocalDate.of(2024, 4, 1), "未履行");
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.EFFECTIVE);
		work.reopen(legal, d.getId());
		var again = work.get(legal, d.getId());
		assertThat(again.getState()).isEqualTo(Dispute.State.MEDIATING);
		assertThat(work.deadlinesOf(legal, d.getId())).filteredOn(x -> x.status() != DeadlineStatus.COMPLETED)
			.hasSize(1);
		work.agree(legal, d.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.ORAL, null, null, "当面赔礼道歉。",
				null, null, work.today()));
		work.visit(legal, d.getId(), Dispute.Performance.PERFORMED, work.today(), "已履行");
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.CLOSED);
		assertThat(work.deadlinesOf(legal, d.getId())).allSatisfy(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.COMPLETED));
	}

	@Test
	void endingNeedsAGroundAndFailingTellsTheOtherRoutesPerArticles26And28() {
		var legal = account("legal");
		var d = accepted(Dispute.Kind.CONTRACT, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
		// MediationRule.END_GROUNDS (深圳条例 第二十八条): a ground is named; the lapse of the period only once it lapsed
		assertThatThrownBy(() -> work.end(legal, d.getId(), null, "可以诉讼", null))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(MediationRule.END_GROUNDS));
		assertThatThrownBy(() -> work.end(legal, d.getId(), Dispute.EndGround.PERIOD_LAPSED, "可以诉讼",
				LocalDate.of(2024, 6, 20)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(MediationRule.END_GROUNDS));
		// MediationRule.ROUTES_TOLD (人民调解法 第二十六条)
		assertThatThrownBy(() -> work.fail(legal, d.getId(), "  ", LocalDate.of(2024, 6, 20)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(MediationRule.ROUTES_TOLD));
		work.fail(legal, d.getId(), DisputeWork.DEFAULT_ROUTES, LocalDate.of(2024, 6, 20));
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.FAILED);
		var lapsed = accepted(Dispute.Kind.CONTRACT, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
		work.end(legal, lapsed.getId(), Dispute.EndGround.PERIOD_LAPSED, DisputeWork.DEFAULT_ROUTES, LocalDate.of(2024, 7, 10));
		assertThat(work.get(legal, lapsed.getId()).getState()).isEqualTo(Dispute.State.ENDED);
	}

	@Test
	void theAdministrativeMediationPeriodsPerArticles45And46() {
		var legal = account("legal");
		// 深圳条例 第四十六条: decided within 5 working days of Sep 26, 2024: Sep 27, 29 (make-up), 30, Oct 8, 9
		var simple = takeIn(Dispute.Kind.OTHER, LocalDate.of(2024, 9, 26), Dispute.Channel.ADMINISTRATIVE_APPLICATION, false);
		var acceptance = work.deadlinesOf(legal, simple.getId()).get(0);
		assertThat(acceptance.rule()).isEqualTo(StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE);
		assertThat(acceptance.due()).isEqualTo(LocalDate.of(2024, 10, 9));
		// 10 working days when complex: .. Oct 11, Oct 12 (make-up), Oct 14, Oct 15
		var complex = takeIn(Dispute.Kind.OTHER, LocalDate.of(2024, 9, 26), Dispute.Channel.ADMINISTRATIVE_APPLICATION, true);
		assertThat(work.deadlinesOf(legal, complex.getId()).get(0).rule())
			.isEqualTo(StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE_COMPLEX);
		assertThat(work.deadlinesOf(legal, complex.getId()).get(0).due()).isEqualTo(LocalDate.of(2024, 10, 15));
		// accepted on Oct 10, after the five days: the lateness is on the timeline under its rule
		work.accept(legal, simple.getId(), everyoneAgrees(simple.getId()), LocalDate.of(2024, 10, 10), null);
		assertThat(work.timelineOf(legal, simple.getId()))
			.anySatisfy(s -> assertThat(s.getDetail()).contains(MediationRule.ADMINISTRATIVE_ACCEPTANCE.code()));
		// 第四十五条: outside the office's remit, transferred within 3 working days of Sep 26: Sep 27, 29, 30
		work.refer(legal, complex.getId(), Dispute.ReferredTo.ADMINISTRATIVE_BODY, "罗湖区住房和建设局",
				LocalDate.of(2024, 9, 30));
		var transfer = work.deadlinesOf(legal, complex.getId()).stream()
			.filter(x -> x.rule() == StatutoryRule.ADMINISTRATIVE_MEDIATION_TRANSFER).findFirst().orElseThrow();
		assertThat(transfer.due()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(transfer.completedOnTime()).isTrue();
	}

	@Test
	void repeatDisputesAreFoundOnKeyedHashesWithoutDecryptingIdentityNumbers() {
		var legal = account("legal");
		var community = account("worker").communityId();
		var shared = person("重复甲", 4242);
		var first = work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.WALK_IN, Dispute.Kind.NEIGHBOURS,
				"第一次", null, 0L, 2, null, false, false, false, LocalDate.of(2025, 3, 1), null,
				List.of(shared, person("他人一", 4243))));
		var second = work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.WALK_IN, Dispute.Kind.NEIGHBOURS,
				"第二次", null, 0L, 2, null, false, false, false, LocalDate.of(2025, 9, 1), null,
				List.of(person("他人二", 4244), shared)));
		assertThat(second.getRepeatOf()).isEqualTo(first.getId());
		// the identity number is stored encrypted; only its keyed hash is compared, equal for the same number
		var stored = jdbc.queryForList("select identity_no, identity_hash from dispute_party where dispute_id in (?, ?)"
				+ " and name = '重复甲'", first.getId(), second.getId());
		assertThat(stored).hasSize(2).allSatisfy(row -> {
			assertThat((String) row.get("identity_no")).startsWith("sm4gcm1:").doesNotContain(shared.identity());
			assertThat((String) row.get("identity_hash")).hasSize(64).doesNotContain(shared.identity());
		});
		assertThat(stored.get(0).get("identity_hash")).isEqualTo(stored.get(1).get("identity_hash"));
		assertThat(stored.get(0).get("identity_no")).isNotEqualTo(stored.get(1).get("identity_no"));
		// the same address, typed with full-width digits, is the same address; more than 12 months later, no repeat
		var atAddress = work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.PHONE, Dispute.Kind.PROPERTY,
				"地址一", "东乐花园 7 栋 701", 0L, 2, null, false, false, false, LocalDate.of(2025, 4, 1), null,
				List.of(person("住户甲", 4245), person("住户乙", 4246))));
		var sameAddress = work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.PHONE,
				Dispute.Kind.PROPERTY, "地址二", "东乐花园７栋７０１", 0L, 2, null, false, false, false, LocalDate.of(2025, 6, 1),
				null, List.of(person("住户丙", 4247), person("住户丁", 4248))));
		assertThat(sameAddress.getRepeatOf()).isEqualTo(atAddress.getId());
		var muchLater = work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.PHONE, Dispute.Kind.PROPERTY,
				"地址三", "东乐花园7栋701", 0L, 2, null, false, false, false, LocalDate.of(2026, 7, 1), null,
				List.of(person("住户戊", 4249), person("住户己", 4250))));
		assertThat(muchLater.getRepeatOf()).isNotEqualTo(atAddress.getId());
	}

	@Test
	void badIntakeIsRefusedWithTheFieldAndNothingIsWritten() {
		var legal = account("legal");
		long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
		var community = account("worker").communityId();
		assertThatThrownBy(() -> work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.WALK_IN,
				Dispute.Kind.NEIGHBOURS, "身份证号错误", null, 0L, 2, null, false, false, false, null, null,
				List.of(new DisputeWork.PartyInput(DisputeParty.Kind.PERSON, "甲", "440303199001011234", null, null),
						person("乙", 1)))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.party.identityInvalid"));
		assertThatThrownBy(() -> work.takeIn(legal, new DisputeWork.Intake(community, Dispute.Channel.WALK_IN,
				Dispute.Kind.NEIGHBOURS, "一方", null, 0L, 2, null, false, false, false, null, null, List.of(person("甲", 2)))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.parties.two"));
		// a community worker takes in the disputes of their own community only
		var worker = account("worker2");
		assertThatThrownBy(() -> work.takeIn(worker, new DisputeWork.Intake(community, Dispute.Channel.WALK_IN,
				Dispute.Kind.NEIGHBOURS, "别的社区", null, 0L, 2, null, false, false, false, null, null,
				List.of(person("甲", 3), person("乙", 4)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("dispute.community.outsideScope"));
		assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(before);
	}

	@Test
	void aCommunitysPeopleSeeTheirCommunitysDisputesAndALawyerOnlyThoseAssigned() throws Exception {
		var legal = account("legal");
		var d = takeIn(Dispute.Kind.NEIGHBOURS, LocalDate.of(2025, 2, 3));
		mvc.perform(get("/mediation/disputes/" + d.getId()).with(user(account("worker")))).andExpect(status().isOk());
		mvc.perform(get("/mediation/disputes/" + d.getId()).with(user(account("mediator")))).andExpect(status().isOk());
		mvc.perform(get("/mediation/disputes/" + d.getId()).with(user(account("worker2")))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/mediation/disputes/" + d.getId()).with(user(account("mediator2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/mediation/disputes/" + d.getId()).with(user(account("advisor2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/mediation/disputes").with(user(account("officer")))).andExpect(status().isForbidden());
		work.assignLawyer(legal, d.getId(), account("advisor2").accountId());
		mvc.perform(get("/api/v1/mediation/disputes/" + d.getId()).with(user(account("advisor2"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[0].identity").value(org.hamcrest.Matchers.containsString("****")));
		// the lawyer's list holds exactly the disputes assigned to them
		var listed = jdbc.queryForObject("select count(*) from dispute where lawyer_id = ?", Long.class,
				account("advisor2").accountId());
		mvc.perform(get("/api/v1/mediation/disputes?size=500").with(user(account("advisor2"))))
			.andExpect(jsonPath("$.totalElements").value(listed.intValue()));
	}

	@Test
	void theApiTakesInAndRefusesAStepWithTheRuleThatForbidsIt() throws Exception {
		var worker = account("worker");
		char check = org.fazhi.shared.CreditCodes.checkCharacter("91440300MA5G9XWY1");
		String wrong = "91440300MA5G9XWY1" + (check == '0' ? '1' : '0');
		String body = """
				{"channel":"GRID_WORKER","kind":"NEIGHBOURS","summary":"网格员上报的噪音纠纷","people":2,
				 "receivedOn":"2025-05-06","parties":[{"kind":"PERSON","name":"甲某"},{"kind":"ORGANISATION","name":"某公司",
				 "creditCode":"%s"}]}""".formatted(wrong);
		mvc.perform(post("/api/v1/mediation/disputes").with(user(worker)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest());
		String valid = body.replace(wrong, "91440300MA5G9XWY1" + check);
		var created = mvc.perform(post("/api/v1/mediation/disputes").with(user(worker)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(valid))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.state").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString();
		int id = com.jayway.jsonpath.JsonPath.read(created, "$.summary.id");
		// the community worker takes it in; the mediation's steps are the mediators'
		mvc.perform(post("/api/v1/mediation/disputes/" + id + "/steps").with(user(worker)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ACCEPT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mediation/disputes/" + id + "/steps").with(user(account("mediator"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ACCEPT\",\"consents\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("MED-CONSENT-RECORDED"));
	}

	@Test
	void everyFigureIsRecomputedInSqlAndTheDemos2024IsTheReports() {
		var legal = account("legal");
		long tenant = legal.tenantId();
		for (int year : new int[] { 2023, 2024 }) {
			var values = figures.values(tenant, year);
			String from = year + "-01-01";
			String to = (year + 1) + "-01-01";
			long mediated = count("select count(*) from dispute where tenant_id = ? and accepted_on >= ? and accepted_on < ?",
					tenant, from, to);
			assertThat(values.get(MediationFigureBook.DISPUTES_MEDIATED)).isEqualTo(mediated);
			assertThat(values.get(MediationFigureBook.DISPUTES_MAJOR)).isEqualTo(count("select count(*) from dispute"
					+ " where tenant_id = ? and accepted_on >= ? and accepted_on < ? and major_difficult = true", tenant, from, to));
			assertThat(values.get(MediationFigureBook.DISPUTE_AMOUNT)).isEqualTo(count("select coalesce(sum(amount), 0)"
					+ " from dispute where tenant_id = ? and accepted_on >= ? and accepted_on < ?", tenant, from, to));
			long agreed = count("select count(*) from dispute where tenant_id = ? and agreed_on >= ? and agreed_on < ?",
					tenant, from, to);
			assertThat(values.get(MediationFigureBook.AGREEMENTS)).isEqualTo(agreed);
			long without = count("select count(*) from dispute where tenant_id = ? and accepted_on is not null and agreed_on"
					+ " is null and state in ('FAILED', 'ENDED', 'REFERRED') and closed_on >= ? and closed_on < ?", tenant, from, to);
			assertThat(values.get(MediationFigureBook.AGREEMENT_RATE)).isEqualTo(agreed * 100 / (agreed + without));
			long atCommunity = count("select count(*) from dispute where tenant_id = ? and agreed_on >= ? and agreed_on < ?"
					+ " and level = 'COMMUNITY'", tenant, from, to);
			assertThat(values.get(MediationFigureBook.COMMUNITY_RATE)).isEqualTo(atCommunity * 100 / agreed);
			long visited = count("select count(*) from dispute where tenant_id = ? and agreed_on >= ? and agreed_on < ?"
					+ " and performance is not null", tenant, from, to);
			long performed = count("select count(*) from dispute where tenant_id = ? and agreed_on >= ? and agreed_on < ?"
					+ " and performance = 'PERFORMED'", tenant, from, to);
			assertThat(values.get(MediationFigureBook.PERFORMANCE_RATE)).isEqualTo(performed * 100 / visited);
			assertThat(values.get(MediationFigureBook.CONFIRMATIONS)).isEqualTo(count("select count(*) from dispute where"
					+ " tenant_id = ? and confirmation_filed_on >= ? and confirmation_filed_on < ?", tenant, from, to));
			assertThat(values.get(MediationFigureBook.CAMPAIGNS)).isEqualTo(count("select count(*) from screening_campaign"
					+ " where tenant_id = ? and starts_on >= ? and starts_on < ?", tenant, from, to));
			assertThat(values.get(MediationFigureBook.PUBLICITY)).isEqualTo(count("select count(*) from mediation_activity"
					+ " where tenant_id = ? and kind = 'PUBLICITY' and held_on >= ? and held_on < ?", tenant, from, to));
			assertThat(values.get(MediationFigureBook.TRAININGS)).isEqualTo(count("select count(*) from mediation_activity"
					+ " where tenant_id = ? and kind = 'TRAINING' and held_on >= ? and held_on < ?", tenant, from, to));
			assertThat(values.get(MediationFigureBook.PROPERTY_ROOMS_OPENED)).isEqualTo(count("select count(*) from"
					+ " mediation_body where tenant_id = ? and kind = 'PROPERTY_ROOM' and opened_year = ?", tenant, year));
		}
		// the 2024 report: 133 campaigns, 25 publicity events, 400余 disputes, 23 major, 800余万, 7 trainings, 4 grade-3
		// and 12 grade-4 mediators, 4 new property rooms; these tests' own disputes lie in other years or are not accepted
		var y2024 = figures.values(tenant, 2024);
		var y2023 = figures.values(tenant, 2023);
		assertThat(y2024.get(MediationFigureBook.CAMPAIGNS)).isEqualTo(133);
		assertThat(y2024.get(MediationFigureBook.PUBLICITY)).isEqualTo(25);
		assertThat(y2024.get(MediationFigureBook.TRAININGS)).isEqualTo(7);
		assertThat(y2024.get(MediationFigureBook.GRADE_3)).isEqualTo(4);
		assertThat(y2024.get(MediationFigureBook.GRADE_4)).isEqualTo(12);
		assertThat(y2024.get(MediationFigureBook.PROPERTY_ROOMS_OPENED)).isEqualTo(4);
		assertThat(y2024.get(MediationFigureBook.DISPUTES_MEDIATED)).isBetween(400L, 499L);
		assertThat(y2023.get(MediationFigureBook.DISPUTES_MEDIATED)).isLessThan(y2024.get(MediationFigureBook.DISPUTES_MEDIATED));
		assertThat(jdbc.queryForObject("select count(*) from dispute where tenant_id = ? and summary like '沙湾水厂病危工人医疗费用纠纷%'"
				+ " and major_difficult = true and state = 'CLOSED'", Long.class, tenant)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from mediation_body where tenant_id = ? and kind = 'JUDGE_STUDIO'"
				+ " and name like '东乐社区%'", Long.class, tenant)).isEqualTo(1);
	}

	@Test
	void theDemos2024MajorDisputesAndAmountAreTheReports() {
		// measured on the demo's own disputes only: the other tests of the suite take in disputes dated 2024 too
		long tenant = account("legal").tenantId();
		long major = count("select count(*) from dispute where tenant_id = ? and accepted_on >= '2024-01-01' and accepted_on"
				+ " < '2025-01-01' and major_difficult = true and summary not like '测试纠纷%'", tenant);
		long amount = count("select coalesce(sum(amount), 0) from dispute where tenant_id = ? and accepted_on >= '2024-01-01'"
				+ " and accepted_on < '2025-01-01' and summary not like '测试纠纷%'", tenant);
		assertThat(major).isEqualTo(23);
		assertThat(amount).isBetween(8_000_000L, 8_999_999L);
	}

	private long count(String sql, Object... arguments) {
		Object[] converted = java.util.Arrays.stream(arguments)
			.map(a -> a instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}") ? java.sql.Date.valueOf(s) : a).toArray();
		Long value = jdbc.queryForObject(sql, Long.class, converted);
		return value == null ? 0 : value;
	}

	/**
	 * What the attacker's probe of the mediation line found, each now refused: an assigned lawyer running the
	 * mediators' steps through the API, acceptance and ruling days outside the record's own dates, an agreement with no
	 * mediator (and a major one with one), impossible birth dates and one identity given twice, a state shown as its
	 * key, a bad month on the pay export answered 500.
	 */
	@Test
	void theProbesFindingsAreRefusedWithAMessageAndChangeNothing() throws Exception {
		var legal = account("legal");
		var d = takeIn(Dispute.Kind.NEIGHBOURS, LocalDate.of(2025, 3, 10));
		work.assignLawyer(legal, d.getId(), account("advisor").accountId());
		var consents = new StringBuilder();
		for (var p : work.partiesOf(legal, d.getId())) {
			consents.append(consents.isEmpty() ? "" : ",").append('"').append(p.getId()).append("\":\"AGREED\"");
		}
		// the lawyer takes part in sessions and visits, never in the mediators' steps
		mvc.perform(post("/api/v1/mediation/disputes/" + d.getId() + "/steps").with(user(account("advisor"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ACCEPT\",\"on\":\"2025-03-11\",\"consents\":{"
					+ consents + "}}"))
			.andExpect(status().isForbidden());
		assertThat(work.get(legal, d.getId()).getState()).isEqualTo(Dispute.State.RECEIVED);
		// a step not open now names the state in words
		mvc.perform(post("/api/v1/mediation/disputes/" + d.getId() + "/steps").with(user(legal)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"SESSION\",\"place\":\"调解室\",\"minutes\":\"记录\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("已登记"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("disputeState")))));
		// acceptance is not before the registration nor after today
		for (LocalDate wrong : List.of(LocalDate.of(2025, 3, 9), work.today().plusDays(1))) {
			assertThatThrownBy(() -> work.accept(legal, d.getId(), everyoneAgrees(d.getId()), wrong, null))
				.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.accept.date"));
		}
		work.accept(legal, d.getId(), everyoneAgrees(d.getId()), LocalDate.of(2025, 3, 11), null);
		// the justice office, no mediator, cannot reach the agreement alone: the agreement names its mediators
		assertThatThrownBy(() -> work.agree(legal, d.getId(), written(LocalDate.of(2025, 3, 20))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.mediator.required"));
		var major = takeIn(Dispute.Kind.PROPERTY, LocalDate.of(2025, 3, 10), Dispute.Channel.WALK_IN, true);
		work.accept(legal, major.getId(), everyoneAgrees(major.getId()), LocalDate.of(2025, 3, 11), null);
		if (work.get(legal, major.getId()).isMajorDifficult()) {
			work.assign(legal, major.getId(), account("mediator").accountId(), null);
			assertThatThrownBy(() -> work.agree(legal, major.getId(), written(LocalDate.of(2025, 3, 20))))
				.isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.messageKey()).isEqualTo("dispute.session.twoMediators"));
		}
		// identity numbers: a birth date that exists, and never one number for two parties
		assertThat(PersonalData.validIdentityNumber(PersonalData.withCheckCharacter("44030320990101001"))).isFalse();
		assertThat(PersonalData.validIdentityNumber(PersonalData.withCheckCharacter("44030319901332001"))).isFalse();
		assertThat(PersonalData.validIdentityNumber(PersonalData.withCheckCharacter("44030318000101001"))).isFalse();
		var same = person("同号甲", 4242);
		assertThatThrownBy(() -> work.takeIn(legal, new DisputeWork.Intake(account("worker").communityId(),
				Dispute.Channel.WALK_IN, Dispute.Kind.NEIGHBOURS, "同号", null, 0L, 2, Dispute.Risk.GENERAL, false, false,
				false, LocalDate.of(2025, 3, 1), null, List.of(same, new DisputeWork.PartyInput(DisputeParty.Kind.PERSON,
						"同号乙", same.identity(), null, null)))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.party.sameIdentity"));
		assertThatThrownBy(() -> work.takeIn(legal, new DisputeWork.Intake(account("worker").communityId(),
				Dispute.Channel.WALK_IN, Dispute.Kind.NEIGHBOURS, "很久以前", null, 0L, 2, Dispute.Risk.GENERAL, false, false,
				false, LocalDate.of(1900, 1, 1), null, List.of(person("古甲", 4243), person("古乙", 4244)))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.date.past"));
		// the mediator who accepts a dispute no one was assigned to takes it: its period is theirs
		var taken = takeIn(Dispute.Kind.NEIGHBOURS, LocalDate.of(2025, 3, 12));
		work.accept(account("mediator"), taken.getId(), everyoneAgrees(taken.getId()), LocalDate.of(2025, 3, 12), null);
		assertThat(work.get(legal, taken.getId()).getMediator1Id()).isEqualTo(account("mediator").accountId());
		assertThat(work.deadlinesOf(legal, taken.getId()).get(0).responsibleAccountId())
			.isEqualTo(account("mediator").accountId());
		// a bad month on the subsidy export goes back to the page, which says what is wrong
		mvc.perform(get("/mediation/pay/export").param("month", "2024-13").with(user(legal)))
			.andExpect(status().is3xxRedirection());
	}

	/** 深圳条例 第八十条: the roster as it stands is published; a new grade or a mediator leaving it shows at once. */
	@Test
	void aRegradedOrDepartedMediatorIsPublishedAsTheRosterNowStandsPerArticle80() throws Exception {
		var legal = account("legal");
		var body = organisation.bodies(legal.tenantId()).get(0);
		var added = organisation.addMediator(legal, body.getId(), "测试调解员" + serial++, null,
				org.fazhi.mediation.internal.bodies.Mediator.Force.RETIRED,
				org.fazhi.mediation.internal.bodies.Mediator.Grade.UNGRADED, null, 0);
		mvc.perform(post("/mediation/organisation/mediators/grade").with(user(legal)).with(csrf())
			.param("mediatorId", String.valueOf(added.getId())).param("grade", "GRADE_5").param("certificateNo", "罗调5-测试"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/public/mediation/mediators").param("tenant", "440303007"))
			.andExpect(jsonPath("$.mediators[?(@.name == '" + added.getFullName() + "')].certificateNo")
				.value(org.hamcrest.Matchers.contains("罗调5-测试")));
		mvc.perform(post("/mediation/organisation/mediators/grade").with(user(legal)).with(csrf())
			.param("mediatorId", String.valueOf(added.getId())).param("grade", "GRADE_5").param("inactive", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/public/mediation/mediators").param("tenant", "440303007"))
			.andExpect(jsonPath("$.mediators[?(@.name == '" + added.getFullName() + "')]").isEmpty());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'MEDIATOR' and action = 'UPDATE'"
				+ " and record_id = ?", Long.class, String.valueOf(added.getId()))).isEqualTo(2);
		// a mediator does not keep the roster
		mvc.perform(post("/mediation/organisation/mediators/grade").with(user(account("mediator3"))).with(csrf())
			.param("mediatorId", String.valueOf(added.getId())).param("grade", "GRADE_1"))
			.andExpect(status().isForbidden());
	}

	@Autowired
	org.fazhi.mediation.internal.bodies.MediationOrganisation organisation;
}
