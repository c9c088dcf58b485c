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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeParty;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.mediation.internal.pay.CasePay;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 以案定补 (深圳经济特区矛盾纠纷多元化解条例 第八十一条): the mediators' subsidy of a month from the agreements that took
 * effect in it, at the standard of each kind valid in that month, shared by two mediators; the standards kept from a
 * month on; the sheet read through the disputes' scope; and the demo's months recomputed in SQL.
 */
@FazhiIntegrationTest
class CasePayIntegrationTests {

	@Autowired
	DisputeWork work;

	@Autowired
	CasePay pay;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private static int serial = 8100;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	/** A dispute of 东乐社区 accepted on the day, assigned to the mediators given. */
	private Dispute mediating(Dispute.Kind kind, boolean major, LocalDate on, Long first, Long second) {
		var legal = account("legal");
		int seed = serial++;
		var d = work.takeIn(legal, new DisputeWork.Intake(account("mediator").communityId(), Dispute.Channel.WALK_IN,
				kind, "补贴测试纠纷 " + seed, "补贴测试地址" + seed + "号", 500L, 2, major ? Dispute.Risk.MAJOR : Dispute.Risk.GENERAL,
				false, false, false,
				on, null, List.of(MediationIntegrationTests.person("补甲" + seed, seed), MediationIntegrationTests.person("补乙" + seed, seed + 500))));
		var consents = new HashMap<Long, DisputeParty.Consent>();
		work.partiesOf(legal, d.getId()).forEach(p -> consents.put(p.getId(), DisputeParty.Consent.AGREED));
		work.accept(legal, d.getId(), consents, on, null);
		if (first != null) {
			work.assign(legal, d.getId(), first, second);
		}
		return d;
	}

	private void effective(Dispute d, Dispute.AgreementKind kind, LocalDate on, boolean signed) throws Exception {
		var legal = account("legal");
		work.agree(legal, d.getId(), new DisputeWork.AgreementInput(kind, "事实。", "争议事项。", "一方赔偿对方五百元。",
				"现场支付。", on.plusDays(5), on));
		if (signed) {
			work.signed(legal, d.getId(), true, true, true, on, "签章协议书.pdf", new ByteArrayInputStream(MediationIntegrationTests.pdf()));
		}
	}

	private static Map<Long, Long> sharesOf(CasePay.PaySheet sheet, Set<Long> disputes) {
		Map<Long, Long> shares = new HashMap<>();
		for (CasePay.PayLine line : sheet.lines()) {
			for (CasePay.PaidCase paid : line.paid()) {
				if (disputes.contains(paid.disputeId())) {
					shares.merge(line.accountId() == null ? 0L : line.accountId(), paid.shareFen(), Long::sum);
				}
			}
		}
		return shares;
	}

	@Test
	void eachAgreementThatTookEffectInTheMonthIsPaidAtItsKindsStandardAndSharedByTwoMediatorsPerArticle81()
			throws Exception {
		long sun = account("mediator").accountId();
		long hu = account("mediator3").accountId();
		var month = LocalDate.of(2025, 11, 3);
		// neighbours, general, one mediator: 100 yuan; labour, major or difficult, two mediators: 500 shared;
		// property, oral (effective when reached): 150; a written agreement not signed yet is not paid
		var neighbours = mediating(Dispute.Kind.NEIGHBOURS, false, month, sun, null);
		effective(neighbours, Dispute.AgreementKind.WRITTEN, month.plusDays(3), true);
		var labour = mediating(Dispute.Kind.LABOUR, true, month, sun, hu);
		effective(labour, Dispute.AgreementKind.WRITTEN, month.plusDays(4), true);
		var property = mediating(Dispute.Kind.PROPERTY, false, month, hu, null);
		effective(property, Dispute.AgreementKind.ORAL, month.plusDays(5), false);
		var unsigned = mediating(Dispute.Kind.NEIGHBOURS, false, month, sun, null);
		effective(unsigned, Dispute.AgreementKind.WRITTEN, month.plusDays(6), false);
		// effective in December: the November sheet leaves it out
		var december = mediating(Dispute.Kind.NEIGHBOURS, false, month, hu, null);
		effective(december, Dispute.AgreementKind.WRITTEN, LocalDate.of(2025, 12, 1), true);

		var sheet = pay.sheet(account("legal"), YearMonth.of(2025, 11));
		var mine = Set.of(neighbours.getId(), labour.getId(), property.getId(), unsigned.getId(), december.getId());
		assertThat(sharesOf(sheet, mine)).isEqualTo(Map.of(sun, 100_00L + 250_00L, hu, 250_00L + 150_00L));
		var sunLine = sheet.lines().stream().filter(l -> Long.valueOf(sun).equals(l.accountId())).findFirst().orElseThrow();
		assertThat(sunLine.name()).isEqualTo("孙桂英");
		assertThat(sunLine.paid()).filteredOn(p -> p.disputeId() == labour.getId())
			.singleElement().satisfies(p -> {
				assertThat(p.major()).isTrue();
				assertThat(p.mediators()).isEqualTo(2);
			});
		assertThat(sheet.monthOver()).isTrue();
		assertThat(pay.sheet(account("legal"), YearMonth.of(2025, 12)).lines().stream()
			.flatMap(l -> l.paid().stream()).map(CasePay.PaidCase::disputeId)).contains(december.getId());

		// a standard set from this month on leaves November 2025 as it was paid
		var from = pay.thisMonth();
		pay.setStandards(account("legal"), from, List.of(new CasePay.StandardInput(Dispute.Kind.NEIGHBOURS, 120, 360)));
		assertThat(sharesOf(pay.sheet(account("legal"), YearMonth.of(2025, 11)), mine))
			.isEqualTo(Map.of(sun, 350_00L, hu, 400_00L));
		assertThat(pay.standards(account("legal").tenantId(), from).get(Dispute.Kind.NEIGHBOURS).amount()).isEqualTo(120);
		assertThat(pay.standards(account("legal").tenantId(), from.minusMonths(1)).get(Dispute.Kind.NEIGHBOURS)
			.amount()).isEqualTo(100);

		// the export lists each paid share; the roster counts the year's cases handled and subsidy
		byte[] xlsx = mvc.perform(get("/mediation/pay/export").param("month", "2025-11").with(user(account("legal"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = book.getSheetAt(0);
			long expected = sheet.lines().stream().mapToLong(l -> l.paid().size()).sum();
			assertThat(rows.getLastRowNum()).isEqualTo((int) expected);
		}
		var roster = pay.roster(account("legal"), 2025);
		var huOnRoster = roster.stream().filter(r -> Long.valueOf(hu).equals(r.mediator().getAccountId()))
			.findFirst().orElseThrow();
		assertThat(huOnRoster.handled()).isEqualTo(jdbc.queryForObject("select count(*) from dispute where tenant_id = ?"
				+ " and (mediator1_id = ? or mediator2_id = ?) and accepted_on >= date '2025-01-01'"
				+ " and accepted_on < date '2026-01-01'", Long.class, account("legal").tenantId(), hu, hu));
	}

	@Test
	void theDemosMonthsOf2024AreThoseOfARecomputationInSql() {
		var legal = account("legal");
		for (int m = 1; m <= 12; m++) {
			var month = YearMonth.of(2024, m);
			var sheet = pay.sheet(legal, month);
			// the same, a second way: each dispute's standard from the latest row valid in its month, in SQL
			Long total = jdbc.queryForObject("select coalesce(sum(100 * case when d.major_difficult then w.major_amount"
					+ " else w.amount end), 0) from dispute d join mediation_pay_weight w on w.tenant_id = d.tenant_id"
					+ " and w.kind = d.kind and w.valid_from = (select max(v.valid_from) from mediation_pay_weight v"
					+ " where v.tenant_id = d.tenant_id and v.kind = d.kind and v.valid_from <= ?)"
					+ " where d.tenant_id = ? and d.effective_on >= ? and d.effective_on < ?"
					+ " and (d.mediator1_id is not null or d.mediator2_id is not null)", Long.class, month.atDay(1),
					legal.tenantId(), month.atDay(1), month.plusMonths(1).atDay(1));
			Long cases = jdbc.queryForObject("select count(*) from dispute where tenant_id = ? and effective_on >= ?"
					+ " and effective_on < ?", Long.class, legal.tenantId(), month.atDay(1), month.plusMonths(1).atDay(1));
			assertThat(sheet.totalFen()).as(month.toString()).isEqualTo(total);
			assertThat((long) sheet.cases()).as(month.toString()).isEqualTo(cases);
		}
		assertThat(pay.sheet(legal, YearMonth.of(2024, 6)).totalFen()).isPositive();
	}

	@Test
	void standardsAreSetFromThisMonthOnWithinTheirRangeAndNothingIsHalfSaved() throws Exception {
		var legal = account("legal");
		var past = pay.thisMonth().minusMonths(2);
		assertThatThrownBy(() -> pay.setStandards(legal, past,
				List.of(new CasePay.StandardInput(Dispute.Kind.LABOUR, 200, 500))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("mediationPay.from.past"));
		var next = pay.thisMonth().plusMonths(1);
		int before = pay.history(legal.tenantId()).size();
		// the second kind's standard is wrong: the first is not saved either
		assertThatThrownBy(() -> pay.setStandards(legal, next, List.of(
				new CasePay.StandardInput(Dispute.Kind.MEDICAL, 300, 800),
				new CasePay.StandardInput(Dispute.Kind.TRAFFIC, 500, 200))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("mediationPay.major.lower"));
		assertThat(pay.history(legal.tenantId())).hasSize(before);
		for (int[] wrong : new int[][] { { -1, 10 }, { 10, 100_001 } }) {
			assertThatThrownBy(() -> pay.setStandards(legal, next,
					List.of(new CasePay.StandardInput(Dispute.Kind.MEDICAL, wrong[0], wrong[1]))))
				.isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.messageKey()).isEqualTo("mediationPay.amount.range"));
		}
		// the form says why in Chinese, and keeps nothing
		mvc.perform(post("/mediation/pay/standards").with(user(legal)).with(csrf()).param("from", next.toString())
			.param("amount_MEDICAL", "abc").param("majorAmount_MEDICAL", "800"))
			.andExpect(status().is3xxRedirection());
		assertThat(pay.history(legal.tenantId())).hasSize(before);
		// the API answers 400 with the message, then saves a correct standard with its audit entry
		mvc.perform(post("/api/v1/mediation/pay/standards").with(user(legal)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + past + "\",\"standards\":[{\"kind\":\"LABOUR\",\"amount\":200,\"majorAmount\":500}]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("本月")));
		long audited = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'MEDIATION_PAY_WEIGHT'"
				+ " and action = 'UPDATE'", Long.class);
		mvc.perform(post("/api/v1/mediation/pay/standards").with(user(legal)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + next + "\",\"standards\":[{\"kind\":\"MEDICAL\",\"amount\":320,\"majorAmount\":900}]}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].amount").value(320));
		assertThat(pay.standards(legal.tenantId(), next).get(Dispute.Kind.MEDICAL).majorAmount()).isEqualTo(900);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'MEDIATION_PAY_WEIGHT'"
				+ " and action = 'UPDATE'", Long.class)).isEqualTo(audited + 1);
		// a fraction for a whole number of yuan is refused, never truncated
		mvc.perform(post("/api/v1/mediation/pay/standards").with(user(legal)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + next + "\",\"standards\":[{\"kind\":\"MEDICAL\",\"amount\":1.5,\"majorAmount\":900}]}"))
			.andExpect(status().isBadRequest());
		assertThat(pay.standards(legal.tenantId(), next).get(Dispute.Kind.MEDICAL).amount()).isEqualTo(320);
		// a mediator reads the standards and the sheet, but does not set them
		mvc.perform(post("/api/v1/mediation/pay/standards").with(user(account("mediator"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + next + "\",\"standards\":[{\"kind\":\"MEDICAL\",\"amount\":1,\"majorAmount\":1}]}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mediation/pay").param("month", "2024-13").with(user(account("mediator"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"pay-month-invalid\""),
						org.hamcrest.Matchers.containsString("id=\"pay-set-closed\""))));
		mvc.perform(get("/api/v1/mediation/pay").param("month", "2024/06").with(user(account("mediator"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCommunityMediatorsSheetHoldsOnlyTheDisputesTheirScopeReads() throws Exception {
		var month = LocalDate.of(2025, 10, 6);
		long hu = account("mediator3").accountId();
		var d = mediating(Dispute.Kind.CONTRACT, false, month, hu, null);
		effective(d, Dispute.AgreementKind.ORAL, month.plusDays(2), false);
		var other = account("mediator2"); // 金鹏社区: 东乐社区's dispute is neither his community's nor his
		var own = pay.sheet(other, YearMonth.of(2025, 10));
		assertThat(own.lines().stream().flatMap(l -> l.paid().stream()).map(CasePay.PaidCase::disputeId)
			.collect(Collectors.toSet())).doesNotContain(d.getId());
		assertThat(pay.sheet(account("mediator3"), YearMonth.of(2025, 10)).lines().stream()
			.flatMap(l -> l.paid().stream()).map(CasePay.PaidCase::disputeId)).contains(d.getId());
		String json = mvc.perform(get("/api/v1/mediation/pay").param("month", "2025-10").with(user(other)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("\"disputeId\":" + d.getId() + ",");
		// every line the community mediator sees is of a dispute of his community or assigned to him
		var readable = jdbc.queryForList("select id from dispute where tenant_id = ? and (community_id = ?"
				+ " or mediator1_id = ? or mediator2_id = ? or created_by = ?)", Long.class, other.tenantId(),
				other.communityId(), other.accountId(), other.accountId(), other.accountId());
		assertThat(own.lines().stream().flatMap(l -> l.paid().stream()).map(CasePay.PaidCase::disputeId))
			.allMatch(readable::contains);
	}
}
