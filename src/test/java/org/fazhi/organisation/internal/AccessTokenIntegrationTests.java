package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Machine access: personal access tokens created, used, revoked and expired; unauthenticated calls get 401 JSON. */
@FazhiIntegrationTest
class AccessTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenActsAsItsOwnerWithoutSessionOrCsrfUntilRevoked() throws Exception {
		var admin = accounts.loadUserByUsername("admin");
		String token = (String) mvc.perform(post("/account/tokens").with(user(admin)).with(csrf())
			.param("name", "区平台数据同步").param("days", "30"))
			.andExpect(flash().attributeExists("newToken"))
			.andReturn().getFlashMap().get("newToken");
		assertThat(token).startsWith("fz_");
		assertThat(jdbc.queryForObject("select count(*) from personal_access_token where token_hash = ?", Long.class,
				token)).isZero();

		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("440303007001"));
		mvc.perform(post("/api/v1/organisation/communities").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"440303007088\", \"name\": \"令牌测试社区\"}"))
			.andExpect(status().isCreated());

		long id = jdbc.queryForObject("select id from personal_access_token where name = '区平台数据同步'", Long.class);
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(accounts.loadUserByUsername("legal")))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value(containsString("访问令牌")));
	}

	@Test
	void anExpiredOrUnknownTokenIsRefusedAndTheOwnersRoleStillApplies() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		String token = tokens.create(legal, "过期测试", 1).token();
		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		jdbc.update("update personal_access_token set expires_at = ? where name = '过期测试'",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer fz_forged"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/organisation/communities")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(post("/account/tokens").with(user(legal)).with(csrf()).param("name", "x").param("days", "0"))
			.andExpect(flash().attribute("refusal", "token.days.range"));
	}
}
