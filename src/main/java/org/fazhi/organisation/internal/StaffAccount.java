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

import org.fazhi.organisation.DataScope;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.fazhi.organisation.Role;

/** A staff member's account: belongs to one department of one tenant, has one role and, where it applies, a community. */
@Entity
@Audited
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@NotAudited
	private Tenant tenant;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Department department;
	@ManyToOne(fetch = FetchType.LAZY)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Community community;
	private String username;
	@NotAudited
	private String passwordHash;
	private String fullName;
	private String jobTitle;
	private String certificateNo;
	private String qualificationNo;
	@Enumerated(EnumType.STRING)
	private Role role;
	private boolean active = true;
	@NotAudited
	private boolean demoCredentials;
	private boolean mustChangePassword;
	@NotAudited
	private int failedAttempts;
	@NotAudited
	private Instant lockedUntil;
	@Enumerated(EnumType.STRING)
	private DataScope dataScope;
	@NotAudited
	private Instant passwordChangedAt;
	private Instant createdAt = Instant.now();
	@Version
	private int version;
	/** Raised whenever the account's open sessions and tokens must end (see {@link #endSessions()}). */
	@NotAudited
	private int securityVersion;

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

	void change(Department newDepartment, Community newCommunity, String newFullName, String newJobTitle, Role newRole,
			DataScope newScope) {
		if (newRole != role || newScope != dataScope || !java.util.Objects.equals(idOf(newDepartment), idOf(department))
				|| !java.util.Objects.equals(idOf(newCommunity), idOf(community))) {
			// what the account may do or read changed: its open sessions and tokens end
			endSessions();
		}
		this.department = newDepartment;
		this.community = newCommunity;
		this.fullName = newFullName;
		this.jobTitle = newJobTitle;
		this.role = newRole;
		this.dataScope = newScope;
	}

	void assignCertificate(String number) {
		this.certificateNo = number;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	void assignQualification(String number) {
		this.qualificationNo = number;
	}

	public String getQualificationNo() {
		return qualificationNo;
	}

	void assignScope(DataScope scope) {
		this.dataScope = scope;
	}

	/** The user chose a new password: no longer a demo or administrator-set one. */
	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.demoCredentials = false;
		this.passwordChangedAt = Instant.now();
	}

	/** An administrator set a password: the user must replace it at the next sign-in; a lockout ends. */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		this.demoCredentials = false;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.passwordChangedAt = Instant.now();
		endSessions();
	}

	private static Long idOf(Department d) {
		return d == null ? null : d.getId();
	}

	private static Long idOf(Community c) {
		return c == null ? null : c.getId();
	}

	/** Ends every open session and token of the account at its next request, on every node. */
	void endSessions() {
		securityVersion++;
	}

	public int getSecurityVersion() {
		return securityVersion;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public DataScope getDataScope() {
		return dataScope;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	/** Demo accounts share the demo password; the application refuses to start outside the demo profile while any do. */
	void markDemoCredentials() {
		this.demoCredentials = true;
		this.mustChangePassword = false;
	}

	void deactivate() {
		this.active = false;
		endSessions();
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
