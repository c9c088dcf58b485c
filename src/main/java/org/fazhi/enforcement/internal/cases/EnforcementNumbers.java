package org.fazhi.enforcement.internal.cases;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforcement's document numbers (文号) in the form 机关代字〔年份〕序号号, e.g. 罗东执罚〔2024〕37号: the office's
 * abbreviation, the series character of the document type, and the sequence the documents module keeps per tenant,
 * type and year, without gaps or repeats.
 */
@Component
class EnforcementNumbers {

	private final JdbcTemplate jdbc;
	private final OrganisationDirectory directory;
	private final TransactionTemplate separate;

	private final org.fazhi.documents.DocumentNumbers counters;

	EnforcementNumbers(JdbcTemplate jdbc, OrganisationDirectory directory, PlatformTransactionManager transactions,
			org.fazhi.documents.DocumentNumbers counters) {
		this.counters = counters;
		this.jdbc = jdbc;
		this.directory = directory;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/** The office abbreviation of the tenant: 区 and 街道 initials with 执, e.g. 罗东执, unless an administrator set one. */
	String abbreviation(FazhiUser user) {
		var existing = jdbc.queryForList("select abbreviation from enforcement_office where tenant_id = ?", String.class,
				user.tenantId());
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		String district = tenant.district() == null || tenant.district().isEmpty() ? "" : tenant.district().substring(0, 1);
		String abbreviation = district + tenant.name().substring(0, 1) + "执";
		separate.executeWithoutResult(status -> {
			try {
				jdbc.update("insert into enforcement_office (tenant_id, abbreviation) values (?, ?)", user.tenantId(),
						abbreviation);
			}
			catch (DataIntegrityViolationException ex) {
				status.setRollbackOnly(); // another request created it first
			}
		});
		return jdbc.queryForObject("select abbreviation from enforcement_office where tenant_id = ?", String.class,
				user.tenantId());
	}

	/** Sets the office abbreviation (机关代字) that starts every document number of the tenant from now on. */
	@Transactional
	void setAbbreviation(FazhiUser user, String value) {
		String text = value == null ? "" : value.strip();
		if (!text.matches("[\\p{IsHan}A-Za-z]{1,10}")) {
			throw new org.fazhi.shared.RuleViolation("abbreviation", "office.abbreviation.format");
		}
		abbreviation(user);
		jdbc.update("update enforcement_office set abbreviation = ? where tenant_id = ?", text, user.tenantId());
	}

	/** The last number drawn of each series of the tenant, newest year first. */
	java.util.List<java.util.Map<String, Object>> series(FazhiUser user) {
		return counters.series(user.tenantId());
	}

	/** The next number of a series, formatted: 罗东执罚〔2024〕37号; the documents module counts. */
	@Transactional(propagation = Propagation.MANDATORY)
	String next(FazhiUser user, String series, String type, int year) {
		return abbreviation(user) + series + "〔" + year + "〕" + counters.next(user.tenantId(), type, year) + "号";
	}
}
