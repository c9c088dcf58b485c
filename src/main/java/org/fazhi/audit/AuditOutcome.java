package org.fazhi.audit;

/** How it ended. */
public enum AuditOutcome {
	SUCCESS, REFUSED, FAILED;

	public String messageKey() {
		return "auditOutcome." + name();
	}
}
