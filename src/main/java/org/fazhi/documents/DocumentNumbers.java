package org.fazhi.documents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbers of official documents (文号的序号): one series per tenant, series and year, without gaps or repeats.
 * A number is drawn in the transaction of the document it numbers, with the series' row locked, so two people at the
 * same moment get consecutive numbers and a rolled-back document gives its number back. The module formats the number
 * (罗东执罚〔2024〕37号 for 行政处罚决定书).
 */
@Service
public class DocumentNumbers {

	private final JdbcTemplate jdbc;
	private final TransactionTemplate separate;

	DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of the series in the year. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long tenantId, String series, int year) {
		// the series' row exists before it is locked; created apart, so a race to create it fails nobody's document
		if (jdbc.queryForObject("select count(*) from document_series where tenant_id = ? and doc_type = ?"
				+ " and series_year = ?", Long.class, tenantId, series, year) == 0) {
			separate.executeWithoutResult(status -> {
				try {
					jdbc.update("insert into document_series (tenant_id, doc_type, series_year, last_number)"
							+ " values (?, ?, ?, 0)", tenantId, series, year);
				}
				catch (DataIntegrityViolationException ex) {
					status.setRollbackOnly(); // created at the same moment by another request
				}
			});
		}
		jdbc.update("update document_series set last_number = last_number + 1 where tenant_id = ? and doc_type = ?"
				+ " and series_year = ?", tenantId, series, year);
		return jdbc.queryForObject("select last_number from document_series where tenant_id = ? and doc_type = ?"
				+ " and series_year = ?", Integer.class, tenantId, series, year);
	}

	/** The last number drawn of each series of the tenant, newest year first. */
	@Transactional(readOnly = true)
	public java.util.List<java.util.Map<String, Object>> series(long tenantId) {
		return jdbc.queryForList("select doc_type, series_year, last_number from document_series where tenant_id = ?"
				+ " order by series_year desc, doc_type", tenantId);
	}
}
