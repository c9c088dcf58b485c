package org.fazhi.enforcement.internal.cases;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a penalty decision must say of the office beyond its name (行政处罚法 第五十九条第一款第四项、第五项): where a
 * fine is paid (the collecting bank and account that the finance rules give the office, or an online channel), and the
 * body that reviews the decision (行政复议法 第二十四条: for a subdistrict office, the district people's government) and
 * the court. Kept by the administrator; the remedies default to the district's government and court.
 */
@Component
class OfficeDetails {

	/** The office's details as the documents use them. */
	record Office(String bank, String accountName, String account, String online, String reviewBody, String court) {

		/** Whether a fine can be decided with a lawful way to pay it. */
		boolean paymentKnown() {
			return (bank != null && account != null) || online != null;
		}
	}

	private final JdbcTemplate jdbc;
	private final EnforcementNumbers numbers;
	private final OrganisationDirectory directory;

	OfficeDetails(JdbcTemplate jdbc, EnforcementNumbers numbers, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	Office of(FazhiUser user) {
		numbers.abbreviation(user);
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		String place = tenant.city() + tenant.district();
		return jdbc.queryForObject("select payment_bank, payment_account_name, payment_account, payment_online,"
				+ " review_body, court from enforcement_office where tenant_id = ?",
				(rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5) != null ? rs.getString(5) : place + "人民政府",
						rs.getString(6) != null ? rs.getString(6) : place + "人民法院"),
				user.tenantId());
	}

	@Transactional
	void save(FazhiUser user, Office office) {
		String bank = text("paymentBank", office.bank(), 100);
		String name = text("paymentAccountName", office.accountName(), 100);
		String account = text("paymentAccount", office.account(), 40);
		if (account != null && (!account.matches("[0-9][0-9 \\-]*[0-9]")
				|| account.replaceAll("[^0-9]", "").length() < 8 || account.matches(".*[ \\-]{2,}.*"))) {
			throw new RuleViolation("paymentAccount", "office.account.format");
		}
		if ((bank == null) != (account == null) || (account == null) != (name == null)) {
			throw new RuleViolation("paymentAccount", "office.account.incomplete");
		}
		String online = text("paymentOnline", office.online(), 200);
		String reviewBody = text("reviewBody", office.reviewBody(), 100);
		String court = text("court", office.court(), 100);
		if (court != null && !court.endsWith("法院")) {
			throw new RuleViolation("court", "office.court.format");
		}
		numbers.abbreviation(user);
		jdbc.update("update enforcement_office set payment_bank = ?, payment_account_name = ?, payment_account = ?,"
				+ " payment_online = ?, review_body = ?, court = ? where tenant_id = ?", bank, name, account, online,
				reviewBody, court, user.tenantId());
	}

	private static String text(String field, String value, int max) {
		String text = Input.trim(value);
		if (text != null && text.length() > max) {
			throw new RuleViolation(field, "field.tooLong");
		}
		return text;
	}
}
