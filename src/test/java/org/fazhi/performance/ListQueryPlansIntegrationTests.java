package org.fazhi.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.DatabaseUnderTest;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paged lists read their page from an index, not by sorting every row of the subdistrict: with 100,000 cases,
 * inspections, deadlines and disputes (and 20,000 of each ledger and legal record) in the demo subdistrict, PostgreSQL's own plan for each list's first page walks the list
 * index in the list's order and sorts nothing. H2 (the demo's database) has no such plan: it finds the subdistrict's
 * rows by an index, never by a table scan, which 10,000 rows show. The rows are made inside a transaction that is
 * rolled back, so no other test sees them.
 */
@FazhiIntegrationTest
class ListQueryPlansIntegrationTests {

	/** The lists of the busiest records, at a city's scale. */
	private static final Set<String> LARGEST = Set.of("penalty_case", "inspection", "deadline", "dispute", "hazard");

	/**
	 * The rows copied into a table: 100,000 of the busiest records on PostgreSQL; 20,000 of the others, whose offices
	 * keep hundreds a year (a sort of 20,000 rows is still a plan PostgreSQL would choose without the index).
	 */
	private static int rows(String table) {
		if (!DatabaseUnderTest.postgresql()) {
			return 10_000;
		}
		return LARGEST.contains(table) ? 100_000 : 20_000;
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	/** The shape of each list's first page, as the list issues it (the scope's tenant, the list's order). */
	record ListQuery(String table, String index, String sql) {
	}

	static final List<ListQuery> LISTS = List.of(
			new ListQuery("penalty_case", "ix_case_list",
					"select * from penalty_case where tenant_id = %d order by registered_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("penalty_case", "ix_case_list_decided",
					"select * from penalty_case where tenant_id = %d order by decided_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("inspection", "ix_inspection_list",
					"select * from inspection where tenant_id = %d order by planned_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("deadline", "ix_deadline_standing",
					"select * from deadline where tenant_id = %d and state > 'COMPLETED' order by state, due_date, id "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("deadline", "ix_deadline_standing",
					"select * from deadline where tenant_id = %d and state = 'OPEN' and due_date < date '2024-06-30' "
							+ "order by state, due_date, id offset 0 rows fetch first 20 rows only"),
			new ListQuery("dispute", "ix_dispute_list",
					"select * from dispute where tenant_id = %d order by received_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("dispute", "ix_dispute_state",
					"select * from dispute where tenant_id = %d and state = 'MEDIATING' order by received_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("contract_review", "ix_contract_list",
					"select * from contract_review where tenant_id = %d order by submitted_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("contract_review", "ix_contract_state",
					"select * from contract_review where tenant_id = %d and state = 'IN_REVIEW' "
							+ "order by submitted_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("legal_challenge", "ix_challenge_list",
					"select * from legal_challenge where tenant_id = %d order by received_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("legal_challenge", "ix_challenge_kind",
					"select * from legal_challenge where tenant_id = %d and kind = 'LITIGATION' "
							+ "order by received_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("procuratorial_suggestion", "ix_suggestion_list",
					"select * from procuratorial_suggestion where tenant_id = %d order by received_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("procuratorial_suggestion", "ix_suggestion_state",
					"select * from procuratorial_suggestion where tenant_id = %d and state = 'RECTIFYING' "
							+ "order by received_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("major_decision", "ix_decision_list",
					"select * from major_decision where tenant_id = %d order by catalogue_year desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_consultation", "ix_consultation_list",
					"select * from ledger_consultation where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_consultation", "ix_consultation_list",
					"select * from ledger_consultation where tenant_id = %d and occurred_on >= date '2022-01-01'"
							+ " and occurred_on < date '2023-01-01' order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_consultation", "ix_consultation_kind",
					"select * from ledger_consultation where tenant_id = %d and asker_kind = 'OTHER' "
							+ "order by occurred_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_lecture", "ix_lecture_list",
					"select * from ledger_lecture where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_publicity_event", "ix_publicity_list",
					"select * from ledger_publicity_event where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_publicity_event", "ix_publicity_kind",
					"select * from ledger_publicity_event where tenant_id = %d and place_kind = 'ONLINE' "
							+ "order by occurred_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_safety_place", "ix_safety_place_list",
					"select * from ledger_safety_place where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_safety_event", "ix_safety_event_list",
					"select * from ledger_safety_event where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_training", "ix_training_list",
					"select * from ledger_training where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_trained_person", "ix_trained_person_list",
					"select * from ledger_trained_person where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_trained_person", "ix_trained_person_kind",
					"select * from ledger_trained_person where tenant_id = %d and training_kind = 'OTHER' "
							+ "order by occurred_on desc, id desc offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_meeting", "ix_meeting_list",
					"select * from ledger_meeting where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_responsibility_letter", "ix_letter_list",
					"select * from ledger_responsibility_letter where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_meeting_action", "ix_meeting_action_list",
					"select * from ledger_meeting_action where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_study_session", "ix_study_session_list",
					"select * from ledger_study_session where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_exam_result", "ix_exam_result_list",
					"select * from ledger_exam_result where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_duty_report", "ix_duty_report_list",
					"select * from ledger_duty_report where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_legal_literate", "ix_legal_literate_list",
					"select * from ledger_legal_literate where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_legal_literate_activity", "ix_literate_activity_list",
					"select * from ledger_legal_literate_activity where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_publicity_duty", "ix_publicity_duty_list",
					"select * from ledger_publicity_duty where tenant_id = %d order by occurred_on desc, id desc "
							+ "offset 0 rows fetch first 20 rows only"),
			new ListQuery("ledger_safety_event", "ix_safety_event_kind",
					"select * from ledger_safety_event where tenant_id = %d and theme_kind = 'OTHER' "
							+ "order by occurred_on desc, id desc offset 0 rows fetch first 20 rows only"));

	@Test
	void eachListsFirstPageComesFromItsIndexAtAHundredThousandRows() {
		long tenant = ((FazhiUser) accounts.loadUserByUsername("leader")).tenantId();
		transactions.executeWithoutResult(status -> {
			for (String table : List.of("penalty_case", "inspection", "deadline", "dispute", "contract_review",
					"legal_challenge", "procuratorial_suggestion", "major_decision", "ledger_consultation", "ledger_lecture",
					"ledger_publicity_event", "ledger_safety_place", "ledger_safety_event", "ledger_training",
					"ledger_trained_person", "ledger_meeting", "ledger_responsibility_letter", "ledger_study_session",
					"ledger_exam_result", "ledger_duty_report", "ledger_legal_literate", "ledger_legal_literate_activity",
					"ledger_publicity_duty", "ledger_meeting_action")) {
				copyRows(table, tenant);
			}
			if (DatabaseUnderTest.postgresql()) {
				for (String ledger : List.of("ledger_consultation", "ledger_lecture", "ledger_publicity_event",
						"ledger_safety_place", "ledger_safety_event", "ledger_training", "ledger_trained_person",
						"ledger_meeting", "ledger_responsibility_letter", "ledger_study_session", "ledger_exam_result",
						"ledger_duty_report", "ledger_legal_literate", "ledger_legal_literate_activity",
						"ledger_publicity_duty", "ledger_meeting_action")) {
					jdbc.execute("analyze " + ledger);
				}
				jdbc.execute("analyze penalty_case");
				jdbc.execute("analyze inspection");
				jdbc.execute("analyze deadline");
				jdbc.execute("analyze dispute");
				jdbc.execute("analyze contract_review");
				jdbc.execute("analyze legal_challenge");
				jdbc.execute("analyze procuratorial_suggestion");
				jdbc.execute("analyze major_decision");
			}
			for (ListQuery list : LISTS) {
				String plan = plan(list.sql().formatted(tenant));
				if (DatabaseUnderTest.postgresql()) {
					// the page is read in the index's order: no sort node over the subdistrict's rows
					assertThat(plan).as(list.sql() + "\n" + plan).contains("Index Scan", list.index())
						.doesNotContain("Sort").doesNotContain("Seq Scan");
				}
				else {
					assertThat(plan.toLowerCase(Locale.ROOT)).as(list.sql() + "\n" + plan).contains("/* public.ix_")
						.doesNotContain("tablescan");
				}
			}
			status.setRollbackOnly();
		});
	}

	/**
	 * Past 1,000 rows a list is not counted on every page: the API says its total is a lower bound, the page says
	 * 超过 1000 件 with a link that counts exactly, and the exact count on request is the real one (cases,
	 * inspections, hazards).
	 */
	@Test
	void aLongListIsCountedOnlyAsFarAsAnyoneReadsAndExactlyOnRequest() {
		var leader = accounts.loadUserByUsername("leader");
		long tenant = ((FazhiUser) leader).tenantId();
		transactions.executeWithoutResult(status -> {
			copyRows("penalty_case", tenant);
			long all = jdbc.queryForObject("select count(*) from penalty_case where tenant_id = ?", Long.class, tenant);
			try {
				mvc.perform(get("/api/v1/enforcement/cases?size=20").with(user(leader)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.totalCapped").value(true))
					.andExpect(jsonPath("$.totalElements").value(1000))
					.andExpect(jsonPath("$.content.length()").value(20));
				mvc.perform(get("/api/v1/enforcement/cases?size=20&exact=true").with(user(leader)))
					.andExpect(jsonPath("$.totalCapped").value(false))
					.andExpect(jsonPath("$.totalElements").value(all));
				// a page past the cap still pages on: 60 pages in, the 61st is there
				mvc.perform(get("/api/v1/enforcement/cases?size=20&page=60").with(user(leader)))
					.andExpect(jsonPath("$.page").value(60))
					.andExpect(jsonPath("$.content.length()").value(20));
				String page = mvc.perform(get("/enforcement/cases?lang=zh-CN").with(user(leader)))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
				assertThat(page).contains("超过 1000 件案件").contains("id=\"exact-count\"");
				String exact = mvc.perform(get("/enforcement/cases?lang=zh-CN&exact=true").with(user(leader)))
					.andReturn().getResponse().getContentAsString();
				assertThat(exact).contains("共 " + all + " 件案件").doesNotContain("超过 1000");
				// the inspection and hazard lists likewise
				copyRows("inspection", tenant);
				copyRows("hazard", tenant);
				for (String[] list : new String[][] { { "/enforcement/inspections", "inspection", "次检查" },
						{ "/enforcement/hazards", "hazard", "处隐患" } }) {
					long rows = jdbc.queryForObject("select count(*) from " + list[1] + " where tenant_id = ?",
							Long.class, tenant);
					assertThat(mvc.perform(get(list[0] + "?lang=zh-CN").with(user(leader))).andReturn().getResponse()
						.getContentAsString()).as(list[0]).contains("超过 1000 " + list[2]).contains("id=\"exact-count\"");
					assertThat(mvc.perform(get(list[0] + "?lang=zh-CN&exact=true").with(user(leader))).andReturn()
						.getResponse().getContentAsString()).as(list[0]).contains("共 " + rows + " " + list[2]);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});
	}

	private String plan(String sql) {
		return jdbc.queryForList("explain " + sql, String.class).stream().collect(Collectors.joining("\n"));
	}

	/**
	 * rows(table) copies of the table's first row of the tenant, each on another day: every column that must have a value
	 * keeps the row's, the day columns the lists sort by are spread over five years.
	 */
	private void copyRows(String table, long tenant) {
		List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
				+ " where lower(table_name) = ? and lower(column_name) <> 'id'", String.class, table)
			.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
		String values = columns.stream().map(c -> switch (c) {
			case "registered_on", "planned_on", "due_date", "decided_on", "received_on", "submitted_on", "occurred_on" ->
				"dateadd('DAY', g.x % 1800, date '2020-01-01')";
			// a dispute's number is unique in its subdistrict
			case "dispute_no" -> "t.dispute_no || '-' || g.x";
			case "review_no" -> "t.review_no || '-' || g.x";
			case "challenge_no" -> "t.challenge_no || '-' || g.x";
			case "suggestion_no" -> "t.suggestion_no || '-' || g.x";
			case "document_no" -> "t.document_no || '-' || g.x";
			case "decision_no" -> "t.decision_no || '-' || g.x";
			default -> "t." + c;
		}).collect(Collectors.joining(", "));
		if (DatabaseUnderTest.postgresql()) {
			values = values.replace("dateadd('DAY', g.x % 1800, date '2020-01-01')", "date '2020-01-01' + (g.x % 1800)::int");
		}
		String series = DatabaseUnderTest.postgresql() ? "generate_series(1, " + rows(table) + ") as g(x)"
				: "system_range(1, " + rows(table) + ") as g(x)";
		int copied = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + values
				+ " from " + table + " t cross join " + series + " where t.id = (select min(id) from " + table
				+ " where tenant_id = " + tenant + ")");
		assertThat(copied).as(table).isEqualTo(rows(table));
	}
}
