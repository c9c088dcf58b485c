package org.fazhi.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are, which tenant, department and community they work for and in which role.
 * Every module reads the caller's tenant and scope from here.
 */
public final class FazhiUser implements UserDetails, Actor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;
	private final String username;
	private final String passwordHash;
	private final String fullName;
	private final long tenantId;
	private final String tenantCode;
	private final String tenantName;
	private final long departmentId;
	private final String departmentName;
	private final Long communityId;
	private final String communityName;
	private final Role role;
	private final DataScope scope;
	private final boolean enabled;
	private final boolean locked;
	private final boolean mustChangePassword;
	private final int securityVersion;

	public FazhiUser(long accountId, String username, String passwordHash, String fullName, long tenantId,
			String tenantCode, String tenantName, long departmentId, String departmentName, Long communityId,
			String communityName, Role role, DataScope scope, boolean enabled, boolean locked,
			boolean mustChangePassword, int securityVersion) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.tenantId = tenantId;
		this.tenantCode = tenantCode;
		this.tenantName = tenantName;
		this.departmentId = departmentId;
		this.departmentName = departmentName;
		this.communityId = communityId;
		this.communityName = communityName;
		this.role = role;
		this.scope = scope == null ? role.defaultScope() : scope;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.securityVersion = securityVersion;
	}

	/**
	 * The account's security version when this session or token began: deactivation, a change of role, scope or
	 * placement and a password reset raise it, and a session or token of an older version ends at its next request.
	 */
	public int securityVersion() {
		return securityVersion;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String fullName() {
		return fullName;
	}

	@Override
	public long tenantId() {
		return tenantId;
	}

	public String tenantCode() {
		return tenantCode;
	}

	public String tenantName() {
		return tenantName;
	}

	public long departmentId() {
		return departmentId;
	}

	public String departmentName() {
		return departmentName;
	}

	public Long communityId() {
		return communityId;
	}

	public String communityName() {
		return communityName;
	}

	public Role role() {
		return role;
	}

	/** The data scope the account reads: set by an administrator, or the role's default. */
	public DataScope scope() {
		return scope;
	}

	/** The community the account's reads are confined to, or null when its scope is wider than one community. */
	public Long communityScope() {
		return scope == DataScope.COMMUNITY ? communityId : null;
	}

	/** An administrator set this password (or the account is new): the user must choose their own first. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FazhiUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "FazhiUser[" + username + ", tenant " + tenantCode + ", " + role + "]";
	}
}
