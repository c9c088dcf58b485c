package org.fazhi.ledger.internal.meetings;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A meeting (会议): the rule-of-law work meeting, the 依法治街委员会, the party working committee's study of law, the
 * petition joint meeting, the property-management meeting; its chair, attendance, the kinds of its agenda items and
 * what it decided. The minutes are uploaded on the record.
 */
@Entity
@Table(name = "ledger_meeting")
public class Meeting extends LedgerEntry {

	public enum MeetingKind {
		RULE_OF_LAW_WORK, RULE_OF_LAW_COMMITTEE, PARTY_COMMITTEE_STUDY, PETITION_JOINT, PROPERTY_MANAGEMENT
	}

	public enum AgendaTopic {
		RULE_OF_LAW, MEDIATION, PUBLIC_SAFETY, STUDY
	}

	@Enumerated(EnumType.STRING)
	private MeetingKind meetingKind;
	private String subject;
	private String chair;
	private int attendance;
	private String agenda;
	private String decisions;
	private String disputes;

	protected Meeting() {
	}

	public MeetingKind getMeetingKind() {
		return meetingKind;
	}

	public String getSubject() {
		return subject;
	}

	public String getChair() {
		return chair;
	}

	public int getAttendance() {
		return attendance;
	}

	/** The kinds of the agenda items, in the order they were recorded. */
	public List<AgendaTopic> getAgenda() {
		return agenda == null || agenda.isBlank() ? List.of()
				: Arrays.stream(agenda.split(",")).map(AgendaTopic::valueOf).toList();
	}

	public String getDecisions() {
		return decisions;
	}

	/** The numbers of the disputes the meeting analysed, as entered (separated by 、 or commas). */
	public String getDisputes() {
		return disputes;
	}
}
