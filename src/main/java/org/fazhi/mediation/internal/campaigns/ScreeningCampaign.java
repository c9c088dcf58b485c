package org.fazhi.mediation.internal.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A screening campaign (矛盾纠纷排查化解专项行动) in one community, or across the subdistrict when it names none: its
 * topic, period and participants; what it found is recorded as findings, each of which can become a dispute.
 */
@Entity
public class ScreeningCampaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private Long communityId;
	private String topic;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private String participants;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected ScreeningCampaign() {
	}

	ScreeningCampaign(long tenantId, Long communityId, String topic, LocalDate startsOn, LocalDate endsOn,
			String participants, long createdBy) {
		this.tenantId = tenantId;
		this.communityId = communityId;
		this.topic = topic;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.participants = participants;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getTopic() {
		return topic;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getParticipants() {
		return participants;
	}
}
