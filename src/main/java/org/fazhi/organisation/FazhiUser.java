package org.fazhi.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are, which tenant, department and community they work for and in which role.
 * Every module reads the caller's tenant and scope from here.
 */
public final class FazhiUser implements UserDetails {

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
	private final boolean enabled;

	public FazhiUser(long accountId, String username, String passwordHash, String fullName, long tenantId,
			String tenantCode, String tenantName, long departmentId, String departmentName, Long communityId,
			String communityName, Role role, boolean enabled) {
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
		this.enabled = enabled;
	}

	public long accountId() {
		return accountId;
	}

	public String fullName() {
		return fullName;
	}

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

	public DataScope scope() {
		return role.defaultScope();
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
