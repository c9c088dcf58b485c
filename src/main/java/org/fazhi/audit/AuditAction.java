package org.fazhi.audit;

/** What happened. */
public enum AuditAction {
	LOGIN, LOGIN_FAILED, LOCKOUT, LOGOUT, PASSWORD_CHANGE, PASSWORD_RESET, CREATE, UPDATE, STATE_CHANGE, EXPORT,
	DOWNLOAD, REVEAL, REFUSED, VERIFY;

	public String messageKey() {
		return "auditAction." + name();
	}
}
