package org.fazhi.ledger.internal.studies;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * One staff member's result in the year's law exam of state functionaries (国家工作人员学法考试), imported from the
 * provincial exam platform's sheet: the person, matched by name to their staff account, their unit and score. Whether
 * the result is excellent follows from the score and the office's threshold ({@code fazhi.ledger.exam-excellent-score}).
 */
@Entity
@Table(name = "ledger_exam_result")
public class ExamResult extends LedgerEntry {

	/** The annual sitting or a resit. */
	public enum Sitting {
		ANNUAL, RESIT
	}

	@Enumerated(EnumType.STRING)
	private Sitting sitting;
	private Long accountId;
	private String unit;
	private int score;

	protected ExamResult() {
	}

	public Sitting getSitting() {
		return sitting;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getUnit() {
		return unit;
	}

	public int getScore() {
		return score;
	}
}
