package org.fazhi.mediation.internal.disputes;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.fazhi.shared.EncryptedPersonalData;
import org.fazhi.shared.PersonalData;

/**
 * A party of a dispute: a person (identity number checked per GB 11643, kept SM4-encrypted with a keyed hash to match
 * the same person across disputes, shown masked) or an organisation (GB 32100 credit code); and the party's consent
 * to mediation (人民调解法 第十七条).
 */
@Entity
public class DisputeParty {

	public enum Kind {
		PERSON, ORGANISATION
	}

	public enum Consent {
		AGREED, REFUSED;

		public String messageKey() {
			return "consent." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long disputeId;
	@Enumerated(EnumType.STRING)
	private Kind partyKind;
	private String name;
	@Convert(converter = EncryptedPersonalData.class)
	private String identityNo;
	private String identityHash;
	private String creditCode;
	@Convert(converter = EncryptedPersonalData.class)
	private String phone;
	@Enumerated(EnumType.STRING)
	private Consent consent;
	private LocalDate consentOn;

	protected DisputeParty() {
	}

	DisputeParty(long tenantId, long disputeId, Kind partyKind, String name, String identityNo, String identityHash,
			String creditCode, String phone) {
		this.tenantId = tenantId;
		this.disputeId = disputeId;
		this.partyKind = partyKind;
		this.name = name;
		this.identityNo = identityNo;
		this.identityHash = identityHash;
		this.creditCode = creditCode;
		this.phone = phone;
	}

	void consented(Consent given, LocalDate on) {
		this.consent = given;
		this.consentOn = on;
	}

	public Long getId() {
		return id;
	}

	public long getDisputeId() {
		return disputeId;
	}

	public Kind getPartyKind() {
		return partyKind;
	}

	public String getName() {
		return name;
	}

	/** The identity number for the documents the parties sign; pages show {@link #getMaskedIdentity()}. */
	String identityNumber() {
		return identityNo;
	}

	public String getMaskedIdentity() {
		return identityNo == null ? null : PersonalData.maskIdentityNumber(identityNo);
	}

	public String getIdentityHash() {
		return identityHash;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getMaskedPhone() {
		return phone == null ? null : PersonalData.maskPhone(phone);
	}

	public Consent getConsent() {
		return consent;
	}

	public LocalDate getConsentOn() {
		return consentOn;
	}
}
