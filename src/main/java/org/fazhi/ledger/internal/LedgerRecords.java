package org.fazhi.ledger.internal;

import java.util.List;

import org.fazhi.ledger.internal.consultations.Consultation;
import org.fazhi.ledger.internal.consultations.Lecture;
import org.fazhi.ledger.internal.dutyreports.DutyReport;
import org.fazhi.ledger.internal.legalliterates.LegalLiterate;
import org.fazhi.ledger.internal.legalliterates.LegalLiterateActivity;
import org.fazhi.ledger.internal.letters.ResponsibilityLetter;
import org.fazhi.ledger.internal.meetings.Meeting;
import org.fazhi.ledger.internal.meetings.MeetingAction;
import org.fazhi.ledger.internal.publicity.PublicityDuty;
import org.fazhi.ledger.internal.publicity.PublicityEvent;
import org.fazhi.ledger.internal.safety.SafetyEvent;
import org.fazhi.ledger.internal.safety.SafetyPlace;
import org.fazhi.ledger.internal.studies.ExamResult;
import org.fazhi.ledger.internal.studies.StudySession;
import org.fazhi.ledger.internal.trainings.TrainedPerson;
import org.fazhi.ledger.internal.trainings.Training;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;

/**
 * How the ledgers' records are owned, declared once: each belongs to the department of whoever entered it, to the
 * community it concerns, and to whoever entered it; a consultation also to the lawyer who answered it. The justice
 * office reads every ledger of the office (its role rule); a community worker reads their community's records.
 */
public final class LedgerRecords {

	public static final RecordOwnership CONSULTATION = owned("LEDGER_CONSULTATION", Consultation.class, "advisorId");
	public static final RecordOwnership LECTURE = owned("LEDGER_LECTURE", Lecture.class);
	public static final RecordOwnership PUBLICITY = owned("LEDGER_PUBLICITY", PublicityEvent.class);
	public static final RecordOwnership SAFETY_PLACE = owned("LEDGER_SAFETY_PLACE", SafetyPlace.class);
	public static final RecordOwnership SAFETY_EVENT = owned("LEDGER_SAFETY_EVENT", SafetyEvent.class);
	public static final RecordOwnership TRAINING = owned("LEDGER_TRAINING", Training.class);
	public static final RecordOwnership TRAINED_PERSON = owned("LEDGER_TRAINED_PERSON", TrainedPerson.class);
	public static final RecordOwnership MEETING = owned("LEDGER_MEETING", Meeting.class);
	/** A meeting's decision belongs also to its owner, who reads it and reports it done. */
	public static final RecordOwnership MEETING_ACTION = owned("LEDGER_MEETING_ACTION", MeetingAction.class,
			"ownerId");
	public static final RecordOwnership LETTER = owned("LEDGER_LETTER", ResponsibilityLetter.class);
	public static final RecordOwnership STUDY = owned("LEDGER_STUDY", StudySession.class);
	public static final RecordOwnership EXAM = owned("LEDGER_EXAM", ExamResult.class);
	public static final RecordOwnership DUTY_REPORT = owned("LEDGER_DUTY_REPORT", DutyReport.class);
	public static final RecordOwnership LEGAL_LITERATE = owned("LEDGER_LEGAL_LITERATE", LegalLiterate.class);
	public static final RecordOwnership LEGAL_LITERATE_ACTIVITY = owned("LEDGER_LEGAL_LITERATE_ACTIVITY",
			LegalLiterateActivity.class);
	public static final RecordOwnership PUBLICITY_DUTY = owned("LEDGER_PUBLICITY_DUTY", PublicityDuty.class);

	private LedgerRecords() {
	}

	private static RecordOwnership owned(String recordType, Class<?> entity, String... assignees) {
		return new RecordOwnership(recordType, entity, RecordFamily.LEDGERS, "tenantId", "departmentId",
				"communityId", "createdBy", List.of(assignees));
	}
}
