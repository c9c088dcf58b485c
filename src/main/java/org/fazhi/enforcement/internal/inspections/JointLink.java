package org.fazhi.enforcement.internal.inspections;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A joint operation (联合执法): this subdistrict's inspection or case linked to the partner department's own record
 * of the same operation, by that department's record number.
 */
@Entity
public class JointLink {

	/** The partner departments the report names, and others. */
	public enum Partner {
		DISTRICT_TRANSPORT, TRAFFIC_POLICE, HOUSING, URBAN_MANAGEMENT, MARKET_SUPERVISION, FIRE_RESCUE,
		NEIGHBOURING_SUBDISTRICT, OTHER;

		public String messageKey() {
			return "partner." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private Long inspectionId;
	private Long caseId;
	@Enumerated(EnumType.STRING)
	private Partner partner;
	private String partnerReference;
	private String note;
	private long addedBy;
	private Instant addedAt = Instant.now();

	protected JointLink() {
	}

	JointLink(long tenantId, Long inspectionId, Long caseId, Partner partner, String partnerReference, String note,
			long addedBy) {
		this.tenantId = tenantId;
		this.inspectionId = inspectionId;
		this.caseId = caseId;
		this.partner = partner;
		this.partnerReference = partnerReference;
		this.note = note;
		this.addedBy = addedBy;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Partner getPartner() {
		return partner;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public String getNote() {
		return note;
	}

	public long getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
