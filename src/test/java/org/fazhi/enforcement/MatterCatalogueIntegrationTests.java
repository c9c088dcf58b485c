package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.fazhi.FazhiIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue of enforcement matters: real legal bases in the demo, spreadsheet import that rejects a whole file for
 * one bad row and says where, export that imports back, and the form's checks. Its own context: it edits the catalogue.
 */
@FazhiIntegrationTest
class MatterCatalogueIntegrationTests {

	static final String HEADER = "事项编码,事项名称,执法领域,法律依据,违法条款,处罚条款,处罚种类,单位罚款下限（元）,单位罚款上限（元）,"
			+ "个人罚款下限（元）,个人罚款上限（元）,下放依据\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	private long count() {
		return jdbc.queryForObject("select count(*) from enforcement_matter", Long.class);
	}

	@Test
	void theDemoCatalogueCitesRealPenaltyArticles() throws Exception {
		assertThat(count()).isGreaterThanOrEqualTo(50);
		// 安全生产法 第一百零二条: a hazard not removed, fine up to 50000 yuan
		mvc.perform(get("/api/v1/enforcement/matters").param("q", "AQ-102").with(user(accounts.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("AQ-102-01"))
			.andExpect(jsonPath("$[0].citation").value("《中华人民共和国安全生产法》第一百零二条"))
			.andExpect(jsonPath("$[0].orgFineMax").value(50000));
		mvc.perform(get("/enforcement/matters").param("domain", "GAS").with(user(accounts.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("《城镇燃气管理条例》第四十九条第（三）项")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("AQ-097-01"))));
	}

	@Test
	void oneBadRowRejectsTheWholeFileAndEveryProblemIsShownByRowAndColumn() throws Exception {
		long before = count();
		String csv = HEADER
				+ "TEST-001,对测试单位的行政处罚,安全生产,中华人民共和国安全生产法,,第九十七条,罚款,0,100000,,,\n"
				+ "TEST-002,,天文,中华人民共和国安全生产法,,第九十七条,罚款,50000,1000,,,\n"
				+ "TEST-003,对另一测试的行政处罚,消防,中华人民共和国消防法,,第六十条,罚款,五千,50000,,,\n";
		mvc.perform(multipart("/enforcement/matters/import")
			.file(new MockMultipartFile("file", "matters.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(accounts.loadUserByUsername("reviewer"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件未导入：共发现 4 处问题")))
			.andExpect(content().string(containsString("请填写事项名称")))
			.andExpect(content().string(containsString("执法领域“天文”不在清单中")))
			.andExpect(content().string(containsString("罚款下限 50000 元高于上限 1000 元")))
			.andExpect(content().string(containsString("罚款数额“五千”不是以元为单位的整数")));
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from enforcement_matter where code = 'TEST-001'", Long.class))
			.isZero();
	}

	@Test
	void anExportedWorkbookImportsBackAndUpdatesByCode() throws Exception {
		var reviewer = accounts.loadUserByUsername("reviewer");
		byte[] exported = mvc.perform(get("/enforcement/matters/export").param("format", "xlsx").with(user(reviewer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long before = count();
		byte[] edited;
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项编码");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) before);
			sheet.getRow(1).getCell(11, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
				.setCellValue("深圳市罗湖区人民政府关于街道综合行政执法事项的决定（演示）");
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			edited = out.toByteArray();
		}
		mvc.perform(multipart("/enforcement/matters/import")
			.file(new MockMultipartFile("file", "matters.xlsx", "application/octet-stream", edited))
			.with(user(reviewer)).with(csrf()))
			.andExpect(content().string(containsString("导入完成：新增 0 项，更新 " + before + " 项")));
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from enforcement_matter where handover_basis like '%演示%'",
				Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = "
				+ "'ENFORCEMENT_MATTER'", Long.class)).isPositive();
	}

	@Test
	void aDiscretionStandardStaysWithinTheStatutoryRangePerArticle34() throws Exception {
		var reviewer = accounts.loadUserByUsername("reviewer");
		// 安全生产法 第一百零二条: up to 50000 yuan
		long id = jdbc.queryForObject("select id from enforcement_matter where code = 'AQ-102-01'", Long.class);
		mvc.perform(post("/enforcement/matters/" + id + "/discretion").with(user(reviewer)).with(csrf())
			.param("level", "GRAVE").param("circumstance", "隐患涉及人员密集场所且拒不整改").param("fineMin", "30000")
			.param("fineMax", "80000"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("refusal", "discretion.outsideRange")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusalRule", "ENF-DISCRETION-IN-RANGE"));
		mvc.perform(post("/enforcement/matters/" + id + "/discretion").with(user(reviewer)).with(csrf())
			.param("level", "GRAVE").param("circumstance", "隐患涉及人员密集场所且拒不整改").param("fineMin", "30000")
			.param("fineMax", "50000"));
		mvc.perform(post("/enforcement/matters/" + id + "/discretion").with(user(reviewer)).with(csrf())
			.param("level", "MINOR").param("circumstance", "首次发现且当场消除").param("fineMin", "0").param("fineMax", "5000"));
		mvc.perform(post("/enforcement/matters/" + id + "/discretion").with(user(reviewer)).with(csrf())
			.param("level", "MINOR").param("circumstance", "重复").param("fineMax", "1000"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("refusal", "discretion.level.twice"));
		mvc.perform(get("/api/v1/enforcement/matters/" + id).with(user(reviewer)))
			.andExpect(jsonPath("$.discretion[0].level").value("MINOR"))
			.andExpect(jsonPath("$.discretion[1].level").value("GRAVE"))
			.andExpect(jsonPath("$.discretion[1].fineMax").value(50000));
		mvc.perform(get("/enforcement/matters/" + id).with(user(accounts.loadUserByUsername("officer"))))
			.andExpect(content().string(containsString("首次发现且当场消除")));
	}

	@Test
	void theFormRefusesADuplicateCodeAndAPenaltyArticleThatNamesNoArticle() throws Exception {
		var admin = accounts.loadUserByUsername("admin");
		mvc.perform(post("/enforcement/matters/new").with(user(admin)).with(csrf())
			.param("code", "AQ-097-01").param("name", "重复").param("domain", "WORK_SAFETY")
			.param("statute", "中华人民共和国安全生产法").param("penaltyArticles", "第九十七条").param("penaltyKinds", "罚款"))
			.andExpect(content().string(containsString("事项编码 AQ-097-01 已存在")));
		// 行政处罚法 第五十九条: a decision cites its legal basis, so the catalogue must name the article
		mvc.perform(post("/enforcement/matters/new").with(user(admin)).with(csrf())
			.param("code", "NEW-001").param("name", "新事项").param("domain", "FIRE")
			.param("statute", "中华人民共和国消防法").param("penaltyArticles", "有关规定").param("penaltyKinds", "罚款")
			.param("orgFineMin", "100").param("orgFineMax", "50"))
			.andExpect(content().string(containsString("应写明第几条")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrorCode("form", "penaltyArticles", EnforcementRule.MATTER_ARTICLES.messageKey()))
			.andExpect(content().string(containsString("罚款下限 100 元高于上限 50 元")));
		assertThat(jdbc.queryForObject("select count(*) from enforcement_matter where code = 'NEW-001'", Long.class))
			.isZero();
		mvc.perform(post("/enforcement/matters/new").with(user(admin)).with(csrf())
			.param("code", "NEW-001").param("name", "对测试行为的行政处罚").param("domain", "FIRE")
			.param("statute", "中华人民共和国消防法").param("penaltyArticles", "第六十条第（一）项").param("penaltyKinds", "罚款")
			.param("orgFineMin", "5000").param("orgFineMax", "50000"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/enforcement/matters/template").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}
}
