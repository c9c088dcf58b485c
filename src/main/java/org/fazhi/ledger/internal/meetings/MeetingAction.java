package org.fazhi.ledger.internal.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A decision of a meeting to be carried out (会议决定事项): the meeting it came from, its agenda kind, what is to be done,
 * its owner and the days the meeting gave. Its day is the meeting's; entering it registers the owner's deadline
 * ({@code MEETING_ACTION_ITEM}), which the owner or the justice office completes by reporting it done.
 */
@Entity
@Table(name = "ledger_meeting_action")
public class MeetingAction extends LedgerEntry {

	@Enumerated(EnumType.STRING)
	private Meeting.AgendaTopic agendaTopic;
	private String meetingSubject;
	private String item;
	private Long ownerId;
	private int days;

	protected MeetingAction() {
	}

	public Meeting.AgendaTopic getAgendaTopic() {
		return agendaTopic;
	}

	public String getMeetingSubject() {
		return meetingSubject;
	}

	public String getItem() {
		return item;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public int getDays() {
		return days;
	}
}
