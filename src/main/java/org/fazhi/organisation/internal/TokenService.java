package org.fazhi.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.ApiTokens;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing, revoking and checking personal access tokens. A token is 32 random bytes; only its SHA-256 is
 * stored, so a leaked database does not leak usable tokens. Tokens expire after at most a year.
 */
@Service
@Transactional
public class TokenService implements ApiTokens {

	static final String RECORD_TYPE = "ACCESS_TOKEN";
	static final int MAXIMUM_DAYS = 365;

	private final SecureRandom random = new SecureRandom();
	private final PersonalAccessTokens tokens;
	private final StaffAccounts staff;
	private final AuditTrail trail;

	TokenService(PersonalAccessTokens tokens, StaffAccounts staff, AuditTrail trail) {
		this.tokens = tokens;
		this.staff = staff;
		this.trail = trail;
	}

	/** The new token in clear, shown once to its owner. */
	public record CreatedToken(long id, String token) {
	}

	public CreatedToken create(FazhiUser user, String name, int days) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new RuleViolation("name", "token.name.required");
		}
		if (trimmed.length() > 60) {
			throw new RuleViolation("name", "field.tooLong");
		}
		if (days < 1 || days > MAXIMUM_DAYS) {
			throw new RuleViolation("days", "token.days.range", MAXIMUM_DAYS);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		var saved = tokens.save(new PersonalAccessToken(user.accountId(), user.tenantId(), trimmed,
				token.substring(0, 10), sha256(token), Instant.now().plus(Duration.ofDays(days)),
				user.securityVersion()));
		trail.record(AuditAction.CREATE, RECORD_TYPE, saved.getId(), AuditOutcome.SUCCESS,
				trimmed + ", valid " + days + " days");
		return new CreatedToken(saved.getId(), token);
	}

	@Transactional(readOnly = true)
	public List<PersonalAccessToken> list(FazhiUser user) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(user.accountId());
	}

	public void revoke(FazhiUser user, long id) {
		var token = tokens.findByIdAndAccountId(id, user.accountId()).orElseThrow(() -> new NotFound("token", id));
		token.revoke();
		trail.record(AuditAction.STATE_CHANGE, RECORD_TYPE, id, AuditOutcome.SUCCESS, "revoked");
	}

	@Override
	public Optional<FazhiUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		// the account and its organisation in one statement: this runs on every call of the API
		return tokens.findByTokenHash(sha256(token)).filter(t -> t.usableAt(now)).flatMap(t -> staff
			.findWithOrganisation(t.getAccountId())
			.map(AccountSignIn.AccountLookup::user)
			.filter(user -> user.isEnabled() && user.isAccountNonLocked() && t.issuedAtVersion(user.securityVersion()))
			.map(user -> {
				t.usedAt(now);
				return user;
			}));
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
