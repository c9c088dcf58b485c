package org.fazhi.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.Input;

/** What an administrator enters to register or change an external person. */
public class ExternalPersonForm {

	@NotNull(message = "{external.kind.required}")
	private ExternalPersonKind kind;

	@NotBlank(message = "{external.fullName.required}")
	@Size(max = 40, message = "{field.tooLong}")
	private String fullName;

	@NotBlank(message = "{external.affiliation.required}")
	@Size(max = 100, message = "{field.tooLong}")
	private String affiliation;

	@Size(max = 100, message = "{field.tooLong}")
	private String speciality;

	private Long communityId;

	/** A new phone number; blank keeps the stored one. */
	private String phone;

	/** A new identity number; blank keeps the stored one. */
	private String idNumber;

	public ExternalPersonForm() {
	}

	static ExternalPersonForm of(ExternalPerson person) {
		var form = new ExternalPersonForm();
		form.kind = person.getKind();
		form.fullName = person.getFullName();
		form.affiliation = person.getAffiliation();
		form.speciality = person.getSpeciality();
		form.communityId = person.getCommunity() == null ? null : person.getCommunity().getId();
		return form;
	}

	public ExternalPersonKind getKind() {
		return kind;
	}

	public void setKind(ExternalPersonKind kind) {
		this.kind = kind;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = Input.trim(fullName);
	}

	public String getAffiliation() {
		return affiliation;
	}

	public void setAffiliation(String affiliation) {
		this.affiliation = Input.trim(affiliation);
	}

	public String getSpeciality() {
		return speciality;
	}

	public void setSpeciality(String speciality) {
		this.speciality = Input.trim(speciality);
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = Input.trim(phone);
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = Input.trim(idNumber);
	}

	public Long getCommunityId() {
		return communityId;
	}

	public void setCommunityId(Long communityId) {
		this.communityId = communityId;
	}
}
