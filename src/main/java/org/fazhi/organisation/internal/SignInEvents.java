package org.fazhi.organisation.internal;


import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.FazhiUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sign-ins do to accounts and the audit trail: a success clears the failure count; each wrong password counts,
 * and the fifth in a row locks the account for 15 minutes (both configurable). Every attempt is audited. The page
 * never says whether an account exists.
 */
@Component
class SignInEvents {

	static final String SIGN_IN = "SIGN_IN";

	private final StaffAccounts accounts;
	private final AuditTrail trail;
	private final SignInAttempts attempts;

	SignInEvents(StaffAccounts accounts, AuditTrail trail, SignInAttempts attempts) {
		this.accounts = accounts;
		this.trail = trail;
		this.attempts = attempts;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof FazhiUser user) {
			trail.record(user.tenantId(), user.accountId(), user.getUsername(), AuditAction.LOGIN, SIGN_IN,
					user.accountId(), AuditOutcome.SUCCESS, null);
		}
	}

	@EventListener
	@Transactional
	public void on(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		var account = accounts.findByUsername(username == null ? "" : username.strip());
		String reason = event.getException().getClass().getSimpleName();
		if (account.isEmpty()) {
			// no tenant owns an unknown name: the entry goes to the platform's chain, which the operator reads
			trail.record(null, null, username, AuditAction.LOGIN_FAILED, SIGN_IN, null, AuditOutcome.FAILED,
					"unknown account");
			return;
		}
		StaffAccount staff = account.get();
		Long tenantId = staff.getTenant().getId();
		trail.record(tenantId, staff.getId(), staff.getUsername(), AuditAction.LOGIN_FAILED, SIGN_IN, staff.getId(),
				AuditOutcome.FAILED, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent && attempts.lockedByThisAttempt()) {
			trail.record(tenantId, staff.getId(), staff.getUsername(), AuditAction.LOCKOUT, SIGN_IN, staff.getId(),
					AuditOutcome.REFUSED, "locked after " + attempts.threshold() + " wrong passwords");
		}
	}
}
