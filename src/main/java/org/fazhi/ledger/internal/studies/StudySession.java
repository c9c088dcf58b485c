package org.fazhi.ledger.internal.studies;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.publicity.PublicisedLaw;
import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A study session (学习会) of the party working committee, its central study group or a party branch: the topic, the
 * laws studied, attendance and the minutes. The minutes file and photos are attached to the record.
 */
@Entity
@Table(name = "ledger_study_session")
public class StudySession extends LedgerEntry {

	public enum StudyBody {
		PARTY_WORKING_COMMITTEE, CENTRAL_GROUP, PARTY_BRANCH
	}

	@Enumerated(EnumType.STRING)
	private StudyBody studyBody;
	private String topic;
	private String lawsStudied;
	private int attendance;
	private String minutes;

	protected StudySession() {
	}

	public StudyBody getStudyBody() {
		return studyBody;
	}

	public String getTopic() {
		return topic;
	}

	/** The laws studied, in the order they were recorded. */
	public List<PublicisedLaw> getLawsStudied() {
		return lawsStudied == null || lawsStudied.isBlank() ? List.of()
				: Arrays.stream(lawsStudied.split(",")).map(PublicisedLaw::valueOf).toList();
	}

	public int getAttendance() {
		return attendance;
	}

	public String getMinutes() {
		return minutes;
	}
}
