package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enforcement figures come from the records: the demo's 2024 reproduces the report (187 enterprises inspected,
 * 104 hazards rectified), 2023 differs, and each figure is recomputed a second way in plain SQL. The suite's other
 * tests work in the present year, so the demo's 2023 and 2024 stay as the demo made them.
 */
@FazhiIntegrationTest
class EnforcementFiguresIntegrationTests {

	@org.springframework.beans.factory.annotation.Autowired
	org.fazhi.mediation.internal.figures.MediationFigureBook mediationFigures;

	@Autowired
	org.fazhi.legal.internal.figures.LegalFigureBook legalFigures;

	@Autowired
	org.fazhi.ledger.internal.figures.LedgerFigureBook ledgerFigures;

	@Autowired
	EnforcementFigures figures;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private long sql(String query, long tenant, int year) {
		return jdbc.queryForObject(query, Long.class, tenant, java.sql.Date.valueOf(year + "-01-01"),
				java.sql.Date.valueOf((year + 1) + "-01-01"));
	}

	@Test
	void theDemoYear2024ReproducesTheReportAndEveryFigureAgreesWithPlainSql() throws Exception {
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		long tenant = leader.tenantId();
		var year2024 = figures.of(tenant, 2024);
		assertThat(year2024.get(EnforcementFigures.ENTERPRISES_INSPECTED)).isEqualTo(187);
		assertThat(year2024.get(EnforcementFigures.HAZARDS_RECTIFIED)).isEqualTo(104);
		var year2023 = figures.of(tenant, 2023);
		assertThat(year2023.get(EnforcementFigures.ENTERPRISES_INSPECTED)).isEqualTo(150);
		assertThat(year2023.get(EnforcementFigures.HAZARDS_RECTIFIED)).isEqualTo(71);
		for (int year : new int[] { 2023, 2024 }) {
			var computed = figures.of(tenant, year);
			assertThat(computed.get(EnforcementFigures.ENTERPRISES_INSPECTED)).isEqualTo(sql(
					"select count(*) from (select distinct entity_id from inspection where tenant_id = ? and inspected_on >= ?"
							+ " and inspected_on < ?) e", tenant, year));
			assertThat(computed.get(EnforcementFigures.INSPECTIONS)).isEqualTo(sql(
					"select count(*) from inspection where tenant_id = ? and inspected_on >= ? and inspected_on < ?", tenant,
					year));
			assertThat(computed.get(EnforcementFigures.JOINT_OPERATIONS)).isEqualTo(sql(
					"select count(*) from inspection where tenant_id = ? and inspected_on >= ? and inspected_on < ?"
							+ " and (partners is not null or id in (select inspection_id from joint_link"
							+ " where inspection_id is not null))", tenant, year));
			assertThat(computed.get(EnforcementFigures.HAZARDS_FOUND)).isEqualTo(sql(
					"select count(*) from hazard where tenant_id = ? and ordered_on >= ? and ordered_on < ?", tenant, year));
			assertThat(computed.get(EnforcementFigures.HAZARDS_RECTIFIED)).isEqualTo(sql(
					"select count(*) from hazard where tenant_id = ? and closed_on >= ? and closed_on < ? and state = 'RECTIFIED'",
					tenant, year));
			assertThat(computed.get(EnforcementFigures.HAZARDS_ESCALATED)).isEqualTo(sql(
					"select count(*) from hazard where tenant_id = ? and closed_on >= ? and closed_on < ? and state = 'ESCALATED'",
					tenant, year));
		}
		mvc.perform(get("/api/v1/enforcement/metrics").param("year", "2024").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.metrics.enterprises_inspected").value(187))
			.andExpect(jsonPath("$.metrics.hazards_rectified").value(104));
		mvc.perform(get("/api/v1/enforcement/metrics").param("year", "twenty").with(user(leader)))
			.andExpect(status().isBadRequest());
	}

	/**
	 * The case figures of the demo: 37 penalty decisions in 2024 as in the report, 29 in 2023, each case figure
	 * recomputed in plain SQL, and the on-time publications counted a second way from the deadline engine's records.
	 */
	@Test
	void theCaseFiguresComeFromTheCaseRecordsAndAgreeWithPlainSql() throws Exception {
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		long tenant = leader.tenantId();
		assertThat(figures.of(tenant, 2024).get(EnforcementFigures.PENALTIES)).isEqualTo(37);
		assertThat(figures.of(tenant, 2023).get(EnforcementFigures.PENALTIES)).isEqualTo(29);
		assertThat(figures.of(tenant, 2024).get(EnforcementFigures.COURT_APPLICATIONS)).isEqualTo(1);
		String decided = "select count(*) from penalty_case where tenant_id = ? and decided_on >= ? and decided_on < ?";
		for (int year : new int[] { 2023, 2024 }) {
			var computed = figures.of(tenant, year);
			assertThat(computed.get(EnforcementFigures.CASES_FILED)).isEqualTo(sql(
					"select count(*) from penalty_case where tenant_id = ? and filed_on >= ? and filed_on < ?", tenant, year));
			assertThat(computed.get(EnforcementFigures.CASES_DECIDED)).isEqualTo(sql(decided, tenant, year));
			assertThat(computed.get(EnforcementFigures.PENALTIES)).isEqualTo(sql(decided
					+ " and outcome = 'PENALTY' and revoked_on is null", tenant, year));
			assertThat(computed.get(EnforcementFigures.PENALTIES_SUMMARY)).isEqualTo(sql(decided
					+ " and outcome = 'PENALTY' and revoked_on is null and procedure_kind = 'SUMMARY'", tenant, year));
			assertThat(computed.get(EnforcementFigures.PENALTY_AMOUNT)).isEqualTo(sql(decided.replace("count(*)",
					"coalesce(sum(fine), 0)") + " and outcome = 'PENALTY' and revoked_on is null", tenant, year))
				.isPositive();
			assertThat(computed.get(EnforcementFigures.FINES_PAID)).isEqualTo(sql(
					"select coalesce(sum(p.amount), 0) from case_payment p join penalty_case c on c.id = p.case_id"
							+ " where c.tenant_id = ? and p.paid_on >= ? and p.paid_on < ?",
					tenant, year));
			assertThat(computed.get(EnforcementFigures.NO_PENALTY_DECISIONS)).isEqualTo(sql(decided
					+ " and outcome <> 'PENALTY'", tenant, year)).isPositive();
			assertThat(computed.get(EnforcementFigures.COURT_APPLICATIONS)).isEqualTo(sql(
					"select count(*) from penalty_case where tenant_id = ? and court_applied_on >= ? and court_applied_on < ?",
					tenant, year));
			assertThat(computed.get(EnforcementFigures.LEGAL_REVIEWS)).isEqualTo(sql(
					"select count(*) from penalty_case where tenant_id = ? and review_on >= ? and review_on < ?", tenant, year));
			assertThat(computed.get(EnforcementFigures.HEARINGS)).isEqualTo(sql(
					"select count(*) from penalty_case where tenant_id = ? and hearing_held_on >= ? and hearing_held_on < ?",
					tenant, year)).isPositive();
			// a publication withdrawn after the decision was revoked (第四十八条第二款) is no longer public
			assertThat(computed.get(EnforcementFigures.PUBLICATIONS)).isEqualTo(sql(decided
					+ " and published_on is not null and withdrawn_on is null", tenant, year))
				.isLessThanOrEqualTo(computed.get(EnforcementFigures.PENALTIES));
			assertThat(computed.get(EnforcementFigures.PUBLICATIONS_ON_TIME)).isEqualTo(sql(
					"select count(*) from deadline d join penalty_case c on d.record_type = 'PENALTY_CASE'"
							+ " and d.record_id = cast(c.id as varchar(64)) where c.tenant_id = ? and c.decided_on >= ?"
							+ " and c.decided_on < ? and d.rule_code = 'PENALTY_PUBLICATION' and d.completed_on_time = true"
							+ " and c.published_on is not null and c.withdrawn_on is null", tenant, year))
				.isLessThan(computed.get(EnforcementFigures.PUBLICATIONS));
			long byDomain = 0;
			for (EnforcementDomain domain : EnforcementDomain.values()) {
				long n = computed.get(EnforcementFigures.CASES_DECIDED_IN + domain.name().toLowerCase());
				assertThat(n).isEqualTo(sql(decided.replace("penalty_case", "penalty_case c join enforcement_matter m"
						+ " on m.id = c.matter_id").replace("where tenant_id", "where c.tenant_id").replace(" decided_on",
								" c.decided_on") + " and m.domain = '" + domain.name() + "'", tenant, year));
				byDomain += n;
			}
			assertThat(byDomain).isEqualTo(computed.get(EnforcementFigures.CASES_DECIDED));
		}
		mvc.perform(get("/api/v1/enforcement/metrics").param("year", "2024").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.metrics.penalties").value(37))
			.andExpect(jsonPath("$.metrics.cases_decided_work_safety").isNumber());
	}

	@Test
	void theInspectionListPagesFiltersAndExportsOnTheServerWithinScope() throws Exception {
		var officer = accounts.loadUserByUsername("officer");
		mvc.perform(get("/enforcement/inspections").param("year", "2024").param("state", "DONE").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("共 187 次检查，第 1/4 页")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/enforcement/inspections?year=2024&amp;state=DONE&amp;page=1")));
		byte[] xlsx = mvc.perform(get("/enforcement/inspections/export").param("year", "2023").with(user(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(150);
		}
		mvc.perform(get("/enforcement/hazards").param("year", "2024").param("state", "RECTIFIED").with(user(officer)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("共 104 处隐患，第 1/3 页")));
		var worker = (FazhiUser) accounts.loadUserByUsername("worker");
		byte[] scoped = mvc.perform(get("/enforcement/inspections/export").param("year", "2024").with(user(worker)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long inCommunity = jdbc.queryForObject("select count(*) from inspection where community_id = ? and planned_on >= ?"
				+ " and planned_on < ?", Long.class, worker.communityId(), java.sql.Date.valueOf("2024-01-01"),
				java.sql.Date.valueOf("2025-01-01"));
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(scoped))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) inCommunity).isLessThan(187);
		}
	}

	/**
	 * The figures contract: {@code GET /api/v1/figures?year=2024} gives every enforcement figure with its label,
	 * definition and drill-down, and each drill-down opens the list of exactly the records the figure counts.
	 */
	@Test
	void everyFigureOfTheContractDrillsDownToExactlyTheRecordsItCounts() throws Exception {
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		String json = mvc.perform(get("/api/v1/figures").param("year", "2024").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.figures[?(@.code == 'penalties')].value").value(org.hamcrest.Matchers.contains(37)))
			.andExpect(jsonPath("$.figures[?(@.code == 'penalties')].label")
				.value(org.hamcrest.Matchers.contains("行政处罚（宗）")))
			.andExpect(jsonPath("$.figures[?(@.code == 'enterprises_inspected')].value")
				.value(org.hamcrest.Matchers.contains(187)))
			.andReturn().getResponse().getContentAsString();
		java.util.List<java.util.Map<String, Object>> contract = com.jayway.jsonpath.JsonPath.read(json, "$.figures");
		assertThat(contract).hasSizeGreaterThan(30);
		var byCode = new java.util.HashMap<>(figures.of(leader.tenantId(), 2024));
		byCode.putAll(mediationFigures.values(leader.tenantId(), 2024));
		byCode.putAll(legalFigures.values(leader.tenantId(), 2024));
		byCode.putAll(ledgerFigures.values(leader.tenantId(), 2024));
		var rows = java.util.regex.Pattern.compile("<tr[ >]");
		for (var figure : contract) {
			String code = (String) figure.get("code");
			assertThat(figure).containsKeys("module", "code", "label", "unit", "definition", "value", "drillDown");
			assertThat(((Number) figure.get("value")).longValue()).as(code).isEqualTo(byCode.get(code));
			assertThat((String) figure.get("definition")).as(code).isNotBlank().doesNotStartWith("figure.");
			String link = (String) figure.get("drillDown");
			long counted = ((Number) figure.get("counted")).longValue();
			if (link == null) {
				continue; // a figure with no list to open
			}
			// a sum counts its records, a rate the records of its whole, a number of persons or communities the
			// records they appear in
			if (java.util.Set.of("COUNT", "ENTITIES").contains(figure.get("unit"))) {
				assertThat(counted).as(code).isEqualTo(((Number) figure.get("value")).longValue());
			}
			// follow the link as the leader would, and count the rows the list shows
			String page = mvc.perform(get(java.net.URI.create(link)).with(user(leader))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).as(code).contains("id=\"figure-drill\"");
			var count = java.util.regex.Pattern.compile("class=\"small list-count\"[^>]*>共 (\\d+) ").matcher(page);
			long shown;
			if (count.find()) {
				shown = Long.parseLong(count.group(1));
			}
			else {
				String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
				shown = rows.matcher(table).results().count();
			}
			assertThat(shown).as(code + " " + link).isEqualTo(counted);
		}
		// a drill-down of another list, an unknown figure or a year out of range is the plain list
		mvc.perform(get("/enforcement/cases").param("figure", "inspections").param("figureYear", "2024")
			.with(user(leader))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"figure-drill\""))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"figure-not-shown\"")));
		mvc.perform(get("/enforcement/cases").with(user(leader)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"figure-not-shown\""))));
		mvc.perform(get("/enforcement/cases").param("figure", "penalties").param("figureYear", "99999")
			.with(user(leader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/figures").param("year", "1800").with(user(leader))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("2000")));
		// who may not read the whole subdistrict's records gets no figures
		mvc.perform(get("/api/v1/figures").param("year", "2024").with(user(accounts.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures").isEmpty());
	}
}
