package org.fazhi.ledger.internal.dutyreports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A leader's report on their duty and on the law (述职述法) for a year: the leader, the year reported on, whether it
 * covers the duties of the first responsible person for the rule of law and the leader's study of the law (the items
 * of the 党政主要负责人履行推进法治建设第一责任人职责规定), a summary; its day is the day it was submitted to the district.
 * The report file is attached to the record.
 */
@Entity
@Table(name = "ledger_duty_report")
public class DutyReport extends LedgerEntry {

	/** Whether the report covers an item. */
	public enum Covered {
		YES, NO
	}

	private Long leaderId;
	private int dutyYear;
	@Enumerated(EnumType.STRING)
	private Covered coversDuties;
	@Enumerated(EnumType.STRING)
	private Covered coversStudy;
	private String reportSummary;

	protected DutyReport() {
	}

	public Long getLeaderId() {
		return leaderId;
	}

	public int getDutyYear() {
		return dutyYear;
	}

	public Covered getCoversDuties() {
		return coversDuties;
	}

	public Covered getCoversStudy() {
		return coversStudy;
	}

	public String getReportSummary() {
		return reportSummary;
	}
}
