package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.fazhi.shared.EncryptedPersonalData;

import org.fazhi.shared.PersonalData;

/** A person outside the office's staff: a lawyer, a mediator, a 法律明白人, a grid worker, with affiliation and community. */
@Entity
public class ExternalPerson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tenant tenant;
	@ManyToOne(fetch = FetchType.LAZY)
	private Community community;
	@Enumerated(EnumType.STRING)
	private ExternalPersonKind kind;
	private String fullName;
	private String affiliation;
	private String speciality;
	@Convert(converter = EncryptedPersonalData.class)
	private String phone;
	@Convert(converter = EncryptedPersonalData.class)
	private String idNumber;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected ExternalPerson() {
	}

	ExternalPerson(Tenant tenant, Community community, ExternalPersonKind kind, String fullName, String affiliation,
			String speciality) {
		this.tenant = tenant;
		this.community = community;
		this.kind = kind;
		this.fullName = fullName;
		this.affiliation = affiliation;
		this.speciality = speciality;
	}

	void change(Community newCommunity, ExternalPersonKind newKind, String newFullName, String newAffiliation,
			String newSpeciality) {
		this.community = newCommunity;
		this.kind = newKind;
		this.fullName = newFullName;
		this.affiliation = newAffiliation;
		this.speciality = newSpeciality;
	}

	/** Replaces the contact data given; a null value leaves that item as it is. */
	void changePersonalData(String newPhone, String newIdNumber) {
		if (newPhone != null) {
			this.phone = newPhone;
		}
		if (newIdNumber != null) {
			this.idNumber = newIdNumber.toUpperCase(java.util.Locale.ROOT);
		}
	}

	public String getPhone() {
		return phone;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public String getMaskedPhone() {
		return PersonalData.maskPhone(phone);
	}

	public String getMaskedIdNumber() {
		return PersonalData.maskIdentityNumber(idNumber);
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

	public Community getCommunity() {
		return community;
	}

	public ExternalPersonKind getKind() {
		return kind;
	}

	public String getFullName() {
		return fullName;
	}

	public String getAffiliation() {
		return affiliation;
	}

	public String getSpeciality() {
		return speciality;
	}

	public boolean isActive() {
		return active;
	}
}
