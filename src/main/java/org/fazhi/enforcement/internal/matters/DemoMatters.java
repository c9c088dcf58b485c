package org.fazhi.enforcement.internal.matters;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.fazhi.organisation.FazhiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo catalogue (profile {@code demo}): 67 matters from the penalty articles of the 安全生产法, 消防法, 城镇燃气管理条例
 * and 城乡规划法 texts in the project's data, imported through the same path as an administrator's spreadsheet. The
 * decisions that handed them to the subdistrict are left empty rather than invented.
 */
@Component
@Profile("demo")
class DemoMatters implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoMatters.class);

	private final MatterCatalogue catalogue;
	private final MatterSheets sheets;
	private final EnforcementMatters matters;
	private final UserDetailsService accounts;

	DemoMatters(MatterCatalogue catalogue, MatterSheets sheets, EnforcementMatters matters,
			UserDetailsService accounts) {
		this.catalogue = catalogue;
		this.sheets = sheets;
		this.matters = matters;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean generate() {
		var admin = (FazhiUser) accounts.loadUserByUsername("admin");
		if (matters.countByTenantId(admin.tenantId()) > 0) {
			return false;
		}
		try (var in = new ClassPathResource("data/enforcement/matters.csv").getInputStream()) {
			var result = catalogue.importRows(admin, sheets.read(in));
			if (!result.accepted()) {
				throw new IllegalStateException("demo catalogue refused: " + result.problems());
			}
			log.info("demo enforcement catalogue imported matters={}", result.created());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return true;
	}
}
