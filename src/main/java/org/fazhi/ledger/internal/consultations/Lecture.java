package org.fazhi.ledger.internal.consultations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/** A rule-of-law lecture (法治讲座): its topic, audience, speaker and how many attended. */
@Entity
@Table(name = "ledger_lecture")
public class Lecture extends LedgerEntry {

	/** Who the lecture was for (对象). */
	public enum AudienceKind {
		RESIDENTS, STAFF, ENTERPRISES, STUDENTS, COMMUNITY_CADRES, OTHER
	}

	@Enumerated(EnumType.STRING)
	private AudienceKind audienceKind;
	private String topic;
	private String speaker;
	private int attendance;

	protected Lecture() {
	}

	public AudienceKind getAudienceKind() {
		return audienceKind;
	}

	public String getTopic() {
		return topic;
	}

	public String getSpeaker() {
		return speaker;
	}

	public int getAttendance() {
		return attendance;
	}
}
