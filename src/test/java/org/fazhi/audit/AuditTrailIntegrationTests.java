package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail records sign-ins, lockouts, changes, exports and refusals; its SM3 chain shows an entry edited in
 * the database behind the application's back. Its own context and database: the last test breaks the chain.
 */
@FazhiIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	org.fazhi.audit.internal.AuditLog auditLog;

	@Autowired
	AuditTrail trail;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private long count(String action, String detailLike) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and coalesce(detail, '') like ?",
				Long.class, action, detailLike);
	}

	@Test
	@Order(1)
	void locksAnAccountAfterFiveWrongPasswordsAndSaysNothingAboutWhetherItExists() throws Exception {
		long lockouts = count("LOCKOUT", "%");
		long failures = count("LOGIN_FAILED", "%");
		long leaderSignIns = jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'LOGIN' and actor_name = 'leader'", Long.class);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("officer6").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		// the right password no longer works while the lock lasts
		mvc.perform(formLogin("/login").user("officer6").password("Fazhi#Demo2024")).andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.queryForObject("select locked_until from staff_account where username = 'officer6'",
				java.sql.Timestamp.class)).isNotNull();
		assertThat(count("LOCKOUT", "%")).isEqualTo(lockouts + 1);
		assertThat(count("LOGIN_FAILED", "%")).isGreaterThanOrEqualTo(failures + 6);
		// an unknown user gets the same answer, and the page names the rule, not the account
		mvc.perform(formLogin("/login").user("no.such.user").password("whatever")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("连续输错 5 次密码，账户将锁定 15 分钟")));
		// a successful sign-in is recorded
		mvc.perform(formLogin("/login").user("leader").password("Fazhi#Demo2024")).andExpect(redirectedUrl("/"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN' and actor_name = 'leader'",
				Long.class)).isEqualTo(leaderSignIns + 1);
		// the suite shares one platform: the account is unlocked for the tests that follow
		jdbc.update("update staff_account set locked_until = null, failed_attempts = 0 where username = 'officer6'");
	}

	@Test
	@Order(2)
	void recordsChangesAndRefusalsAndLetsTheAuditorFilterAndExportThem() throws Exception {
		var admin = accounts.loadUserByUsername("admin");
		long duplicates = count("REFUSED", "community.code.duplicate");
		long forbidden = count("REFUSED", "403 GET /organisation/communities");
		long exports = count("EXPORT", "rows %");
		mvc.perform(post("/organisation/communities/new").with(user(admin)).with(csrf())
			.param("code", "440303007077").param("name", "审计测试社区"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/organisation/communities/new").with(user(admin)).with(csrf())
			.param("code", "440303007077").param("name", "重复的审计测试社区"))
			.andExpect(status().isOk());
		// (an account the suite's other probes leave alone: refused reads are recorded up to 30 per account a minute)
		mvc.perform(get("/organisation/communities").with(user(accounts.loadUserByUsername("worker4"))))
			.andExpect(status().isForbidden());
		assertThat(count("CREATE", "440303007077 审计测试社区")).isEqualTo(1);
		assertThat(count("REFUSED", "community.code.duplicate")).isEqualTo(duplicates + 1);
		assertThat(count("REFUSED", "403 GET /organisation/communities")).isEqualTo(forbidden + 1);

		var auditor = accounts.loadUserByUsername("auditor");
		mvc.perform(get("/audit").with(user(auditor)).param("action", "CREATE").param("recordType", "COMMUNITY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("440303007077 审计测试社区")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("community.code.duplicate"))));
		mvc.perform(get("/audit/export").with(user(auditor)).param("person", "admin"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("\"seq\",\"occurred_at\",\"actor\",\"action\"")))
			.andExpect(content().string(containsString("审计测试社区")));
		assertThat(count("EXPORT", "rows %")).isEqualTo(exports + 1);
		// others may not read the trail
		mvc.perform(get("/audit").with(user(accounts.loadUserByUsername("legal")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verify").with(user(accounts.loadUserByUsername("legal"))))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(2)
	void theExportHoldsEveryEntryOfTheTenantOldestFirstNotOnlyAPagesWorth() throws Exception {
		var auditor = (org.fazhi.organisation.FazhiUser) accounts.loadUserByUsername("auditor");
		// more entries than a page of the trail and than two batches of the export, appended as the platform does
		var pending = new java.util.ArrayList<org.fazhi.audit.internal.AuditLog.Pending>();
		for (int i = 0; i < org.fazhi.shared.Keyset.BATCH * 2 + 1; i++) {
			pending.add(new org.fazhi.audit.internal.AuditLog.Pending(auditor.tenantId(), auditor.accountId(), "auditor",
					AuditAction.EXPORT, "AUDIT_TRAIL", null, AuditOutcome.SUCCESS, "127.0.0.1", "batch " + i));
		}
		auditLog.appendAlone(pending);
		long before = jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?", Long.class,
				auditor.tenantId());
		assertThat(before).isGreaterThan(org.fazhi.shared.Keyset.BATCH * 2L);
		var body = mvc.perform(get("/audit/export").with(user(auditor))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		long after = jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?", Long.class,
				auditor.tenantId());
		var rows = org.fazhi.shared.Csv.read(body);
		assertThat(rows.get(0).get(0)).isEqualTo("seq");
		assertThat((long) rows.size() - 1).isBetween(before, after);
		// every entry with its place in the chain (what waited was anchored first), each place once; the batch's
		// entries, written one after the other by one writer, in the order written
		var seqs = rows.subList(1, rows.size()).stream().map(row -> Long.parseLong(row.get(0))).toList();
		assertThat(seqs).doesNotHaveDuplicates();
		var batch = rows.subList(1, rows.size()).stream().filter(row -> row.get(8).startsWith("batch "))
			.map(row -> Integer.parseInt(row.get(8).substring("batch ".length()))).toList();
		assertThat(batch).hasSize(org.fazhi.shared.Keyset.BATCH * 2 + 1).isSorted();
	}

	@Test
	@Order(2)
	void concurrentWritersEntriesAreAnchoredAfterTheirCommitConsecutivelyAndLinked() throws Exception {
		var auditor = (org.fazhi.organisation.FazhiUser) accounts.loadUserByUsername("auditor");
		String mark = "anchoring " + System.nanoTime() + " ";
		long headBefore = jdbc.queryForObject("select last_seq from audit_chain where chain_id = ?", Long.class,
				auditor.tenantId());
		// eight writers at once, none waiting for the chain: each entry is inserted without its place in it
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var writers = new java.util.ArrayList<java.util.concurrent.Future<?>>();
			for (int w = 0; w < 8; w++) {
				int writer = w;
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						auditLog.appendAlone(java.util.List.of(new org.fazhi.audit.internal.AuditLog.Pending(
								auditor.tenantId(), auditor.accountId(), "auditor", AuditAction.EXPORT, "AUDIT_TRAIL",
								null, AuditOutcome.SUCCESS, "127.0.0.1", mark + writer + "-" + i)));
					}
				}));
			}
			for (var writer : writers) {
				writer.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		// and an entry of a change, written in the change's own transaction just before it commits
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
				status -> trail.record(auditor.tenantId(), auditor.accountId(), "auditor", AuditAction.UPDATE,
						"AUDIT_TRAIL", null, AuditOutcome.SUCCESS, mark + "in a change"));
		// the anchoring thread gives them their places moments after each commit, without being asked
		long deadline = System.currentTimeMillis() + 5_000;
		while (jdbc.queryForObject("select count(*) from audit_entry where detail like ? and seq is null", Long.class,
				mark + "%") > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		var seqs = jdbc.queryForList("select seq from audit_entry where detail like ? order by seq", Long.class,
				mark + "%");
		assertThat(seqs).hasSize(201).doesNotContainNull().doesNotHaveDuplicates().allMatch(seq -> seq > headBefore);
		// each entry links to the hash of the entry before it in the chain, whoever wrote that one
		var unlinked = jdbc.queryForObject("select count(*) from audit_entry e join audit_entry p"
				+ " on p.chain_id = e.chain_id and p.seq = e.seq - 1 where e.detail like ? and e.prev_hash <> p.hash",
				Long.class, mark + "%");
		assertThat(unlinked).isZero();
		mvc.perform(get("/api/v1/audit/verify").with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	@Order(3)
	void verificationNamesTheRowEditedBehindTheApplicationsBack() throws Exception {
		var auditor = accounts.loadUserByUsername("auditor");
		mvc.perform(get("/api/v1/audit/verify").with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));

		Long editedId = jdbc.queryForObject(
				"select min(id) from audit_entry where action = 'CREATE' and detail like '%审计测试社区%'", Long.class);
		Long edited = jdbc.queryForObject("select seq from audit_entry where id = ?", Long.class, editedId);
		String original = jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, editedId);
		jdbc.update("update audit_entry set detail = '440303007077 无害的社区' where id = ?", editedId);
		try {
			mvc.perform(get("/api/v1/audit/verify").with(user(auditor)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.brokenSeq").value(edited))
				.andExpect(jsonPath("$.brokenEntryId").value(editedId))
				.andExpect(jsonPath("$.reason").value("content"));
			mvc.perform(post("/audit/verify").with(user(auditor)).with(csrf()))
				.andExpect(content().string(containsString("审计链在第 " + edited + " 条")))
				.andExpect(content().string(containsString("记录内容与其哈希不符")));
		}
		finally {
			// the suite shares one platform: the row is put back, and the chain is whole again
			jdbc.update("update audit_entry set detail = ? where id = ?", original, editedId);
		}
		mvc.perform(get("/api/v1/audit/verify").with(user(auditor))).andExpect(jsonPath("$.intact").value(true));
	}
}
