package org.fazhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probes of the attack on the demo, each named after what it guards: tenants that cannot touch each other,
 * sessions that follow the account, CSRF that no header skips, a lockout that parallel guessing cannot pass, audit
 * entries written with the change they describe, per-tenant verification and refused reads on record. Each test works
 * on accounts and tenants of its own, in the context the other default-context tests share.
 */
@FazhiIntegrationTest
class PlatformPromisesIntegrationTests {

	static final String DEMO_PASSWORD = "Fazhi#Demo2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	private FazhiUser staff(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		var result = mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private long accountId(String username) {
		return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
	}

	private long tenantId(String code) {
		return jdbc.queryForObject("select id from tenant where code = ?", Long.class, code);
	}

	/** Opens a second subdistrict through the platform operator's page; its administrator signs in at once. */
	private long openTenant(String code, String admin) throws Exception {
		mvc.perform(post("/organisation/tenants/new").with(user(staff("operator"))).with(csrf()).param("code", code)
			.param("adminUsername", admin).param("adminFullName", "第二街道管理员").param("adminPassword", "Second#Tenant1"))
			.andExpect(status().is3xxRedirection());
		jdbc.update("update staff_account set must_change_password = false where username = ?", admin);
		return tenantId(code);
	}

	/** The suite shares one platform: the accounts this class locks are unlocked for the tests that follow. */
	@org.junit.jupiter.api.AfterEach
	void unlockAccounts() {
		jdbc.update("update staff_account set locked_until = null, failed_attempts = 0 where locked_until is not null"
				+ " or failed_attempts > 0");
	}

	@Test
	void anotherTenantsAdministratorCannotSwitchOffOrEvenSeeDonghu() throws Exception {
		long second = openTenant("440303001", "huangbei.admin");
		long donghu = tenantId("440303007");
		var intruder = signIn("huangbei.admin", "Second#Tenant1");

		mvc.perform(post("/organisation/tenants/" + donghu + "/active").session(intruder).with(csrf())
			.param("active", "false")).andExpect(status().isForbidden());
		mvc.perform(post("/organisation/tenants/" + donghu + "/name").session(intruder).with(csrf())
			.param("name", "被改名的街道")).andExpect(status().isNotFound());
		mvc.perform(post("/organisation/tenants/new").session(intruder).with(csrf()).param("code", "440303002")
			.param("adminUsername", "x.admin").param("adminFullName", "x").param("adminPassword", "Second#Tenant1"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select active from tenant where id = ?", Boolean.class, donghu)).isTrue();
		assertThat(jdbc.queryForObject("select name from tenant where id = ?", String.class, donghu)).isEqualTo("东湖街道");
		assertThat(jdbc.queryForObject("select count(*) from tenant where code = '440303002'", Long.class)).isZero();

		// each administrator lists only their own subdistrict; the platform operator lists them all
		mvc.perform(get("/organisation/tenants").session(intruder)).andExpect(status().isOk())
			.andExpect(content().string(containsString("440303001")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("440303007"))));
		mvc.perform(get("/organisation/tenants").with(user(staff("admin")))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("440303001"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("开通街道"))));
		mvc.perform(get("/organisation/tenants").with(user(staff("operator")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("440303001")))
			.andExpect(content().string(containsString("440303007")));

		// the operator reads no tenant's records: its workbench and menu offer none of them
		mvc.perform(get("/").with(user(staff("operator")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("平台运维员")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("count-communities"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/enforcement/entities\""))));
		mvc.perform(get("/enforcement/cases").with(user(staff("operator")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/enforcement/entities").with(user(staff("operator")))).andExpect(status().isForbidden());
		mvc.perform(get("/organisation/staff").with(user(staff("operator")))).andExpect(status().isForbidden());

		// switched off by the operator, the second subdistrict's open session ends at its next request
		mvc.perform(post("/organisation/tenants/" + second + "/active").with(user(staff("operator"))).with(csrf())
			.param("active", "false")).andExpect(flash().attribute("saved", true));
		mvc.perform(get("/").session(intruder)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDeactivatedAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
		var session = signIn("worker5", DEMO_PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/organisation/staff/" + accountId("worker5") + "/active").with(user(staff("admin")))
			.with(csrf()).param("active", "false")).andExpect(flash().attribute("saved", true));

		long before = jdbc.queryForObject("select count(*) from regulated_entity", Long.class);
		mvc.perform(post("/enforcement/entities/new").session(session).with(csrf()).param("name", "停用后登记的商户"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/enforcement/entities").session(session)).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from regulated_entity", Long.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_name = 'worker5' and action = 'LOGOUT'"
				+ " and detail like 'session ended%'", Long.class)).isEqualTo(1);
	}

	@Test
	void aChangeOfRoleOrAPasswordResetEndsSessionsAndTokens() throws Exception {
		var demoted = signIn("worker6", DEMO_PASSWORD);
		var form = jdbc.queryForMap("select department_id, community_id from staff_account where username = 'worker6'");
		mvc.perform(post("/organisation/staff/" + accountId("worker6") + "/edit").with(user(staff("admin"))).with(csrf())
			.param("username", "worker6").param("fullName", "袁国栋").param("role", "AUDITOR").param("departmentId", form.get("department_id").toString())
			.param("communityId", form.get("community_id").toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select role from staff_account where username = 'worker6'", String.class))
			.isEqualTo("AUDITOR");
		mvc.perform(get("/enforcement/entities").session(demoted)).andExpect(redirectedUrl("/login"));

		var reset = signIn("worker8", DEMO_PASSWORD);
		String token = (String) mvc.perform(post("/account/tokens").session(reset).with(csrf()).param("name", "同步")
			.param("days", "30")).andReturn().getFlashMap().get("newToken");
		mvc.perform(get("/api/v1/organisation/communities").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden()); // a community worker's token works, within the worker's rights
		mvc.perform(post("/organisation/staff/" + accountId("worker8") + "/password").with(user(staff("admin")))
			.with(csrf()).param("password", "Temporary#2026")).andExpect(flash().attribute("saved", true));
		mvc.perform(get("/").session(reset)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/deadlines").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aBearerHeaderDoesNotSkipCsrfOutsideTheApiAndAMalformedTokenIsRefused() throws Exception {
		var admin = signIn("admin", DEMO_PASSWORD);
		long department = jdbc.queryForObject("select min(id) from department where tenant_id = ?", Long.class,
				tenantId("440303007"));
		mvc.perform(post("/organisation/staff/new").session(admin).header("Authorization", "Bearer anything")
			.param("username", "csrf.victim").param("fullName", "跨站").param("role", "ADMIN")
			.param("departmentId", String.valueOf(department)).param("initialPassword", "Csrf#Victim2026"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisation/staff/new").session(admin).param("_csrf", "%%%not-base64%%%")
			.param("username", "csrf.victim").param("fullName", "跨站").param("role", "ADMIN")
			.param("departmentId", String.valueOf(department)).param("initialPassword", "Csrf#Victim2026"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisation/communities").session(admin).header("Authorization", "Bearer fz_forged")
			.contentType("application/json").content("{\"code\":\"440303007099\",\"name\":\"伪造\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'csrf.victim'", Long.class))
			.isZero();
	}

	@Test
	void parallelGuessesNeverPassTheLockoutLimitAndNeverAnswer500() throws Exception {
		long id = accountId("worker7");
		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String password = i == 20 ? DEMO_PASSWORD : "wrong-" + i;
			attempts.add(() -> mvc.perform(formLogin("/login").user("worker7").password(password)).andReturn()
				.getResponse().getStatus());
		}
		var pool = Executors.newFixedThreadPool(16);
		List<Integer> statuses = new ArrayList<>();
		try {
			for (var future : pool.invokeAll(attempts)) {
				statuses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).allMatch(status -> status == 302);
		long compared = jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and action = 'LOGIN_FAILED'"
				+ " and detail = 'BadCredentialsException'", Long.class, id);
		// five wrong passwords are compared before the lock; a right one in between starts the count once more
		assertThat(compared).isLessThanOrEqualTo(9);
		assertThat(jdbc.queryForObject("select locked_until from staff_account where id = ?", java.sql.Timestamp.class, id))
			.isNotNull();
		assertThat(jdbc.queryForObject("select failed_attempts from staff_account where id = ?", Integer.class, id))
			.isLessThanOrEqualTo(5);
	}

	@Test
	void guessesOfTheCurrentPasswordCountTowardsTheLockout() throws Exception {
		var session = signIn("legal3", DEMO_PASSWORD);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "guess-" + i)
				.param("newPassword", "Guessed#2026x").param("confirmPassword", "Guessed#2026x"))
				.andExpect(content().string(containsString("当前密码不正确")));
		}
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", DEMO_PASSWORD)
			.param("newPassword", "Guessed#2026x").param("confirmPassword", "Guessed#2026x"))
			.andExpect(content().string(containsString("账户已暂时锁定")));
		assertThat(jdbc.queryForObject("select demo_credentials from staff_account where username = 'legal3'",
				Boolean.class)).isTrue();
	}

	@Test
	void anAuditEntryIsCommittedWithItsChangeAndRolledBackWithIt() {
		long donghu = tenantId("440303007");
		transactions.executeWithoutResult(status -> {
			jdbc.update("update community set name = name where tenant_id = ?", donghu);
			trail.record(donghu, null, "probe", AuditAction.UPDATE, "PROBE", "committed", AuditOutcome.SUCCESS, null);
		});
		transactions.executeWithoutResult(status -> {
			trail.record(donghu, null, "probe", AuditAction.UPDATE, "PROBE", "rolled-back", AuditOutcome.SUCCESS, null);
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> {
			trail.record(donghu, null, "probe", AuditAction.REFUSED, "PROBE", "refused", AuditOutcome.REFUSED, null);
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForList("select record_id from audit_entry where record_type = 'PROBE' order by id",
				String.class)).containsExactly("committed", "refused");
		assertThat(jdbc.queryForObject("select count(distinct chain_id) from audit_entry where record_type = 'PROBE'",
				Long.class)).isEqualTo(1);
	}

	@Test
	void eachTenantVerifiesItsOwnChainWithoutWritingAndTheOperatorVerifiesAll() throws Exception {
		long donghu = tenantId("440303007");
		transactions.executeWithoutResult(status -> trail.record(donghu, null, "probe", AuditAction.UPDATE, "PROBE_VERIFY",
				"verified", AuditOutcome.SUCCESS, null));
		long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		var result = mvc.perform(get("/api/v1/audit/verify").with(user(staff("auditor")))).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true)).andReturn();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
		long checked = com.jayway.jsonpath.JsonPath.parse(result.getResponse().getContentAsString())
			.read("$.entriesChecked", Long.class);
		long own = jdbc.queryForObject("select count(*) from audit_entry where chain_id = ?", Long.class, donghu);
		assertThat(checked).isEqualTo(own).isGreaterThan(0);
		mvc.perform(get("/api/v1/audit/verify").with(user(staff("operator")))).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void signInsFromOneAddressAreThrottledWhateverAccountTheyName() throws Exception {
		jdbc.update("update staff_account set locked_until = ? where username = 'officer5'",
				java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)));
		int limit = 200; // fazhi.security.sign-ins-per-address-per-minute in the test runs (30 by default)
		// the attempts are counted per clock minute: all of them within one
		long intoMinute = System.currentTimeMillis() % 60_000;
		if (intoMinute > 52_000) { // the 201 attempts take about two seconds
			Thread.sleep(60_000 - intoMinute + 100);
		}
		for (int i = 0; i <= limit; i++) {
			mvc.perform(post("/login").param("username", "officer5").param("password", "wrong").with(csrf()).with(request -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			})).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain_id = 0 and outcome = 'REFUSED'"
				+ " and detail like 'throttled:%203.0.113.9'", Long.class)).isEqualTo(1);
	}

	@Test
	void unknownNamesAndOutOfScopeProbesAreOnRecord() throws Exception {
		mvc.perform(formLogin("/login").user("nobody.at.all").password("whatever")).andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_name = 'nobody.at.all'"
				+ " and chain_id = 0", Long.class)).isEqualTo(1);
		mvc.perform(get("/audit/sign-ins").with(user(staff("operator")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("nobody.at.all")))
			// nothing of a tenant's records, although the demo's generation also wrote to the platform's chain
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("罗东执罚"))));
		mvc.perform(get("/audit/export").with(user(staff("auditor"))).param("person", "nobody.at.all"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("nobody.at.all"))));

		// (an account the suite's other probes leave alone: refused reads are recorded up to 30 per account a minute)
		var worker = staff("worker3");
		mvc.perform(get("/enforcement/entities/987654321").with(user(worker))).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and action = 'REFUSED'"
				+ " and detail = '404 GET /enforcement/entities/987654321'", Long.class, worker.accountId()))
			.isEqualTo(1);
	}
}
