package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.fazhi.organisation.Role;

/** A staff member's account: belongs to one department of one tenant, has one role and, where it applies, a community. */
@Entity
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tenant tenant;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Department department;
	@ManyToOne(fetch = FetchType.LAZY)
	private Community community;
	private String username;
	private String passwordHash;
	private String fullName;
	private String jobTitle;
	@Enumerated(EnumType.STRING)
	private Role role;
	private boolean active = true;
	private boolean demoCredentials;
	private boolean mustChangePassword;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected StaffAccount() {
	}

	StaffAccount(Tenant tenant, Department department, Community community, String username, String passwordHash,
			String fullName, String jobTitle, Role role) {
		this.tenant = tenant;
		this.department = department;
		this.community = community;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.jobTitle = jobTitle;
		this.role = role;
		this.mustChangePassword = true;
	}

	void change(Department newDepartment, Community newCommunity, String newFullName, String newJobTitle, Role newRole) {
		this.department = newDepartment;
		this.community = newCommunity;
		this.fullName = newFullName;
		this.jobTitle = newJobTitle;
		this.role = newRole;
	}

	/** Demo accounts share the demo password; the application refuses to start outside the demo profile while any do. */
	void markDemoCredentials() {
		this.demoCredentials = true;
		this.mustChangePassword = false;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public Tenant getTenant() {
		return tenant;
	}

	public Department getDepartment() {
		return department;
	}

	public Community getCommunity() {
		return community;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public Role getRole() {
		return role;
	}

	public boolean isActive() {
		return active;
	}

	public boolean isDemoCredentials() {
		return demoCredentials;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}
}
