package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A token a staff member created for a program; only its hash is stored. */
@Entity
public class PersonalAccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long accountId;
	private long tenantId;
	private String name;
	private String tokenPrefix;
	private String tokenHash;
	private Instant createdAt = Instant.now();
	private Instant expiresAt;
	private Instant revokedAt;
	private Instant lastUsedAt;
	/** The account's security version when the token was created; a later deactivation, reset or change ends it. */
	private int securityVersion;

	protected PersonalAccessToken() {
	}

	PersonalAccessToken(long accountId, long tenantId, String name, String tokenPrefix, String tokenHash,
			Instant expiresAt, int securityVersion) {
		this.securityVersion = securityVersion;
		this.accountId = accountId;
		this.tenantId = tenantId;
		this.name = name;
		this.tokenPrefix = tokenPrefix;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	/** Whether the account has not been deactivated, reset or changed since the token was created. */
	boolean issuedAtVersion(int accountVersion) {
		return securityVersion == accountVersion;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	/** Notes a use, at most once a minute, so that a busy program does not write on every call. */
	void usedAt(Instant now) {
		if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
			lastUsedAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getName() {
		return name;
	}

	public String getTokenPrefix() {
		return tokenPrefix;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public boolean isActive() {
		return usableAt(Instant.now());
	}
}
