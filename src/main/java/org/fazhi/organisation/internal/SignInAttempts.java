package org.fazhi.organisation.internal;

import java.time.Duration;
import java.time.Instant;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts password attempts atomically, before the password is checked: one update reserves the attempt, and the
 * reservation that reaches the limit locks the account. Parallel guesses therefore never get past the limit (each
 * takes a place in the count before its password is compared), and no attempt fails on a lost optimistic lock.
 * Sign-in and the current-password check of a password change share the count. Attempts are also throttled per client
 * address, whichever accounts they name.
 */
@Component
class SignInAttempts {

	/** What this thread's reservation did, read by the failure listener of the same attempt. */
	private static final ThreadLocal<Boolean> LOCKED_BY_THIS_ATTEMPT = new ThreadLocal<>();

	private final JdbcTemplate jdbc;
	private final AuditTrail trail;
	private final int threshold;
	private final Duration lockout;
	private final int perAddressPerMinute;
	private final org.fazhi.shared.PerMinute<String> perAddress = new org.fazhi.shared.PerMinute<>();

	SignInAttempts(JdbcTemplate jdbc, AuditTrail trail, @Value("${fazhi.security.lockout-attempts:5}") int threshold,
			@Value("${fazhi.security.lockout-duration:PT15M}") Duration lockout,
			@Value("${fazhi.security.sign-ins-per-address-per-minute:30}") int perAddressPerMinute) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.threshold = threshold;
		this.lockout = lockout;
		this.perAddressPerMinute = perAddressPerMinute;
	}

	int threshold() {
		return threshold;
	}

	/**
	 * Takes a place in the account's count of failed attempts before the password is compared.
	 *
	 * @return false when the account is locked: the password must not be compared at all
	 */
	boolean reserve(long accountId) {
		Instant now = Instant.now();
		String count = "case when locked_until is not null then 1 else failed_attempts + 1 end";
		int updated = jdbc.update("update staff_account set failed_attempts = " + count + ", locked_until = case when "
				+ count + " >= ? then cast(? as timestamp with time zone) else null end where id = ? and (locked_until is null or locked_until <= ?)",
				threshold, java.sql.Timestamp.from(now.plus(lockout)), accountId, java.sql.Timestamp.from(now));
		if (updated == 0) {
			LOCKED_BY_THIS_ATTEMPT.remove();
			return false;
		}
		Integer reached = jdbc.queryForObject("select failed_attempts from staff_account where id = ?", Integer.class,
				accountId);
		LOCKED_BY_THIS_ATTEMPT.set(reached != null && reached >= threshold);
		return true;
	}

	/** The password was right: the count starts again and a lock this attempt set is lifted. */
	void succeeded(long accountId) {
		LOCKED_BY_THIS_ATTEMPT.remove();
		jdbc.update("update staff_account set failed_attempts = 0, locked_until = null where id = ?", accountId);
	}

	/** Whether the reservation of the attempt that just failed on this thread locked the account. */
	boolean lockedByThisAttempt() {
		Boolean locked = LOCKED_BY_THIS_ATTEMPT.get();
		LOCKED_BY_THIS_ATTEMPT.remove();
		return Boolean.TRUE.equals(locked);
	}

	/**
	 * Whether the client address may try another password now: its attempts are counted within the clock's minute.
	 */
	boolean addressMayTry(String username) {
		String address = clientAddress();
		if (address == null) {
			return true;
		}
		if (perAddress.count(address) > perAddressPerMinute) {
			trail.record(null, null, username, AuditAction.LOGIN_FAILED, SignInEvents.SIGN_IN, null,
					AuditOutcome.REFUSED, "throttled: more than " + perAddressPerMinute + " attempts a minute from "
							+ address);
			return false;
		}
		return true;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
