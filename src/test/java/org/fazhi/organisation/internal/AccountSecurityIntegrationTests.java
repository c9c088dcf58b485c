package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords: an administrator's reset forces a change at the next sign-in; the change checks the current password
 * and the password policy; an administrator sets an account's data scope.
 */
@FazhiIntegrationTest
class AccountSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	StaffAccounts staff;

	@Test
	void aResetPasswordMustBeChangedAtTheNextSignIn() throws Exception {
		var admin = accounts.loadUserByUsername("admin");
		long id = staff.findByUsername("worker9").orElseThrow().getId();
		mvc.perform(post("/organisation/staff/" + id + "/password").with(user(admin)).with(csrf()).param("password", "short"))
			.andExpect(flash().attribute("refusal", "password.tooShort"));
		mvc.perform(post("/organisation/staff/" + id + "/password").with(user(admin)).with(csrf())
			.param("password", "Temporary#2026"))
			.andExpect(flash().attribute("saved", true));

		var signIn = mvc.perform(formLogin("/login").user("worker9").password("Temporary#2026"))
			.andExpect(redirectedUrl("/")).andReturn();
		var session = (MockHttpSession) signIn.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/deadlines").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/api/v1/organisation/communities").session(session)).andExpect(status().isForbidden());

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "wrong")
			.param("newPassword", "Wenliju#2026x").param("confirmPassword", "Wenliju#2026x"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Temporary#2026")
			.param("newPassword", "abc").param("confirmPassword", "abc"))
			.andExpect(content().string(containsString("密码至少需要 10 位")));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Temporary#2026")
			.param("newPassword", "Worker9#2026x").param("confirmPassword", "Worker9#2026x"))
			.andExpect(content().string(containsString("密码不得包含用户名")));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Temporary#2026")
			.param("newPassword", "Wenliju#2026x").param("confirmPassword", "Wenliju#2026y"))
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Temporary#2026")
			.param("newPassword", "Wenliju#2026x").param("confirmPassword", "Wenliju#2026x"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		var account = staff.findByUsername("worker9").orElseThrow();
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(account.isDemoCredentials()).isFalse();
		assertThat(account.getPasswordHash()).startsWith("{argon2}");
		mvc.perform(formLogin("/login").user("worker9").password("Wenliju#2026x")).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorWidensAnAccountsDataScope() throws Exception {
		var admin = accounts.loadUserByUsername("admin");
		var account = staff.findByUsername("mediator3").orElseThrow();
		mvc.perform(post("/organisation/staff/" + account.getId() + "/edit").with(user(admin)).with(csrf())
			.param("username", "mediator3").param("fullName", account.getFullName())
			.param("departmentId", String.valueOf(account.getDepartment().getId()))
			.param("communityId", String.valueOf(account.getCommunity().getId()))
			.param("role", "MEDIATOR").param("dataScope", "DEPARTMENT"))
			.andExpect(status().is3xxRedirection());
		assertThat(((FazhiUser) accounts.loadUserByUsername("mediator3")).scope()).isEqualTo(DataScope.DEPARTMENT);
		assertThat(((FazhiUser) accounts.loadUserByUsername("mediator2")).scope()).isEqualTo(DataScope.COMMUNITY);
		// the record history on the account's page shows the change and who made it
		mvc.perform(get("/organisation/staff/" + account.getId() + "/edit").with(user(admin)))
			.andExpect(content().string(containsString("数据范围")))
			.andExpect(content().string(containsString("DEPARTMENT")))
			.andExpect(content().string(containsString("admin")));
	}
}
