package org.fazhi.mediation.internal.disputes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A mediation session: when, where, which mediators, who attended, and the minutes (人民调解法 第二十七条). */
@Entity
public class MediationSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long disputeId;
	private LocalDate heldOn;
	private String place;
	private String mediatorNames;
	private String attendees;
	private String minutes;
	private long createdBy;
	private Instant createdAt = Instant.now();

	protected MediationSession() {
	}

	MediationSession(long tenantId, long disputeId, LocalDate heldOn, String place, String mediatorNames,
			String attendees, String minutes, long createdBy) {
		this.tenantId = tenantId;
		this.disputeId = disputeId;
		this.heldOn = heldOn;
		this.place = place;
		this.mediatorNames = mediatorNames;
		this.attendees = attendees;
		this.minutes = minutes;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getPlace() {
		return place;
	}

	public String getMediatorNames() {
		return mediatorNames;
	}

	public String getAttendees() {
		return attendees;
	}

	public String getMinutes() {
		return minutes;
	}
}
