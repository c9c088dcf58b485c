package org.fazhi.mediation.internal.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A training of mediators (调解员培训) or a mediation publicity event (调解宣传活动), counted by the figures. */
@Entity
public class MediationActivity {

	public enum Kind {
		TRAINING, PUBLICITY;

		public String messageKey() {
			return "mediationActivity." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private Long communityId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private LocalDate heldOn;
	private String topic;
	private int participants;
	private int hours;
	private long createdBy;
	private Instant createdAt = Instant.now();

	protected MediationActivity() {
	}

	MediationActivity(long tenantId, Long communityId, Kind kind, LocalDate heldOn, String topic, int participants,
			int hours, long createdBy) {
		this.tenantId = tenantId;
		this.communityId = communityId;
		this.kind = kind;
		this.heldOn = heldOn;
		this.topic = topic;
		this.participants = participants;
		this.hours = hours;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getTopic() {
		return topic;
	}

	public int getParticipants() {
		return participants;
	}

	public int getHours() {
		return hours;
	}
}
