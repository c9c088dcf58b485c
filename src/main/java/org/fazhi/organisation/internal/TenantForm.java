package org.fazhi.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.Input;

/**
 * Opening a new subdistrict on the platform: its township code and the first administrator account, who then builds
 * the rest of its organisation.
 */
public class TenantForm {

	@NotBlank(message = "{tenant.code.required}")
	@Pattern(regexp = "\\d{9}", message = "{tenant.code.format}")
	private String code;

	@NotBlank(message = "{staff.username.required}")
	@Pattern(regexp = "[a-z][a-z0-9_.]{2,39}", message = "{staff.username.format}")
	private String adminUsername;

	@NotBlank(message = "{staff.fullName.required}")
	@Size(max = 40, message = "{field.tooLong}")
	private String adminFullName;

	private String adminPassword;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = Input.trim(code);
	}

	public String getAdminUsername() {
		return adminUsername;
	}

	public void setAdminUsername(String adminUsername) {
		this.adminUsername = Input.trim(adminUsername);
	}

	public String getAdminFullName() {
		return adminFullName;
	}

	public void setAdminFullName(String adminFullName) {
		this.adminFullName = Input.trim(adminFullName);
	}

	public String getAdminPassword() {
		return adminPassword;
	}

	public void setAdminPassword(String adminPassword) {
		this.adminPassword = adminPassword;
	}
}
