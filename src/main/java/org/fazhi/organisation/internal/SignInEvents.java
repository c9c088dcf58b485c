package org.fazhi.organisation.internal;

import java.time.Duration;
import java.time.Instant;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.FazhiUser;
import org.springframework.beans.factory.annotation.Value;
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
	private final int threshold;
	private final Duration lockout;

	SignInEvents(StaffAccounts accounts, AuditTrail trail,
			@Value("${fazhi.security.lockout-attempts:5}") int threshold,
			@Value("${fazhi.security.lockout-duration:PT15M}") Duration lockout) {
		this.accounts = accounts;
		this.trail = trail;
		this.threshold = threshold;
		this.lockout = lockout;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof FazhiUser user) {
			accounts.findById(user.accountId()).ifPresent(StaffAccount::signedIn);
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
			trail.record(null, null, username, AuditAction.LOGIN_FAILED, SIGN_IN, null, AuditOutcome.FAILED,
					"unknown account");
			return;
		}
		StaffAccount staff = account.get();
		Long tenantId = staff.getTenant().getId();
		trail.record(tenantId, staff.getId(), staff.getUsername(), AuditAction.LOGIN_FAILED, SIGN_IN, staff.getId(),
				AuditOutcome.FAILED, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent
				&& staff.failedSignIn(threshold, Instant.now().plus(lockout))) {
			trail.record(tenantId, staff.getId(), staff.getUsername(), AuditAction.LOCKOUT, SIGN_IN, staff.getId(),
					AuditOutcome.REFUSED, "locked until " + staff.getLockedUntil());
		}
	}
}
