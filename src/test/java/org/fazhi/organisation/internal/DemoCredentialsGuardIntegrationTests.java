package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.DatabaseUnderTest;
import org.fazhi.FazhiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo credentials never reach production: outside the demo profile the application refuses to start while a demo
 * password is configured or while a database still holds demo accounts (the suite's own demo database); a fresh
 * production database starts.
 */
@org.fazhi.FazhiIntegrationTest
class DemoCredentialsGuardIntegrationTests {

	@org.springframework.beans.factory.annotation.Autowired
	StaffAccounts accounts;

	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String demoDatabase;

	private static ConfigurableApplicationContext start(String url, String... extra) {
		String[] base = { "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + (DatabaseUnderTest.postgresql() ? "postgres" : "sa"),
				"--fazhi.test.keep-datasource=true", "--server.port=0", "--spring.main.banner-mode=off" };
		String[] args = new String[base.length + extra.length];
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return SpringApplication.run(FazhiApplication.class, args);
	}

	@Test
	void refusesToStartWithoutTheDemoProfileOnADatabaseWithDemoAccounts() {
		assertThat(accounts.countByActiveTrueAndDemoCredentialsTrue()).isPositive();
		assertThatThrownBy(() -> start(demoDatabase)).hasStackTraceContaining("使用演示密码的账户")
			.hasStackTraceContaining("demo profile");
	}

	@Test
	void refusesToStartWithoutTheDemoProfileWhenADemoPasswordIsSet() {
		// the password is looked at first, whatever the database holds (here the suite's own, already migrated)
		assertThatThrownBy(() -> start(demoDatabase, "--fazhi.demo.password=Fazhi#Demo2024"))
			.hasStackTraceContaining("演示密码（fazhi.demo.password）只能在 demo 配置下使用");
	}

	/** One database for the whole life of an installation: a start with nothing configured, the bootstrap, upgrades. */
	@Test
	void startsEmptyOnAFreshProductionDatabaseThenOpensTheFirstSubdistrictOnlyOnce() {
		String url = DatabaseUnderTest.newDatabase("guard_bootstrap");
		// a fresh production database starts, with no demo data and no subdistrict
		try (var production = start(url)) {
			assertThat(production.getBean(Tenants.class).count()).isZero();
		}
		String[] bootstrap = { "--fazhi.bootstrap.tenant=440303009", "--fazhi.bootstrap.admin=dongxiao.admin",
				"--fazhi.bootstrap.password=Dongxiao#2025" };
		try (var production = start(url, bootstrap)) {
			var admin = production.getBean(StaffAccounts.class).findByUsername("dongxiao.admin").orElseThrow();
			assertThat(admin.getTenant().getName()).isEqualTo("东晓街道");
			assertThat(admin.isMustChangePassword()).isTrue();
			assertThat(admin.isDemoCredentials()).isFalse();
			// an installation without an operator configured has none
			assertThat(production.getBean(StaffAccounts.class).existsByRole(org.fazhi.organisation.Role.PLATFORM_OPERATOR))
				.isFalse();
		}
		// started again, with an operator configured as well: the subdistrict is not opened twice, the operator is added
		String[] withOperator = { "--fazhi.bootstrap.operator=luohu.operator",
				"--fazhi.bootstrap.operator-password=Luohu#Operator2025" };
		String[] upgrade = java.util.stream.Stream.concat(java.util.Arrays.stream(bootstrap),
				java.util.Arrays.stream(withOperator)).toArray(String[]::new);
		try (var upgraded = start(url, upgrade)) {
			assertThat(upgraded.getBean(Tenants.class).count()).isEqualTo(1);
			var operator = upgraded.getBean(StaffAccounts.class).findByUsername("luohu.operator").orElseThrow();
			assertThat(operator.getRole()).isEqualTo(org.fazhi.organisation.Role.PLATFORM_OPERATOR);
			assertThat(operator.isMustChangePassword()).isTrue();
		}
		try (var again = start(url, upgrade)) {
			assertThat(again.getBean(Tenants.class).count()).isEqualTo(1);
			assertThat(again.getBean(StaffAccounts.class).findAll()).filteredOn(a -> a.getRole()
					== org.fazhi.organisation.Role.PLATFORM_OPERATOR).hasSize(1);
		}
	}
}
