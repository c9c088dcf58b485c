package org.fazhi.enforcement.internal.entities;

import org.fazhi.enforcement.EntityCategory;
import org.fazhi.shared.Input;

/** A regulated entity as entered in the form; a blank phone keeps the stored one. */
public class EntityForm {

	private String name;
	private String creditCode;
	private EntityCategory category;
	private Long communityId;
	private String address;
	private String contactPerson;
	private String contactPhone;

	static EntityForm of(RegulatedEntity entity) {
		var form = new EntityForm();
		form.name = entity.getName();
		form.creditCode = entity.getCreditCode();
		form.category = entity.getCategory();
		form.communityId = entity.getCommunityId();
		form.address = entity.getAddress();
		form.contactPerson = entity.getContactPerson();
		return form;
	}


	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Input.trim(name);
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = Input.trim(creditCode);
	}

	public EntityCategory getCategory() {
		return category;
	}

	public void setCategory(EntityCategory category) {
		this.category = category;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public void setCommunityId(Long communityId) {
		this.communityId = communityId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = Input.trim(address);
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = Input.trim(contactPerson);
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = Input.trim(contactPhone);
	}
}
