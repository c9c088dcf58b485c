package org.fazhi.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;

/** What an administrator enters to create or change a staff account; the password is only used on creation. */
public class StaffForm {

	@NotBlank(message = "{staff.username.required}")
	@Pattern(regexp = "[a-z][a-z0-9_.]{2,39}", message = "{staff.username.format}")
	private String username;

	@NotBlank(message = "{staff.fullName.required}")
	@Size(max = 40, message = "{field.tooLong}")
	private String fullName;

	@Size(max = 60, message = "{field.tooLong}")
	private String jobTitle;

	@NotNull(message = "{staff.department.required}")
	private Long departmentId;

	private Long communityId;

	@NotNull(message = "{staff.role.required}")
	private Role role;

	/** The enforcement certificate number (行政执法证号), for officers; published with the catalogue. */
	private String certificateNo;
	/** The legal-profession qualification certificate number (法律职业资格证书编号), for legal reviewers. */
	private String qualificationNo;

	/** A data scope other than the role's default; null keeps the default. */
	private DataScope dataScope;

	private String initialPassword;

	public StaffForm() {
	}

	static StaffForm of(StaffAccount account) {
		var form = new StaffForm();
		form.username = account.getUsername();
		form.fullName = account.getFullName();
		form.jobTitle = account.getJobTitle();
		form.departmentId = account.getDepartment().getId();
		form.communityId = account.getCommunity() == null ? null : account.getCommunity().getId();
		form.role = account.getRole();
		form.dataScope = account.getDataScope();
		form.certificateNo = account.getCertificateNo();
		form.qualificationNo = account.getQualificationNo();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = Input.trim(username);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = Input.trim(fullName);
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = Input.trim(jobTitle);
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public void setCommunityId(Long communityId) {
		this.communityId = communityId;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public void setCertificateNo(String certificateNo) {
		this.certificateNo = Input.trim(certificateNo);
	}

	public String getQualificationNo() {
		return qualificationNo;
	}

	public void setQualificationNo(String qualificationNo) {
		this.qualificationNo = Input.trim(qualificationNo);
	}

	public DataScope getDataScope() {
		return dataScope;
	}

	public void setDataScope(DataScope dataScope) {
		this.dataScope = dataScope;
	}

	public String getInitialPassword() {
		return initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}
}
