package org.fazhi.mediation.internal.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What a screening campaign found; once taken in, the dispute it became. */
@Entity
public class CampaignFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long campaignId;
	private LocalDate foundOn;
	private String description;
	private Long disputeId;
	private long createdBy;
	private Instant createdAt = Instant.now();

	protected CampaignFinding() {
	}

	CampaignFinding(long tenantId, long campaignId, LocalDate foundOn, String description, long createdBy) {
		this.tenantId = tenantId;
		this.campaignId = campaignId;
		this.foundOn = foundOn;
		this.description = description;
		this.createdBy = createdBy;
	}

	void becameDispute(long dispute) {
		this.disputeId = dispute;
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public LocalDate getFoundOn() {
		return foundOn;
	}

	public String getDescription() {
		return description;
	}

	public Long getDisputeId() {
		return disputeId;
	}
}
