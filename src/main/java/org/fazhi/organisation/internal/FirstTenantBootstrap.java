package org.fazhi.organisation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The first start of a production installation: with no tenant in the database, opens the subdistrict named by
 * {@code FAZHI_BOOTSTRAP_TENANT} with the administrator {@code FAZHI_BOOTSTRAP_ADMIN} /
 * {@code FAZHI_BOOTSTRAP_PASSWORD}, who must change that password. With {@code FAZHI_BOOTSTRAP_OPERATOR} and
 * {@code FAZHI_BOOTSTRAP_OPERATOR_PASSWORD} it also creates the platform operator, once, if the installation has none
 * (also on an installation that predates the role). Later starts leave the database alone.
 */
@Component
@Profile("!demo")
@EnableConfigurationProperties(FirstTenantBootstrap.Settings.class)
class FirstTenantBootstrap implements ApplicationRunner {

	@ConfigurationProperties("fazhi.bootstrap")
	record Settings(String tenant, String admin, String adminName, String password, String operator,
			String operatorPassword) {
	}

	private static final Logger log = LoggerFactory.getLogger(FirstTenantBootstrap.class);

	private final Settings settings;
	private final Tenants tenants;
	private final OrganisationAdministration administration;

	FirstTenantBootstrap(Settings settings, Tenants tenants, OrganisationAdministration administration) {
		this.settings = settings;
		this.tenants = tenants;
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments args) {
		openFirstTenant();
		// the platform operator (opens and switches off subdistricts) is created once, on this start or a later one
		if (!blank(settings.operator()) && !blank(settings.operatorPassword()) && tenants.count() > 0
				&& administration.openPlatformOperator(settings.operator(), settings.operatorPassword())) {
			log.info("platform operator created username={}", settings.operator());
		}
	}

	private void openFirstTenant() {
		if (tenants.count() > 0) {
			return;
		}
		if (blank(settings.tenant()) || blank(settings.admin()) || blank(settings.password())) {
			log.warn("no subdistrict yet: set FAZHI_BOOTSTRAP_TENANT, FAZHI_BOOTSTRAP_ADMIN and"
					+ " FAZHI_BOOTSTRAP_PASSWORD to open the first one with its administrator");
			return;
		}
		var form = new TenantForm();
		form.setCode(settings.tenant());
		form.setAdminUsername(settings.admin());
		form.setAdminFullName(blank(settings.adminName()) ? settings.admin() : settings.adminName());
		form.setAdminPassword(settings.password());
		var tenant = administration.openTenant(form);
		log.info("opened first subdistrict tenant={} name={} admin={}", tenant.getCode(), tenant.getName(),
				settings.admin());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
