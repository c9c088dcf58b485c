package org.fazhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.ledger.internal.figures.LedgerFigureBook;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledgers (台账): a form entry checked field by field, nothing written on a refusal; an import that is whole or
 * nothing, its problems named by row and column; a community worker's records kept from another community in list,
 * detail, API and export; the figures recomputed in SQL, and the demo's 2024 reading like the report. Each test keeps
 * records of its own, of 2025, told apart by a marker in their text.
 */
@FazhiIntegrationTest
class LedgerIntegrationTests {

	@Autowired
	LedgerWork work;

	@Autowired
	List<Ledger<?>> ledgers;

	@Autowired
	LedgerFigureBook figures;

	@Autowired
	MessageSource messages;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private Ledger<?> ledger(String kind) {
		return ledgers.stream().filter(l -> l.kind().equals(kind)).findFirst().orElseThrow();
	}

	private static String marker() {
		return "测试" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long count(String table, String column, String marker) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " like ?", Long.class,
				"%" + marker + "%");
	}

	private static Map<String, String> consultation(String marker, int n, String askerKind) {
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", LocalDate.of(2025, 1 + n % 12, 1 + n % 28).toString());
		row.put("askerKind", askerKind);
		row.put("channel", "电话");
		row.put("topicKind", "LABOUR");
		row.put("summary", marker + " 拖欠工资如何维权 " + n);
		return row;
	}

	@Test
	void aFormEntryIsCheckedFieldByFieldAndARefusalWritesNothing() throws Exception {
		var legal = account("legal");
		String marker = marker();
		long community = directory.activeCommunities(legal.tenantId()).get(0).id();
		// a day in the future: refused, the form shown again with what was typed, nothing written
		mvc.perform(post("/ledgers/consultations").with(user(legal)).with(csrf()).param("occurredOn", "2099-01-01")
			.param("communityId", String.valueOf(community)).param("askerKind", "RESIDENT").param("channel", "PHONE")
			.param("topicKind", "LABOUR").param("summary", marker + " 未来的日期"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能晚于今天")))
			.andExpect(content().string(containsString(marker + " 未来的日期")));
		// a choice that is not offered, a missing summary
		mvc.perform(post("/api/v1/ledgers/consultations").with(user(legal)).with(csrf()).param("occurredOn", "2025-03-04")
			.param("askerKind", "MARTIAN").param("channel", "PHONE").param("topicKind", "LABOUR")
			.param("summary", marker + " 不存在的选项"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("不在可选项中")));
		mvc.perform(post("/api/v1/ledgers/consultations").with(user(legal)).with(csrf()).param("occurredOn", "2025-03-04")
			.param("askerKind", "RESIDENT").param("channel", "PHONE").param("topicKind", "LABOUR"))
			.andExpect(status().is4xxClientError());
		assertThat(count("ledger_consultation", "summary", marker)).isZero();
		// right: written, with its audit entry, and shown on its page
		mvc.perform(post("/ledgers/consultations").with(user(legal)).with(csrf()).param("occurredOn", "2025-03-04")
			.param("communityId", String.valueOf(community)).param("askerKind", "RESIDENT").param("channel", "PHONE")
			.param("topicKind", "LABOUR").param("advisorId", String.valueOf(account("advisor").accountId()))
			.param("summary", marker + " 正确的登记"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/ledgers/consultations/*"));
		long id = jdbc.queryForObject("select id from ledger_consultation where summary like ?", Long.class,
				"%" + marker + "%");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'LEDGER_CONSULTATION'"
				+ " and record_id = ? and action = 'CREATE' and actor_id = ?", Long.class, String.valueOf(id),
				legal.accountId())).isEqualTo(1);
		mvc.perform(get("/ledgers/consultations/" + id).with(user(legal))).andExpect(status().isOk())
			.andExpect(content().string(containsString(marker + " 正确的登记")))
			.andExpect(content().string(containsString("居民")))
			.andExpect(content().string(containsString("徐正言")));
		// the lawyer it names reads it; the other lawyer does not
		mvc.perform(get("/api/v1/ledgers/consultations/" + id).with(user(account("advisor"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.values.askerKind").value("RESIDENT"));
		mvc.perform(get("/api/v1/ledgers/consultations/" + id).with(user(account("advisor2"))))
			.andExpect(status().isNotFound());
		// a role that does not keep the ledger may not enter one
		mvc.perform(post("/api/v1/ledgers/consultations").with(user(account("leader"))).with(csrf())
			.param("occurredOn", "2025-03-04").param("askerKind", "RESIDENT").param("channel", "PHONE")
			.param("topicKind", "LABOUR").param("summary", marker)).andExpect(status().isForbidden());
		mvc.perform(get("/ledgers/consultations").with(user(account("mediator")))).andExpect(status().isForbidden());
	}

	@Test
	void anImportIsWholeOrNothingAndNamesEachProblemByRowAndColumn() throws Exception {
		var legal = account("legal");
		long tenant = legal.tenantId();
		String marker = marker();
		var before = figures.values(tenant, 2025);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int n = 0; n < 30; n++) {
			rows.add(consultation(marker, n, n < 20 ? "居民" : "SMALL_MICRO_ENTERPRISE"));
		}
		rows.get(16).put("askerKind", "外星人");
		rows.get(24).put("occurredOn", "2025-13-40");
		var ledger = ledger("consultations");
		var sheet = new MockMultipartFile("file", "咨询.xlsx", null, LedgerWork.sheet(ledger, messages, rows));
		mvc.perform(multipart("/api/v1/ledgers/consultations/import").file(sheet).with(user(legal)).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.rows").value(0))
			.andExpect(jsonPath("$.problemCount").value(2))
			.andExpect(jsonPath("$.problems[0].row").value(18))
			.andExpect(jsonPath("$.problems[0].column").value("咨询对象"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("外星人")))
			.andExpect(jsonPath("$.problems[1].row").value(26))
			.andExpect(jsonPath("$.problems[1].column").value("日期"));
		assertThat(count("ledger_consultation", "summary", marker)).isZero();
		// the page says the same, in the person's words
		mvc.perform(multipart("/ledgers/consultations/import").file(sheet).with(user(legal)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何记录")))
			.andExpect(content().string(containsString("外星人")));
		assertThat(count("ledger_consultation", "summary", marker)).isZero();
		// corrected: every row written at once, one audit entry, the figures moved by exactly the rows
		rows.get(16).put("askerKind", "RESIDENT");
		rows.get(24).put("occurredOn", "2025/7/9");
		mvc.perform(multipart("/api/v1/ledgers/consultations/import")
			.file(new MockMultipartFile("file", "咨询.xlsx", null, LedgerWork.sheet(ledger, messages, rows)))
			.with(user(legal)).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(30));
		assertThat(count("ledger_consultation", "summary", marker)).isEqualTo(30);
		String importId = jdbc.queryForObject("select distinct import_id from ledger_consultation where summary like ?",
				String.class, "%" + marker + "%");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'LEDGER_CONSULTATION'"
				+ " and record_id = ?", Long.class, importId)).isEqualTo(1);
		var after = figures.values(tenant, 2025);
		assertThat(after.get("ledger_consultations") - before.get("ledger_consultations")).isEqualTo(30);
		assertThat(after.get("ledger_consultations_residents") - before.get("ledger_consultations_residents"))
			.isEqualTo(20);
		assertThat(after.get("ledger_consultations_enterprises") - before.get("ledger_consultations_enterprises"))
			.isEqualTo(10);
		// not a spreadsheet, a sheet without the template's columns
		mvc.perform(multipart("/api/v1/ledgers/consultations/import")
			.file(new MockMultipartFile("file", "x.xlsx", null, "not a sheet".getBytes())).with(user(legal)).with(csrf()))
			.andExpect(status().is4xxClientError());
		mvc.perform(multipart("/api/v1/ledgers/lectures/import")
			.file(new MockMultipartFile("file", "x.xlsx", null, LedgerWork.sheet(ledger, messages, rows)))
			.with(user(legal)).with(csrf()))
			.andExpect(status().is4xxClientError()).andExpect(content().string(containsString("讲座对象")));
	}

	@Test
	void theTemplateExplainsEveryColumnAndTheExportHoldsTheListedRows() throws Exception {
		var legal = account("legal");
		byte[] template = mvc.perform(get("/ledgers/publicity/template.xlsx").with(user(legal)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			var header = book.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("日期");
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			StringBuilder help = new StringBuilder();
			book.getSheetAt(1).forEach(r -> r.forEach(c -> help.append(c.getStringCellValue()).append('|')));
			assertThat(help.toString()).contains("宣传的法律", "宪法", "民法典");
		}
		byte[] export = mvc.perform(get("/ledgers/publicity/export.xlsx").with(user(legal)).param("year", "2024"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows() - 1).isEqualTo(jdbc.queryForObject(
					"select count(*) from ledger_publicity_event where tenant_id = ? and occurred_on >= ?"
							+ " and occurred_on < ?", Integer.class, legal.tenantId(), LocalDate.of(2024, 1, 1),
					LocalDate.of(2025, 1, 1)));
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'LEDGER_PUBLICITY'"
				+ " and action = 'EXPORT' and actor_id = ?", Long.class, legal.accountId())).isPositive();
	}

	@Test
	void aCommunityWorkerKeepsTheirOwnCommunitysRecordsOnly() throws Exception {
		var worker = account("worker");
		var worker2 = account("worker2");
		String marker = marker();
		String other = directory.activeCommunities(worker.tenantId()).stream()
			.filter(c -> c.id() != worker.communityId()).findFirst().orElseThrow().name();
		var ledger = ledger("safety-events");
		Map<String, String> row = new HashMap<>(Map.of("occurredOn", "2025-06-16", "themeKind", "安全生产月",
				"title", marker + " 安全生产月咨询日", "place", "社区广场", "participants", "120"));
		Map<String, String> elsewhere = new HashMap<>(row);
		elsewhere.put("community", other);
		elsewhere.put("title", marker + " 别的社区");
		// a row of another community is refused, naming it, and nothing of the sheet is written
		mvc.perform(multipart("/api/v1/ledgers/safety-events/import")
			.file(new MockMultipartFile("file", "s.xlsx", null, LedgerWork.sheet(ledger, messages, List.of(row, elsewhere))))
			.with(user(worker)).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.problems[0].message").value(containsString(other)));
		assertThat(count("ledger_safety_event", "title", marker)).isZero();
		mvc.perform(multipart("/api/v1/ledgers/safety-events/import")
			.file(new MockMultipartFile("file", "s.xlsx", null, LedgerWork.sheet(ledger, messages, List.of(row))))
			.with(user(worker)).with(csrf())).andExpect(status().isOk());
		long id = jdbc.queryForObject("select id from ledger_safety_event where title like ?", Long.class,
				"%" + marker + "%");
		assertThat(jdbc.queryForObject("select community_id from ledger_safety_event where id = ?", Long.class, id))
			.isEqualTo(worker.communityId());
		mvc.perform(get("/ledgers/safety-events/" + id).with(user(worker))).andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)));
		// another community's worker: not in the list, not found by id, not in the export
		mvc.perform(get("/ledgers/safety-events/" + id).with(user(worker2))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/ledgers/safety-events/" + id).with(user(worker2))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/ledgers/safety-events").param("year", "2025").param("size", "500")
			.with(user(worker2))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/ledgers/safety-events").param("year", "2025").with(user(worker2)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(marker))));
		byte[] export = mvc.perform(get("/api/v1/ledgers/safety-events/export").param("year", "2025")
			.with(user(worker2))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			StringBuilder all = new StringBuilder();
			book.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString())));
			assertThat(all.toString()).doesNotContain(marker);
		}
		// and may not attach files to it
		mvc.perform(multipart("/ledgers/safety-events/" + id + "/files")
			.file(new MockMultipartFile("file", "photo.png", null, new byte[] { 1 })).with(user(worker2)).with(csrf()))
			.andExpect(status().isNotFound());
		// the justice office reads every community's
		mvc.perform(get("/api/v1/ledgers/safety-events/" + id).with(user(account("legal")))).andExpect(status().isOk());
	}

	@Test
	void aRosterCountsPersonsNotSignInsAndTheirNameWithTheirUnit() throws Exception {
		var safety = account("safety");
		long tenant = safety.tenantId();
		String marker = marker();
		var before = figures.values(tenant, 2025);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String[] person : new String[][] { { "王测试", "东乐社区居委会" }, { "王测试", "东乐社区居委会" },
				{ "王测试", "金鹏社区居委会" }, { "李测试", "东乐社区居委会" } }) {
			rows.add(new HashMap<>(Map.of("occurredOn", "2025-05-20", "trainingKind", "应急第一响应人培训", "topic",
					marker + " 心肺复苏", "personName", person[0], "unit", person[1], "hours", "4")));
		}
		var result = work.importSheet(safety, ledger("trained-persons"),
				LedgerWork.sheet(ledger("trained-persons"), messages, rows));
		assertThat(result.written()).isTrue();
		var after = figures.values(tenant, 2025);
		// four sign-ins, three persons: the same name in another unit is another person
		assertThat(after.get("ledger_first_responders") - before.get("ledger_first_responders")).isEqualTo(3);
		assertThat(count("ledger_trained_person", "topic", marker)).isEqualTo(4);
		// the drill-down lists the sign-ins counted, and says how many
		mvc.perform(get("/api/v1/figures").param("year", "2025").with(user(account("leader"))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ledger_first_responders")));
	}

	@Test
	void theFiguresAreTheRecordsAndTheDemos2024ReadsLikeTheReport() throws Exception {
		var legal = account("legal");
		long tenant = legal.tenantId();
		for (int year : new int[] { 2023, 2024, 2025 }) {
			var values = figures.values(tenant, year);
			Object[] args = { tenant, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1) };
			String in = " where tenant_id = ? and occurred_on >= ? and occurred_on < ?";
			assertThat(values.get("ledger_consultations_residents")).isEqualTo(jdbc.queryForObject(
					"select count(*) from ledger_consultation" + in
							+ " and asker_kind in ('RESIDENTS_COMMITTEE', 'JOINT_STOCK_COMPANY', 'RESIDENT')",
					Long.class, args));
			assertThat(values.get("ledger_lecture_attendance")).isEqualTo(jdbc.queryForObject(
					"select coalesce(sum(attendance), 0) from ledger_lecture" + in, Long.class, args));
			assertThat(values.get("ledger_publicity_people")).isEqualTo(jdbc.queryForObject(
					"select coalesce(sum(people), 0) from ledger_publicity_event" + in, Long.class, args));
			assertThat(values.get("ledger_safety_boards")).isEqualTo(jdbc.queryForObject(
					"select count(*) from ledger_safety_place" + in + " and place_kind = 'SAFETY_BOARD'", Long.class,
					args));
		}
		var y2024 = figures.values(tenant, 2024);
		assertThat(y2024).containsEntry("ledger_consultations", 430L)
			.containsEntry("ledger_consultations_residents", 410L)
			.containsEntry("ledger_consultations_enterprises", 20L)
			.containsEntry("ledger_lectures", 6L)
			.containsEntry("ledger_publicity_events", 25L)
			.containsEntry("ledger_publicity_events_with_departments", 25L)
			.containsEntry("ledger_publicity_materials", 1_086L)
			.containsEntry("ledger_publicity_people", 20_460L)
			.containsEntry("ledger_safety_boards", 17L)
			.containsEntry("ledger_safety_education_sites", 2L)
			.containsEntry("ledger_safety_events", 90L);
		assertThat(y2024).containsEntry("ledger_trainings_enforcement", 32L)
			.containsEntry("ledger_trainings_legal_literate", 6L)
			.containsEntry("ledger_first_responders", 393L)
			.containsEntry("ledger_meetings_rule_of_law_work", 1L)
			.containsEntry("ledger_meetings_committee", 12L)
			.containsEntry("ledger_letters_communities", 9L);
		// the first responders are distinct persons: 430 sign-ins of 393 people
		assertThat(jdbc.queryForObject("select count(*) from ledger_trained_person where tenant_id = ? and"
				+ " training_kind = 'FIRST_RESPONDER' and occurred_on >= ? and occurred_on < ?", Long.class, tenant,
				LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo(430);
		assertThat(jdbc.queryForObject("select count(*) from (select distinct person_name, unit from"
				+ " ledger_trained_person where tenant_id = ? and training_kind = 'FIRST_RESPONDER' and occurred_on >= ?"
				+ " and occurred_on < ?) d", Long.class, tenant, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
			.isEqualTo(393);
		// the communities that signed are distinct communities: 27 letters with 9
		assertThat(jdbc.queryForObject("select count(distinct community_id) from ledger_responsibility_letter"
				+ " where tenant_id = ? and party_kind = 'COMMUNITY' and occurred_on >= ? and occurred_on < ?",
				Long.class, tenant, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo(9);
		assertThat(figures.values(tenant, 2023)).containsEntry("ledger_consultations_residents", 380L)
			.containsEntry("ledger_first_responders", 350L)
			.containsEntry("ledger_safety_boards", 12L);
		// the drill-down lists exactly the records counted
		mvc.perform(get("/ledgers/safety-places").with(user(legal)).param("figure", "ledger_safety_boards")
			.param("figureYear", "2024")).andExpect(status().isOk())
			.andExpect(content().string(containsString("共 17 条记录")))
			.andExpect(content().string(not(containsString("应急科普宣教场所"))));
		// the figures API serves them with the other modules'
		mvc.perform(get("/api/v1/figures").param("year", "2024").with(user(account("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ledger_safety_events")));
	}

	/**
	 * 法律明白人's figures per community: each community's part is the count of its records of the year, the parts add
	 * up to the figure, each part opens the list of exactly its records; a community worker, who does not read the
	 * figures, gets none.
	 */
	@Test
	void aLedgersFiguresAreSplitByCommunityAndEachPartListsItsRecords() throws Exception {
		var leader = account("leader");
		long tenant = leader.tenantId();
		String json = mvc.perform(get("/api/v1/ledgers/legal-literate-activities/figures/communities")
			.param("year", "2024").with(user(leader)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2024))
			.andReturn().getResponse().getContentAsString();
		String figure = "ledger_legal_literate_activities";
		List<Number> total = com.jayway.jsonpath.JsonPath.read(json, "$.figures[?(@.code == '" + figure + "')].total");
		assertThat(total).hasSize(1);
		assertThat(total.get(0).longValue()).isEqualTo(figures.values(tenant, 2024).get(figure)).isPositive();
		List<Map<String, Object>> parts = com.jayway.jsonpath.JsonPath.read(json,
				"$.figures[?(@.code == '" + figure + "')].communities[*]");
		long ofTheOffice = jdbc.queryForObject("select count(*) from ledger_legal_literate_activity where tenant_id = ?"
				+ " and community_id is null and occurred_on >= ? and occurred_on < ?", Long.class, tenant,
				LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
		// every active community, and the office's own records when there are any
		assertThat(parts).hasSize(directory.activeCommunities(tenant).size() + (ofTheOffice > 0 ? 1 : 0));
		long sum = 0;
		int opened = 0;
		for (var part : parts) {
			long value = ((Number) part.get("value")).longValue();
			sum += value;
			Number community = (Number) part.get("communityId");
			String where = community == null ? " and community_id is null" : " and community_id = " + community;
			assertThat(value).as("community " + community).isEqualTo(jdbc.queryForObject(
					"select count(*) from ledger_legal_literate_activity where tenant_id = ? and occurred_on >= ?"
							+ " and occurred_on < ?" + where, Long.class, tenant, LocalDate.of(2024, 1, 1),
					LocalDate.of(2025, 1, 1)));
			if (community != null && value > 0 && opened++ < 2) {
				mvc.perform(get((String) part.get("drillDown")).with(user(leader))).andExpect(status().isOk())
					.andExpect(content().string(containsString("共 " + value + " 条记录")));
			}
		}
		assertThat(opened).isPositive();
		assertThat(sum).isEqualTo(total.get(0).longValue());
		// the list page shows the same table; a community worker gets no figures, on the page or by the API
		mvc.perform(get("/ledgers/legal-literate-activities").param("year", "2024").with(user(leader)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"ledger-community-figures\"")))
			.andExpect(content().string(containsString("2024年各社区统计")));
		mvc.perform(get("/api/v1/ledgers/legal-literate-activities/figures/communities").param("year", "2024")
			.with(user(account("worker")))).andExpect(status().isOk()).andExpect(jsonPath("$.figures.length()").value(0));
		mvc.perform(get("/ledgers/legal-literate-activities").param("year", "2024").with(user(account("worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"ledger-community-figures\""))));
		// a year that is no year
		mvc.perform(get("/api/v1/ledgers/legal-literate-activities/figures/communities").param("year", "1850")
			.with(user(leader))).andExpect(status().isBadRequest());
	}

	@Test
	void theExamsAndTheDutyReportsListWhoHasNoRecordOfTheYear() throws Exception {
		var legal = account("legal");
		long tenant = legal.tenantId();
		// the demo's 2024: every state functionary sat the exam and was excellent, every leader reported
		var y2024 = figures.values(tenant, 2024);
		assertThat(y2024.get("ledger_exam_takers")).isPositive().isEqualTo(y2024.get("ledger_exam_excellent"));
		assertThat(y2024.get("ledger_duty_reports")).isPositive().isEqualTo(y2024.get("ledger_duty_reports_complete"))
			.isEqualTo(jdbc.queryForObject("select count(distinct leader_id) from ledger_duty_report where tenant_id = ?"
					+ " and duty_year = 2024", Long.class, tenant));
		assertThat(figures.values(tenant, 2023).get("ledger_exam_excellent"))
			.isEqualTo(figures.values(tenant, 2023).get("ledger_exam_takers") - 2);
		// (staff accounts other tests create later have no result: only the demo's staff are asked about)
		List<Long> demoStaff = java.util.stream.Stream.of("legal", "officer", "leader", "director", "reviewer", "admin",
				"auditor", "safety").map(u -> account(u).accountId()).toList();
		for (String kind : List.of("exams", "duty-reports")) {
			String gaps = mvc.perform(get("/api/v1/ledgers/" + kind + "/gaps").param("year", "2024").with(user(legal)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<Number> missing = com.jayway.jsonpath.JsonPath.read(gaps, "$.missing[*].accountId");
			assertThat(missing.stream().map(Number::longValue).toList()).as(kind).doesNotContainAnyElementsOf(demoStaff);
		}
		// the exams concern the office as a whole: no community to filter, show or enter; the consultations do
		mvc.perform(get("/ledgers/exams").with(user(legal))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"f-community\""))))
			.andExpect(content().string(not(containsString("id=\"l-communityId\""))));
		mvc.perform(get("/ledgers/consultations").with(user(legal))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"f-community\"")));
		// a ledger that does not know who should have a record has no gaps
		mvc.perform(get("/api/v1/ledgers/lectures/gaps").with(user(legal))).andExpect(status().isNotFound());

		// 2025 holds no demo result: the officer is missing until their result is imported by name
		var officer = account("officer");
		String name = directory.staffMember(tenant, officer.accountId()).orElseThrow().fullName();
		mvc.perform(get("/api/v1/ledgers/exams/gaps").param("year", "2025").with(user(legal)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(name)));
		var before = figures.values(tenant, 2025);
		String marker = marker();
		Map<String, String> unknown = new HashMap<>(Map.of("occurredOn", "2025-10-20", "sitting", "年度考试",
				"examinee", "查无此人" + marker, "unit", marker, "score", "95"));
		var refused = work.importSheet(legal, ledger("exams"), LedgerWork.sheet(ledger("exams"), messages,
				List.of(unknown)));
		assertThat(refused.written()).isFalse();
		assertThat(refused.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.columnKey()).isEqualTo("ledger.field.examinee");
		});
		// 89 is below the excellence threshold of 90; 90 reaches it
		Map<String, String> below = new HashMap<>(Map.of("occurredOn", "2025-10-20", "sitting", "年度考试", "examinee",
				name, "unit", marker, "score", "89"));
		Map<String, String> reaches = new HashMap<>(Map.of("occurredOn", "2025-10-21", "sitting", "ANNUAL",
				"examinee", account("reviewer").fullName(), "unit", marker, "score", "90"));
		assertThat(work.importSheet(legal, ledger("exams"), LedgerWork.sheet(ledger("exams"), messages,
				List.of(below, reaches))).written()).isTrue();
		var after = figures.values(tenant, 2025);
		assertThat(after.get("ledger_exam_takers") - before.get("ledger_exam_takers")).isEqualTo(2);
		assertThat(after.get("ledger_exam_excellent") - before.get("ledger_exam_excellent")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(distinct account_id) from ledger_exam_result where tenant_id = ?"
				+ " and score >= 90 and occurred_on >= ? and occurred_on < ?", Long.class, tenant,
				LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(after.get("ledger_exam_excellent"));
		mvc.perform(get("/api/v1/ledgers/exams/gaps").param("year", "2025").with(user(legal)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
		// the list page shows who is still missing, in both languages
		mvc.perform(get("/ledgers/exams").param("year", "2025").with(user(legal))).andExpect(status().isOk())
			.andExpect(content().string(containsString("2025年应参加考试但尚无成绩的人员")))
			.andExpect(content().string(not(containsString("list-inline-item\">" + name + "（"))));

		// a leader's report on 2025, entered by form: the leader leaves the list of those without one
		var leader = account("leader");
		mvc.perform(get("/api/v1/ledgers/duty-reports/gaps").param("year", "2025").with(user(leader)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(leader.fullName())));
		mvc.perform(post("/api/v1/ledgers/duty-reports").with(csrf()).with(user(legal)).param("occurredOn", "2025-12-22")
			.param("leader", String.valueOf(leader.accountId())).param("dutyYear", "2025").param("coversDuties", "YES")
			.param("coversStudy", "NO").param("reportSummary", marker)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/ledgers/duty-reports/gaps").param("year", "2025").with(user(leader)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(leader.fullName()))));
		mvc.perform(get("/ledgers/duty-reports").param("year", "2025").param("lang", "en")
			.with(user(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Leaders without a report on 2025")));
	}

	@Test
	void theEnforcementOfficersWhoseTrainingHoursMeetTheYearlyRequirementAreCounted() throws Exception {
		var legal = account("legal");
		long tenant = legal.tenantId();
		String reaching = "select count(*) from (select person_name, unit from ledger_trained_person where tenant_id = ?"
				+ " and training_kind = 'ENFORCEMENT' and occurred_on >= ? and occurred_on < ? group by person_name, unit"
				+ " having sum(hours) >= 60) r";
		// the demo's 2024: all officers but one reach 60 hours
		var y2024 = figures.values(tenant, 2024);
		assertThat(y2024.get("ledger_enforcement_officers_hours_met"))
			.isEqualTo(y2024.get("ledger_enforcement_officers_trained") - 1)
			.isEqualTo(jdbc.queryForObject(reaching, Long.class, tenant, LocalDate.of(2024, 1, 1),
					LocalDate.of(2025, 1, 1)));
		// 2025: one person reaches 60 in three sessions, another stays at 59
		String marker = marker();
		var before = figures.values(tenant, 2025);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String[] signIn : new String[][] { { "赵达标", "20" }, { "赵达标", "20" }, { "赵达标", "20" },
				{ "钱差一", "20" }, { "钱差一", "20" }, { "钱差一", "19" } }) {
			rows.add(new HashMap<>(Map.of("occurredOn", "2025-06-10", "trainingKind", "ENFORCEMENT", "topic",
					marker + " 执法程序", "personName", signIn[0], "unit", marker, "hours", signIn[1])));
		}
		assertThat(work.importSheet(legal, ledger("trained-persons"),
				LedgerWork.sheet(ledger("trained-persons"), messages, rows)).written()).isTrue();
		var after = figures.values(tenant, 2025);
		assertThat(after.get("ledger_enforcement_officers_trained") - before.get("ledger_enforcement_officers_trained"))
			.isEqualTo(2);
		assertThat(after.get("ledger_enforcement_officers_hours_met") - before.get("ledger_enforcement_officers_hours_met"))
			.isEqualTo(1);
		assertThat(after.get("ledger_enforcement_officers_hours_met")).isEqualTo(jdbc.queryForObject(reaching,
				Long.class, tenant, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
		// the drill-down lists the sign-ins of those who reach it: 赵达标's, not 钱差一's
		mvc.perform(get("/ledgers/trained-persons").with(user(legal))
			.param("figure", "ledger_enforcement_officers_hours_met").param("figureYear", "2025"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("赵达标")))
			.andExpect(content().string(not(containsString("钱差一"))));
	}

	@Test
	void aMeetingNamesTheDisputesItAnalysedAndOnlyDisputesThatExist() throws Exception {
		var legal = account("legal");
		String disputeNo = jdbc.queryForObject("select min(dispute_no) from dispute where tenant_id = ?", String.class,
				legal.tenantId());
		String marker = marker();
		mvc.perform(post("/api/v1/ledgers/meetings").with(csrf()).with(user(legal)).param("occurredOn", "2025-03-12")
			.param("meetingKind", "PETITION_JOINT").param("subject", marker + " 信访工作联席会议").param("chair", "测试")
			.param("attendance", "12").param("agenda", "MEDIATION").param("disputes", disputeNo))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.values.disputes").value(disputeNo));
		// a number that is no dispute: refused by form, and by sheet with its row and column, nothing written
		mvc.perform(post("/api/v1/ledgers/meetings").with(csrf()).with(user(legal)).param("occurredOn", "2025-03-13")
			.param("meetingKind", "PETITION_JOINT").param("subject", marker + " 无此纠纷").param("chair", "测试")
			.param("attendance", "12").param("agenda", "MEDIATION").param("disputes", disputeNo + "、无此编号-1"))
			.andExpect(status().is4xxClientError()).andExpect(content().string(containsString("无此编号-1")));
		Map<String, String> row = new HashMap<>(Map.of("occurredOn", "2025-03-14", "meetingKind", "PETITION_JOINT",
				"subject", marker + " 导入", "chair", "测试", "attendance", "10", "agenda", "人民调解", "disputes",
				"无此编号-2"));
		var result = work.importSheet(legal, ledger("meetings"), LedgerWork.sheet(ledger("meetings"), messages,
				List.of(row)));
		assertThat(result.written()).isFalse();
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.columnKey()).isEqualTo("ledger.field.disputes");
		});
		assertThat(count("ledger_meeting", "subject", marker)).isEqualTo(1);
	}

	@Test
	void aMeetingsDecisionIsItsOwnersDeadlineAndTheOwnerReportsItDone() throws Exception {
		var legal = account("legal");
		var officer = account("officer");
		var other = account("officer2");
		String marker = marker();
		var created = mvc.perform(post("/api/v1/ledgers/meeting-actions").with(csrf()).with(user(legal))
			.param("occurredOn", "2025-09-20").param("agendaTopic", "RULE_OF_LAW")
			.param("meetingSubject", marker + " 依法治街委员会会议").param("item", marker + " 梳理执法事项清单")
			.param("ownerId", String.valueOf(officer.accountId())).param("days", "10"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		// the owner's deadline: ten days from the meeting, 2025-09-30, under the office's rule
		var deadline = jdbc.queryForMap("select rule_code, due_date, responsible_account_id, state from deadline"
				+ " where record_type = 'LEDGER_MEETING_ACTION' and record_id = ?", String.valueOf(id));
		assertThat(deadline.get("rule_code")).isEqualTo(org.fazhi.deadlines.StatutoryRule.MEETING_ACTION_ITEM.name());
		assertThat(deadline.get("due_date").toString()).isEqualTo("2025-09-30");
		assertThat(((Number) deadline.get("responsible_account_id")).longValue()).isEqualTo(officer.accountId());
		// the owner reads it; another officer neither reads it nor reports it done
		mvc.perform(get("/api/v1/ledgers/meeting-actions/" + id).with(user(officer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/ledgers/meeting-actions/" + id).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/ledgers/meeting-actions/" + id + "/done").with(csrf()).with(user(other))
			.param("on", "2025-09-25")).andExpect(status().isNotFound());
		// the owner reports it done: the deadline is completed, once
		mvc.perform(get("/ledgers/meeting-actions/" + id).with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-done\"")));
		mvc.perform(post("/api/v1/ledgers/meeting-actions/" + id + "/done").with(csrf()).with(user(officer))
			.param("on", "2025-09-25")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
		mvc.perform(post("/api/v1/ledgers/meeting-actions/" + id + "/done").with(csrf()).with(user(officer))
			.param("on", "2025-09-26")).andExpect(status().is4xxClientError());
		mvc.perform(get("/ledgers/meeting-actions/" + id).with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已于2025年9月25日办结")))
			.andExpect(content().string(not(containsString("id=\"action-done\""))));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'DEADLINE' and detail like ?",
				Long.class, "completed on 2025-09-25%")).isPositive();
		// a decision without days is refused, nothing written and no deadline
		mvc.perform(post("/api/v1/ledgers/meeting-actions").with(csrf()).with(user(legal))
			.param("occurredOn", "2025-09-20").param("agendaTopic", "RULE_OF_LAW")
			.param("meetingSubject", marker + " 会议").param("item", marker + " 无期限")
			.param("ownerId", String.valueOf(officer.accountId())).param("days", "0"))
			.andExpect(status().is4xxClientError());
		assertThat(count("ledger_meeting_action", "item", marker)).isEqualTo(1);
	}

	/** What a probe of the running platform found: each is refused with its reason, nothing written, no error page. */
	@Test
	void badFiltersImplausibleRecordsAndRepeatedResultsAreRefused() throws Exception {
		var legal = account("legal");
		// a filter that is no filter: the list, unfiltered, says why; the export and the API refuse it
		for (String query : List.of("year=abc", "year=1999", "communityId=abc", "filterKind=NOPE", "year=2024.0")) {
			String[] pair = query.split("=");
			mvc.perform(get("/ledgers/exams").param(pair[0], pair[1]).with(user(legal))).andExpect(status().isOk())
				.andExpect(content().string(containsString("alert-danger")));
			mvc.perform(get("/ledgers/exams/export.xlsx").param(pair[0], pair[1]).with(user(legal)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(get("/api/v1/ledgers/exams/gaps").param("year", "1999").with(user(legal)))
			.andExpect(status().isBadRequest());
		String marker = marker();
		var reviewer = account("reviewer2");
		// one result of a sitting a year: a second is refused, by form and within one sheet
		mvc.perform(post("/api/v1/ledgers/exams").with(csrf()).with(user(legal)).param("occurredOn", "2025-11-03")
			.param("sitting", "ANNUAL").param("examinee", String.valueOf(reviewer.accountId())).param("unit", marker)
			.param("score", "93")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/ledgers/exams").with(csrf()).with(user(legal)).param("occurredOn", "2025-11-04")
			.param("sitting", "ANNUAL").param("examinee", String.valueOf(reviewer.accountId())).param("unit", marker)
			.param("score", "0")).andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("2025")));
		var officer3 = account("officer3");
		var twice = work.importSheet(legal, ledger("exams"), LedgerWork.sheet(ledger("exams"), messages, List.of(
				new HashMap<>(Map.of("occurredOn", "2025-11-03", "sitting", "年度考试", "examinee", officer3.fullName(),
						"unit", marker, "score", "91")),
				new HashMap<>(Map.of("occurredOn", "2025-11-05", "sitting", "年度考试", "examinee", officer3.fullName(),
						"unit", marker, "score", "99")))));
		assertThat(twice.written()).isFalse();
		assertThat(twice.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
		// an outside lawyer does not sit the state functionaries' exam
		mvc.perform(post("/api/v1/ledgers/exams").with(csrf()).with(user(legal)).param("occurredOn", "2025-11-03")
			.param("sitting", "ANNUAL").param("examinee", String.valueOf(account("advisor").accountId()))
			.param("unit", marker).param("score", "95")).andExpect(status().is4xxClientError());
		assertThat(count("ledger_exam_result", "unit", marker)).isEqualTo(1);
		// a report on a year not yet begun, or on no real year, or a second one on the same year
		var leader = account("leader");
		for (String year : List.of("2026", "1", "2099")) {
			mvc.perform(post("/api/v1/ledgers/duty-reports").with(csrf()).with(user(legal))
				.param("occurredOn", "2025-12-20").param("leader", String.valueOf(leader.accountId()))
				.param("dutyYear", year).param("coversDuties", "YES").param("coversStudy", "YES")
				.param("reportSummary", marker)).andExpect(status().is4xxClientError());
		}
		mvc.perform(post("/api/v1/ledgers/duty-reports").with(csrf()).with(user(legal)).param("occurredOn", "2025-01-10")
			.param("leader", String.valueOf(leader.accountId())).param("dutyYear", "2024").param("coversDuties", "YES")
			.param("coversStudy", "YES").param("reportSummary", marker)).andExpect(status().is4xxClientError());
		assertThat(count("ledger_duty_report", "report_summary", marker)).isZero();
		// a person is on a community's roster once, and an activity is one of a person on the roster
		var worker = account("worker");
		String onRoster = jdbc.queryForObject("select min(person_name) from ledger_legal_literate where community_id = ?",
				String.class, worker.communityId());
		mvc.perform(post("/api/v1/ledgers/legal-literates").with(csrf()).with(user(worker)).param("occurredOn", "2025-04-01")
			.param("personName", onRoster).param("background", "VOLUNTEER").param("occupation", marker))
			.andExpect(status().is4xxClientError()).andExpect(content().string(containsString(onRoster)));
		mvc.perform(post("/api/v1/ledgers/legal-literate-activities").with(csrf()).with(user(worker))
			.param("occurredOn", "2025-04-01").param("personName", "名册外" + marker.substring(2))
			.param("activityKind", "PUBLICITY").param("description", marker).param("people", "30"))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/api/v1/ledgers/legal-literate-activities").with(csrf()).with(user(worker))
			.param("occurredOn", "2025-04-01").param("personName", onRoster).param("activityKind", "PUBLICITY")
			.param("description", marker).param("people", "30")).andExpect(status().isCreated());
		assertThat(count("ledger_legal_literate_activity", "description", marker)).isEqualTo(1);
		// a drill-down of a figure of persons says how many persons its records are
		mvc.perform(get("/ledgers/trained-persons").with(user(legal)).param("figure", "ledger_first_responders")
			.param("figureYear", "2024")).andExpect(status().isOk())
			.andExpect(content().string(containsString("该指标为 393 人")));
		// a day that is no day is refused, not moved to the end of the month
		mvc.perform(post("/api/v1/ledgers/studies").with(csrf()).with(user(legal)).param("occurredOn", "2025-02-30")
			.param("studyBody", "CENTRAL_GROUP").param("topic", marker).param("attendance", "9"))
			.andExpect(status().is4xxClientError()).andExpect(content().string(containsString("2025-02-30")));
		assertThat(count("ledger_study_session", "topic", marker)).isZero();
	}

	@Test
	void aRecordIsCorrectedWithItsOldValuesInTheAuditTrailAndOnlyFromTheVersionRead() throws Exception {
		var worker = account("worker");
		String marker = marker();
		var created = mvc.perform(post("/api/v1/ledgers/publicity").with(csrf()).with(user(worker))
			.param("occurredOn", "2025-05-06").param("placeKind", "COMMUNITY").param("theme", marker + " 民法典宣传")
			.param("laws", "CIVIL_CODE").param("place", "东乐社区广场").param("materials", "40").param("people", "200"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0)).andReturn().getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		mvc.perform(get("/ledgers/publicity/" + id + "/correct").with(user(worker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ledger-correct\"")))
			.andExpect(content().string(containsString(marker + " 民法典宣传")));
		// corrected from the version read: the new values, the old ones in the audit trail
		mvc.perform(post("/api/v1/ledgers/publicity/" + id).with(csrf()).with(user(worker)).param("version", "0")
			.param("occurredOn", "2025-05-06").param("placeKind", "COMMUNITY").param("theme", marker + " 宪法宣传")
			.param("laws", "CONSTITUTION").param("place", "东乐社区广场").param("materials", "40").param("people", "260"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.values.people").value(260));
		String detail = jdbc.queryForObject("select detail from audit_entry where record_type = 'LEDGER_PUBLICITY'"
				+ " and record_id = ? and action = 'UPDATE'", String.class, String.valueOf(id));
		assertThat(detail).contains("theme " + marker + " 民法典宣传 -> " + marker + " 宪法宣传", "people 200 -> 260",
				"laws CIVIL_CODE -> CONSTITUTION");
		// a correction from the old version is refused: someone corrected it meanwhile
		mvc.perform(post("/api/v1/ledgers/publicity/" + id).with(csrf()).with(user(worker)).param("version", "0")
			.param("occurredOn", "2025-05-06").param("placeKind", "COMMUNITY").param("theme", marker + " 覆盖")
			.param("place", "东乐社区广场").param("materials", "1").param("people", "1"))
			.andExpect(status().is4xxClientError());
		// another community's worker cannot find it; the record does not move to another community
		mvc.perform(post("/api/v1/ledgers/publicity/" + id).with(csrf()).with(user(account("worker2")))
			.param("version", "1").param("occurredOn", "2025-05-06").param("placeKind", "COMMUNITY")
			.param("theme", marker + " 越权").param("place", "金鹏").param("materials", "1").param("people", "1"))
			.andExpect(status().isNotFound());
		long other = directory.activeCommunities(worker.tenantId()).stream()
			.filter(c -> c.id() != worker.communityId()).findFirst().orElseThrow().id();
		mvc.perform(post("/api/v1/ledgers/publicity/" + id).with(csrf()).with(user(worker)).param("version", "1")
			.param("occurredOn", "2025-05-06").param("communityId", String.valueOf(other)).param("placeKind", "COMMUNITY")
			.param("theme", marker + " 换社区").param("place", "东乐社区广场").param("materials", "40").param("people", "260"))
			.andExpect(status().is4xxClientError());
		assertThat(jdbc.queryForObject("select theme from ledger_publicity_event where id = ?", String.class, id))
			.isEqualTo(marker + " 宪法宣传");
		// an exam result corrected is not a second result of its person; a meeting decision is not corrected
		var legal = account("legal");
		var officer4 = account("officer4");
		var exam = mvc.perform(post("/api/v1/ledgers/exams").with(csrf()).with(user(legal)).param("occurredOn", "2025-11-10")
			.param("sitting", "ANNUAL").param("examinee", String.valueOf(officer4.accountId())).param("unit", marker)
			.param("score", "88")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long examId = ((Number) com.jayway.jsonpath.JsonPath.read(exam, "$.id")).longValue();
		mvc.perform(post("/api/v1/ledgers/exams/" + examId).with(csrf()).with(user(legal)).param("version", "0")
			.param("occurredOn", "2025-11-10").param("sitting", "ANNUAL")
			.param("examinee", String.valueOf(officer4.accountId())).param("unit", marker).param("score", "98"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.values.score").value(98));
		Long decision = jdbc.queryForObject("select min(id) from ledger_meeting_action", Long.class);
		mvc.perform(get("/ledgers/meeting-actions/" + decision + "/correct").with(user(legal)))
			.andExpect(status().isNotFound());
	}

	/** The entities of a community by credit code, and the codes of the commitment letters in force on the day, in SQL. */
	private Map<String, Long> entitiesOf(long tenant, long community) {
		Map<String, Long> entities = new java.util.TreeMap<>();
		jdbc.query("select credit_code, id from regulated_entity where tenant_id = ? and community_id = ? and active = true",
				(org.springframework.jdbc.core.RowCallbackHandler) r -> entities.put(r.getString(1), r.getLong(2)),
				tenant, community);
		return entities;
	}

	private java.util.Set<String> inForce(long tenant, long community, LocalDate on) {
		java.util.Set<String> codes = new java.util.TreeSet<>();
		jdbc.query("select entity_code, occurred_on, term_years from ledger_responsibility_letter where tenant_id = ?"
				+ " and community_id = ? and party_kind in ('GRID_ENTERPRISE', 'SMALL_VENUE')",
				(org.springframework.jdbc.core.RowCallbackHandler) r -> {
					LocalDate signed = r.getDate(2).toLocalDate();
					if (!signed.isAfter(on) && signed.plusYears(r.getInt(3)).isAfter(on)) {
						codes.add(r.getString(1).toUpperCase(java.util.Locale.ROOT));
					}
				}, tenant, community);
		return codes;
	}

	@Test
	void aCommitmentLetterNamesAnEntityOfTheRegisterAndTheCoverageOfEachCommunityIsCounted() throws Exception {
		var worker = account("worker");
		var legal = account("legal");
		long tenant = worker.tenantId();
		long own = worker.communityId();
		long other = account("worker2").communityId();
		String otherName = directory.activeCommunities(tenant).stream().filter(c -> c.id() == other).findFirst()
			.orElseThrow().name();
		String ownName = directory.activeCommunities(tenant).stream().filter(c -> c.id() == own).findFirst()
			.orElseThrow().name();
		String otherCode = entitiesOf(tenant, other).keySet().iterator().next();
		String otherEntity = jdbc.queryForObject("select name from regulated_entity where credit_code = ?", String.class,
				otherCode);
		String marker = marker();
		// on the last day of 2024: every active entity of the worker's community, those with a letter in force
		LocalDate on = LocalDate.of(2024, 12, 31);
		var entities = entitiesOf(tenant, own);
		var covered = inForce(tenant, own, on);
		var uncovered = entities.keySet().stream().filter(c -> !covered.contains(c)).toList();
		assertThat(uncovered).as("the demo leaves some entities without a letter").isNotEmpty();
		String json = mvc.perform(get("/api/v1/ledgers/letters/coverage").param("on", "2024-12-31").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.on").value("2024-12-31"))
			// a community worker sees their own community's register only
			.andExpect(jsonPath("$.communities.length()").value(1))
			.andExpect(jsonPath("$.communities[0].communityId").value(own))
			.andExpect(jsonPath("$.communities[0].registered").value(entities.size()))
			.andExpect(jsonPath("$.communities[0].covered").value(entities.size() - uncovered.size()))
			.andExpect(jsonPath("$.communities[0].percent")
				.value((int) ((entities.size() - uncovered.size()) * 100L / entities.size())))
			.andReturn().getResponse().getContentAsString();
		List<String> listed = com.jayway.jsonpath.JsonPath.read(json, "$.communities[0].uncovered[*].code");
		assertThat(listed).containsExactlyInAnyOrderElementsOf(uncovered);
		// the justice office sees every community with entities, each counted alike
		String all = mvc.perform(get("/api/v1/ledgers/letters/coverage?on=2024-12-31").with(user(legal)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> communities = com.jayway.jsonpath.JsonPath.read(all, "$.communities[*].communityId");
		assertThat(communities.stream().map(Number::longValue).toList()).contains(own, other);
		for (Number c : communities) {
			long id = c.longValue();
			List<Number> registered = com.jayway.jsonpath.JsonPath.read(all,
					"$.communities[?(@.communityId == " + id + ")].registered");
			List<Number> coveredThere = com.jayway.jsonpath.JsonPath.read(all,
					"$.communities[?(@.communityId == " + id + ")].covered");
			var there = entitiesOf(tenant, id);
			var inForceThere = inForce(tenant, id, on);
			assertThat(registered.get(0).intValue()).as("community " + id).isEqualTo(there.size());
			assertThat(coveredThere.get(0).intValue()).as("community " + id)
				.isEqualTo((int) there.keySet().stream().filter(inForceThere::contains).count());
		}
		// the list page says the same under the list
		mvc.perform(get("/ledgers/letters").param("year", "2024").param("lang", "zh-CN").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ledger-coverage\"")))
			.andExpect(content().string(containsString("2024年12月31日")))
			.andExpect(content().string(containsString(uncovered.get(0))));
		// a letter with an entity the worker cannot read, with an unregistered code, with a community, for no term
		char check = org.fazhi.shared.CreditCodes.checkCharacter("91440303MA5FXXXX0");
		String unknown = "91440303MA5FXXXX0" + check;
		String miswritten = "91440303MA5FXXXX0" + (check == 'A' ? 'B' : 'A');
		List<Map<String, String>> rows = new ArrayList<>();
		rows.add(letter(marker + "其他社区", "GRID_ENTERPRISE", otherCode, "1"));
		rows.add(letter(marker + "未登记", "GRID_ENTERPRISE", unknown, "1"));
		rows.add(letter(marker + "校验码错", "GRID_ENTERPRISE", miswritten, "1"));
		rows.add(letter(marker + "社区", "COMMUNITY", uncovered.get(0), "1"));
		rows.add(letter(marker + "无期限", "GRID_ENTERPRISE", uncovered.get(0), "0"));
		rows.add(letter(marker + "无主体", "SMALL_VENUE", null, "1"));
		var refused = work.importSheet(worker, ledger("letters"), LedgerWork.sheet(ledger("letters"), messages, rows));
		assertThat(refused.written()).isFalse();
		assertThat(refused.problems()).extracting(p -> p.row() + " " + p.columnKey() + " " + p.messageKey())
			.contains("2 ledger.field.entityCode ledger.letters.entityUnknown",
					"3 ledger.field.entityCode ledger.letters.entityUnknown",
					"4 ledger.field.entityCode ledger.letters.entityCode",
					"5 ledger.field.entityCode ledger.letters.noEntityForCommunity",
					"6 ledger.field.termYears ledger.number",
					"7 ledger.field.entityCode ledger.letters.entityRequired");
		assertThat(count("ledger_responsibility_letter", "party", marker)).isZero();
		// the justice office, who reads the other community's entity, is told where it is registered
		mvc.perform(post("/api/v1/ledgers/letters").with(csrf()).with(user(legal)).param("occurredOn", "2025-03-02")
			.param("communityId", String.valueOf(own)).param("letterKind", "WORK_SAFETY")
			.param("partyKind", otherEntityIsVenue(otherCode) ? "SMALL_VENUE" : "GRID_ENTERPRISE")
			.param("party", marker + otherEntity).param("signatory", "测试").param("entityCode", otherCode)
			.param("termYears", "1"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(otherEntity + " 登记在" + otherName)));
		// a letter of the right kind with an uncovered entity of the community: the entity is covered from then on
		String code = uncovered.get(0);
		mvc.perform(post("/api/v1/ledgers/letters").with(csrf()).with(user(worker)).param("occurredOn", "2025-03-02")
			.param("letterKind", "FIRE_SAFETY").param("partyKind", otherEntityIsVenue(code) ? "GRID_ENTERPRISE"
					: "SMALL_VENUE")
			.param("party", marker + "种类不符").param("signatory", "测试").param("entityCode", code).param("termYears", "2"))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/api/v1/ledgers/letters").with(csrf()).with(user(worker)).param("occurredOn", "2025-03-02")
			.param("letterKind", "FIRE_SAFETY").param("partyKind", otherEntityIsVenue(code) ? "SMALL_VENUE"
					: "GRID_ENTERPRISE")
			.param("party", marker + "承诺").param("signatory", "测试")
			.param("entityCode", code.toLowerCase(java.util.Locale.ROOT)).param("termYears", "2"))
			.andExpect(status().isCreated());
		// the code is kept in capitals, as typed or not; the same letter again is refused
		assertThat(jdbc.queryForObject("select entity_code from ledger_responsibility_letter where party = ?",
				String.class, marker + "承诺")).isEqualTo(code);
		mvc.perform(post("/api/v1/ledgers/letters").with(csrf()).with(user(worker)).param("occurredOn", "2025-03-02")
			.param("letterKind", "FIRE_SAFETY").param("partyKind", otherEntityIsVenue(code) ? "SMALL_VENUE"
					: "GRID_ENTERPRISE")
			.param("party", marker + "重复").param("signatory", "测试").param("entityCode", code).param("termYears", "1"))
			.andExpect(status().is4xxClientError()).andExpect(content().string(containsString("不能重复登记")));
		assertThat(count("ledger_responsibility_letter", "party", marker + "重复")).isZero();
		// the letter's page: its term and the entity of the register it names
		long letterId = jdbc.queryForObject("select id from ledger_responsibility_letter where party = ?", Long.class,
				marker + "承诺");
		String entityName = jdbc.queryForObject("select name from regulated_entity where credit_code = ?", String.class,
				code);
		mvc.perform(get("/ledgers/letters/" + letterId).param("lang", "zh-CN").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(work.today().isAfter(LocalDate.of(2027, 3, 1))
					? "有效期至 2027年3月1日，今天不在有效期内" : "在有效期内，至 2027年3月1日")))
			.andExpect(content().string(containsString("承诺主体：" + entityName + "（" + code + "），登记在" + ownName)));
		for (String day : List.of("2025-03-02", "2027-03-01")) {
			String after = mvc.perform(get("/api/v1/ledgers/letters/coverage").param("on", day).with(user(worker)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<String> still = com.jayway.jsonpath.JsonPath.read(after, "$.communities[0].uncovered[*].code");
			assertThat(still).as(day).doesNotContain(code);
			assertThat(((Number) com.jayway.jsonpath.JsonPath.read(after, "$.communities[0].covered")).intValue())
				.as(day).isEqualTo((int) entitiesOf(tenant, own).keySet().stream()
					.filter(inForce(tenant, own, LocalDate.parse(day))::contains).count());
		}
		// two years from the day signed, the letter has run out
		String expired = mvc.perform(get("/api/v1/ledgers/letters/coverage?on=2027-03-02").with(user(worker)))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<String>) com.jayway.jsonpath.JsonPath.read(expired, "$.communities[0].uncovered[*].code"))
			.contains(code);
		// a day that is no day; a ledger without coverage
		mvc.perform(get("/api/v1/ledgers/letters/coverage?on=2024-02-30").with(user(worker)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/ledgers/publicity/coverage").with(user(worker))).andExpect(status().isNotFound());
	}

	private boolean otherEntityIsVenue(String code) {
		return jdbc.queryForObject("select category from regulated_entity where credit_code = ?", String.class, code)
			.startsWith("SMALL_");
	}

	private static Map<String, String> letter(String party, String partyKind, String code, String term) {
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", "2025-04-01");
		row.put("letterKind", "FIRE_SAFETY");
		row.put("partyKind", partyKind);
		row.put("party", party);
		row.put("signatory", "测试");
		if (code != null) {
			row.put("entityCode", code);
		}
		row.put("termYears", term);
		return row;
	}
}
