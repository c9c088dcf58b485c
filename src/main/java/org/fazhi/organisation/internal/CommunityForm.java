package org.fazhi.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.Input;

/** What an administrator enters to create or change a community; also the JSON body of the API. */
public class CommunityForm {

	/** The tenant the community belongs to (its parent); blank means the caller's own tenant. */
	private String tenantCode;

	@NotBlank(message = "{community.code.required}")
	@Pattern(regexp = "\\d{12}", message = "{community.code.format}")
	private String code;

	@NotBlank(message = "{community.name.required}")
	@Size(max = 60, message = "{field.tooLong}")
	private String name;

	public CommunityForm() {
	}

	public CommunityForm(String tenantCode, String code, String name) {
		this.tenantCode = tenantCode;
		this.code = code;
		this.name = name;
	}

	static CommunityForm of(Community community, String tenantCode) {
		return new CommunityForm(tenantCode, community.getCode(), community.getName());
	}

	public String getTenantCode() {
		return tenantCode;
	}

	public void setTenantCode(String tenantCode) {
		this.tenantCode = Input.trim(tenantCode);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = Input.trim(code);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Input.trim(name);
	}
}
