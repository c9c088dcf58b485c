package org.fazhi.enforcement.internal.entities;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.enforcement.EntityCategory;
import org.fazhi.shared.EncryptedPersonalData;
import org.fazhi.shared.PersonalData;

/** An enterprise, individual business or 三小场所 of a community, with its credit code and (encrypted) contact. */
@Entity
public class RegulatedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long communityId;
	/** Who registered the entity (null for entities registered before this was kept). */
	private Long createdBy;
	private String name;
	private String creditCode;
	@Enumerated(EnumType.STRING)
	private EntityCategory category;
	private String address;
	private String contactPerson;
	@Convert(converter = EncryptedPersonalData.class)
	private String contactPhone;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected RegulatedEntity() {
	}

	RegulatedEntity(long tenantId, EntityForm form, Long createdBy) {
		this.tenantId = tenantId;
		this.createdBy = createdBy;
		apply(form);
	}

	void apply(EntityForm form) {
		this.communityId = form.getCommunityId();
		this.name = form.getName();
		this.creditCode = form.getCreditCode() == null ? null : form.getCreditCode().toUpperCase(java.util.Locale.ROOT);
		this.category = form.getCategory();
		this.address = form.getAddress();
		this.contactPerson = form.getContactPerson();
		if (form.getContactPhone() != null) {
			this.contactPhone = form.getContactPhone();
		}
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public String getName() {
		return name;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public EntityCategory getCategory() {
		return category;
	}

	public String getAddress() {
		return address;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getMaskedContactPhone() {
		return PersonalData.maskPhone(contactPhone);
	}

	public boolean isActive() {
		return active;
	}
}
