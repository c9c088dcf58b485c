package org.fazhi.enforcement.internal.cases;

/**
 * The steps a person takes on a penalty case. Each has one gate in {@link CaseWork#gate}: the page offers a step only
 * when its gate is open for this case and this user, and the use case refuses it through the same gate, so the page
 * never offers what will be refused.
 */
public enum CaseStep {
	APPROVE, EVIDENCE, NOTICE, DEFENCE, DEFENCE_WAIVER, HEARING_REQUEST, HEARING_WAIVER, HEARING_NOTICE,
	HEARING_RECORD, SUBMIT_REVIEW, REVIEW, DISCUSSION, PROPOSE, DECIDE, SERVE, PAY, DEFER, URGE, COURT, PUBLISH, CLOSE,
	REVOKE, WITHDRAW, SUSPEND, RESUME, END;

	public String messageKey() {
		return "caseAction." + name();
	}

	/** Whether the step cannot be undone, so the page asks for confirmation before it is taken. */
	public boolean irreversible() {
		return this == DECIDE || this == REVOKE || this == END || this == WITHDRAW || this == CLOSE;
	}
}
