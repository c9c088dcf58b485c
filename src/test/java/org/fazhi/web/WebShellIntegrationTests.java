package org.fazhi.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The shell around every module: sign-in, language, navigation by role, error pages, headers and operations. */
@FazhiIntegrationTest
class WebShellIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void anonymousPagesGoToTheChineseLoginPageWithTheDemoBanner() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("演示数据")));
	}

	@Test
	void signsInWithTheDemoPasswordAndRefusesAWrongOne() throws Exception {
		mvc.perform(formLogin("/login").user("legal").password("Fazhi#Demo2024"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user("legal").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void englishIsSelectable() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("User name")))
			.andExpect(content().string(containsString("Demo data")));
	}

	@Test
	void workbenchGreetsWithTenantDepartmentAndRole() throws Exception {
		mvc.perform(get("/").with(user(accounts.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您好，邓雪梅")))
			.andExpect(content().string(containsString("东湖街道")))
			.andExpect(content().string(containsString("社区工作办")))
			.andExpect(content().string(containsString("社区工作者")))
			.andExpect(content().string(containsString("东乐社区")));
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayOpen() throws Exception {
		mvc.perform(get("/").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("href=\"/organisation/communities\"")));
		mvc.perform(get("/").with(user(accounts.loadUserByUsername("worker"))))
			.andExpect(content().string(not(containsString("href=\"/organisation/communities\""))));
	}

	@Test
	void unknownPagesAnswerWithAChineseErrorPage() throws Exception {
		mvc.perform(get("/organisation/communities/999999/edit").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404).accept(MediaType.TEXT_HTML)
			.with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("您要找的页面或记录不存在")));
	}

	@Test
	void theJsonApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"openapi\"")))
			.andExpect(content().string(containsString("/api/v1/calendar/due-date")))
			.andExpect(content().string(containsString("/api/v1/enforcement/metrics")))
			.andExpect(content().string(containsString("/api/v1/enforcement/cases/{id}/steps")))
			.andExpect(content().string(containsString("/api/v1/public/enforcement/decisions")))
			.andExpect(content().string(containsString("APPROVE_FILING")))
			.andExpect(content().string(containsString("/api/v1/legal/decisions/{id}/discuss")))
			.andExpect(content().string(containsString("/api/v1/legal/suggestions/{id}/items/{itemId}/done")))
			.andExpect(content().string(containsString("/api/v1/legal/challenges/{id}/answer")))
			.andExpect(content().string(containsString("/api/v1/public/legal/decisions")))
			.andExpect(content().string(not(containsString("/organisation/communities/new"))));
	}

	@Test
	void apiAnswersUnauthenticatedCallsWith401NotALoginPage() throws Exception {
		mvc.perform(get("/api/v1/organisation/communities")).andExpect(status().isUnauthorized());
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void healthIsPublicAndMetricsOnlyFromTheAllowedNetworks() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(request -> {
			request.setRemoteAddr("10.20.30.40");
			return request;
		})).andExpect(status().is(not(200)));
	}
}
