package org.fazhi.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.LegalRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rulebook in public: every guard of enforcement, deadlines and access with its article and a link to the article
 * in the statute's text, in both languages; signed-in staff see how often each rule refused a step this year, counted
 * from the audit trail, where each refusal carries its rule's code.
 */
@FazhiIntegrationTest
class RulebookIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Rulebook rulebook;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.fazhi.enforcement.internal.cases.CaseWork work;

	@Test
	void everyRuleOfEveryModuleIsPublishedWithItsArticleInBothLanguages() throws Exception {
		List<LegalRule> rules = rulebook.rules();
		assertThat(rules).extracting(LegalRule::module).contains("enforcement", "deadlines", "access");
		assertThat(rules).hasSizeGreaterThan(70);
		String page = mvc.perform(get("/public/rules")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (LegalRule rule : rules) {
			assertThat(page).contains("id=\"" + rule.code() + "\"");
		}
		assertThat(page).contains("《行政处罚法》第五十七条第一款", "《行政强制法》第五十三条", "《个人信息保护法》第五十一条")
			.doesNotContain("本年拒绝");
		// the work lines first, the deadline engine and access after them; a period says what starts it
		assertThat(page.indexOf("id=\"module-enforcement\"")).isLessThan(page.indexOf("id=\"module-deadlines\""));
		assertThat(page.indexOf("id=\"module-deadlines\"")).isLessThan(page.indexOf("id=\"module-access\""));
		assertThat(page).contains("起算：立案之日");
		mvc.perform(get("/public/rules").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrative Penalty Law Art. 57 para. 1")))
			.andExpect(content().string(containsString("Administrative Coercion Law Art. 53")));

		String json = mvc.perform(get("/api/v1/public/rules")).andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(rules.size()))
			.andExpect(jsonPath("$.year").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> published = JsonPath.read(json, "$.rules");
		for (Map<String, Object> rule : published) {
			Map<String, String> article = cast(rule.get("article"));
			Map<String, String> message = cast(rule.get("message"));
			assertThat(article.get("zh")).as(rule.get("code").toString()).matches(".*第[一二三四五六七八九十百零]+条.*|“.*”");
			assertThat(message.get("zh")).isNotBlank().isNotEqualTo(message.get("en"));
			assertThat(message.get("en")).isNotBlank().doesNotContain("??");
		}
		// the link goes to the article in the statute's text
		var decisionByHead = published.stream().filter(r -> r.get("code").equals("ENF-DECISION-BY-HEAD")).findFirst()
			.orElseThrow();
		assertThat(decisionByHead.get("text")).isEqualTo("/public/laws/ADMINISTRATIVE_PENALTY#a57");
		mvc.perform(get("/public/laws/ADMINISTRATIVE_PENALTY")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"a57\"")))
			.andExpect(content().string(containsString("第五十七条 调查终结，行政机关负责人应当对调查结果进行审查")))
			.andExpect(content().string(containsString("ENF-DECISION-BY-HEAD")));
		// the compilers' notes are not shown; in English the page's citations are English too
		mvc.perform(get("/public/laws/ADMINISTRATIVE_PENALTY")).andExpect(content().string(not(containsString("INFO END"))));
		mvc.perform(get("/public/laws/ADMINISTRATIVE_PENALTY").param("lang", "en"))
			.andExpect(content().string(containsString("Art. 57 para. 1")));
		var publication = published.stream().filter(r -> r.get("code").equals("PERIOD-PENALTY-PUBLICATION")).findFirst()
			.orElseThrow();
		assertThat(cast(publication.get("article")).get("en")).doesNotContainPattern("\\p{IsHan}");
		mvc.perform(get("/public/laws/NO_SUCH_LAW")).andExpect(status().isNotFound());
		mvc.perform(get("/public/laws/THREE_SYSTEMS_OPINION")).andExpect(status().isNotFound());
	}

	@Test
	void signedInStaffSeeHowOftenEachRuleRefusedAStepThisYear() throws Exception {
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		var officer = (FazhiUser) accounts.loadUserByUsername("officer");
		long before = refusals(leader, "ENF-FILING-BY-HEAD");
		// an officer tries to approve a filing: refused under 第五十四条第二款, its code in the answer and in the trail
		var officer2 = (FazhiUser) accounts.loadUserByUsername("officer2");
		long matter = jdbc.queryForObject("select min(id) from enforcement_matter where tenant_id = ? and code = 'AQ-102-01'",
				Long.class, officer.tenantId());
		long entity = jdbc.queryForObject("select min(id) from regulated_entity where tenant_id = ?", Long.class,
				officer.tenantId());
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var registered = work.register(officer, new org.fazhi.enforcement.internal.cases.CaseWork.Registration(
				org.fazhi.enforcement.internal.cases.PenaltyCase.Source.INSPECTION, null, entity, null, null, null, null, null,
				matter, "规则目录测试：检查发现未采取措施消除事故隐患。", officer.accountId(), officer2.accountId(), today, false,
				false));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/enforcement/cases/" + registered.getId() + "/steps").with(user(officer))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType("application/json").content("{\"step\":\"APPROVE_FILING\",\"on\":\"" + today + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value(EnforcementRule.FILING_BY_HEAD.code()))
			.andExpect(jsonPath("$.statute").value("行政处罚法"))
			.andExpect(jsonPath("$.article").value("第五十四条第二款"));
		// in English, the statute and article too
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/enforcement/cases/" + registered.getId() + "/steps").param("lang", "en").with(user(officer))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType("application/json").content("{\"step\":\"APPROVE_FILING\",\"on\":\"" + today + "\"}"))
			.andExpect(jsonPath("$.statute").value("Administrative Penalty Law"))
			.andExpect(jsonPath("$.article").value("Art. 54 para. 2"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFUSED' and detail = ?",
				Long.class, "ENF-FILING-BY-HEAD case.filing.leaderOnly")).isGreaterThan(0);
		assertThat(refusals(leader, "ENF-FILING-BY-HEAD")).isEqualTo(before + 2);
		mvc.perform(get("/public/rules").with(user(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("本年拒绝")));
		// the platform operator belongs to no subdistrict: no counts
		mvc.perform(get("/api/v1/public/rules").with(user(accounts.loadUserByUsername("operator"))))
			.andExpect(jsonPath("$.year").doesNotExist());
		mvc.perform(get("/public/rules").with(user(accounts.loadUserByUsername("operator"))))
			.andExpect(content().string(not(containsString("本年拒绝"))));
	}

	private long refusals(FazhiUser user, String code) throws Exception {
		String json = mvc.perform(get("/api/v1/public/rules").with(user(user))).andExpect(status().isOk())
			.andExpect(jsonPath("$.year").isNumber())
			.andReturn().getResponse().getContentAsString();
		List<Number> counts = JsonPath.read(json, "$.rules[?(@.code == '" + code + "')].refusalsThisYear");
		return counts.get(0).longValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> cast(Object value) {
		return (Map<String, String>) value;
	}
}
