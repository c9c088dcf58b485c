package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The register of regulated entities: GB 32100 codes, community scope, encrypted and masked contact phones. */
@FazhiIntegrationTest
class EntityRegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.fazhi.enforcement.internal.entities.EntityRegister register;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	@Test
	void theRegisterIsFilteredAndPagedByTheDatabaseAndTakesWildcardsLiterally() throws Exception {
		var officer = account("officer");
		var all = register.list(officer, null, null, null);
		assertThat(all).hasSizeGreaterThan(14);
		// seven a page, page after page: every entity once, in the list's order
		var paged = new java.util.ArrayList<Long>();
		for (int page = 0;; page++) {
			var result = register.page(officer, null, null, null, null, page, 7, false);
			result.getContent().forEach(e -> paged.add(e.getId()));
			if (result.isLast()) {
				break;
			}
		}
		assertThat(paged).containsExactlyElementsOf(all.stream().map(e -> e.getId()).toList());
		var withCode = all.stream().filter(e -> e.getCreditCode() != null).findFirst().orElseThrow();
		// a credit code found in lower case too; a part of a name; the wildcards of LIKE only as themselves
		assertThat(register.page(officer, null, null, withCode.getCreditCode().toLowerCase(java.util.Locale.ROOT),
				null, 0, 50, false).getContent()).extracting(e -> e.getId()).contains(withCode.getId());
		String part = withCode.getName().substring(0, 2);
		assertThat(register.page(officer, null, null, part, null, 0, 500, false).getContent()).isNotEmpty()
			.allMatch(e -> e.getName().contains(part));
		assertThat(register.page(officer, null, null, "%", null, 0, 50, false).getContent()).isEmpty();
		assertThat(register.page(officer, null, null, "_", null, 0, 50, false).getContent()).isEmpty();
		// the API pages the same rows
		mvc.perform(get("/api/v1/enforcement/entities").param("size", "7").param("page", "1").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.content.length()")
				.value(7))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.content[0].id")
				.value(paged.get(7).intValue()));
	}

	@Test
	void aCommunityWorkerSeesOnlyTheirCommunitysEntitiesInListDetailAndApi() throws Exception {
		var dongle = account("worker");
		long dongleEntity = jdbc.queryForObject(
				"select min(id) from regulated_entity where community_id = ?", Long.class, dongle.communityId());
		long otherEntity = jdbc.queryForObject(
				"select min(id) from regulated_entity where community_id <> ?", Long.class, dongle.communityId());
		mvc.perform(get("/enforcement/entities").with(user(dongle)))
			.andExpect(content().string(containsString("东乐餐饮管理有限公司（演示）")))
			.andExpect(content().string(not(containsString("金鹏餐饮管理有限公司（演示）"))));
		mvc.perform(get("/enforcement/entities/" + otherEntity).with(user(dongle))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enforcement/entities/" + otherEntity).with(user(dongle)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enforcement/entities/" + dongleEntity).with(user(dongle)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPhone").value(org.hamcrest.Matchers.matchesPattern("139\\*{4}\\d{4}")));
		mvc.perform(get("/enforcement/entities").with(user(account("officer"))))
			.andExpect(content().string(containsString("金鹏餐饮管理有限公司（演示）")));
	}

	@Test
	void refusesAWrongCreditCodeCheckCharacterPerGb32100AndAnotherCommunity() throws Exception {
		var dongle = account("worker");
		long before = jdbc.queryForObject("select count(*) from regulated_entity", Long.class);
		mvc.perform(post("/enforcement/entities/new").with(user(dongle)).with(csrf())
			.param("name", "东乐测试有限公司").param("creditCode", "91350100M000100Y44").param("category", "ENTERPRISE")
			.param("communityId", String.valueOf(dongle.communityId())).param("address", "东乐测试路 1 号"))
			.andExpect(content().string(containsString("校验码须符合 GB 32100-2015")));
		long jinpeng = account("worker2").communityId();
		mvc.perform(post("/enforcement/entities/new").with(user(dongle)).with(csrf())
			.param("name", "越界小档口").param("category", "SMALL_SHOP")
			.param("communityId", String.valueOf(jinpeng)).param("address", "金鹏测试路 1 号"))
			.andExpect(content().string(containsString("您只能登记本社区的市场主体")));
		assertThat(jdbc.queryForObject("select count(*) from regulated_entity", Long.class)).isEqualTo(before);
		mvc.perform(post("/enforcement/entities/new").with(user(dongle)).with(csrf())
			.param("name", "东乐测试有限公司").param("creditCode", "91350100M000100Y43").param("category", "ENTERPRISE")
			.param("communityId", String.valueOf(dongle.communityId())).param("address", "东乐测试路 1 号")
			.param("contactPhone", "13912345678"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select contact_phone from regulated_entity where credit_code = '91350100M000100Y43'",
				String.class)).startsWith("sm4gcm1:").doesNotContain("13912345678");
	}

	@Test
	void theContactPhoneIsRevealedToOfficersOnlyAndAudited() throws Exception {
		long id = jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
		mvc.perform(post("/enforcement/entities/" + id + "/reveal").with(user(account("officer"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*1390030\\d{4}.*")));
		mvc.perform(post("/enforcement/entities/" + id + "/reveal").with(user(account("leader"))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'REVEAL' and record_type = 'REGULATED_ENTITY'",
				Long.class)).isPositive();
	}
}
