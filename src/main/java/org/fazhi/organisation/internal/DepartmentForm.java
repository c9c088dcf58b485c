package org.fazhi.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.Input;

/** What an administrator enters to create or change a department. */
public class DepartmentForm {

	@NotBlank(message = "{department.code.required}")
	@Pattern(regexp = "[A-Za-z0-9_-]{2,20}", message = "{department.code.format}")
	private String code;

	@NotBlank(message = "{department.name.required}")
	@Size(max = 60, message = "{field.tooLong}")
	private String name;

	@NotNull(message = "{department.kind.required}")
	private DepartmentKind kind;

	public DepartmentForm() {
	}

	public DepartmentForm(String code, String name, DepartmentKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	static DepartmentForm of(Department department) {
		return new DepartmentForm(department.getCode(), department.getName(), department.getKind());
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

	public DepartmentKind getKind() {
		return kind;
	}

	public void setKind(DepartmentKind kind) {
		this.kind = kind;
	}
}
