package org.fazhi.ledger.internal.meetings;

import java.util.List;
import java.util.Set;

import java.util.Map;
import java.util.function.Consumer;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerCheck;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.mediation.MediatedDisputes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger of meetings: the report counts the rule-of-law work meetings, the sessions of the 依法治街委员会, the party
 * working committee's study of law, and the meetings whose agenda analysed disputes (人民调解).
 */
@Configuration(proxyBeanMethods = false)
class MeetingLedgers {

	static final String MEETINGS = "ledger_meetings";
	static final String WORK_MEETINGS = "ledger_meetings_rule_of_law_work";
	static final String COMMITTEE = "ledger_meetings_committee";
	static final String STUDY = "ledger_meetings_party_study";
	static final String ON_DISPUTES = "ledger_meetings_on_disputes";

	private static Specification<Meeting> kind(Meeting.MeetingKind kind) {
		return (root, query, cb) -> cb.equal(root.get("meetingKind"), kind);
	}

	@Bean
	Ledger<Meeting> meetingLedger(Meetings records) {
		// the agenda is stored as its codes joined by commas: a code is never part of another
		Specification<Meeting> onDisputes = (root, query, cb) -> cb.like(root.get("agenda"), "%MEDIATION%");
		return new Ledger<>("meetings", LedgerRecords.MEETING, "ledger_meeting", records, List.of(
				Column.<Meeting>choice("meetingKind", "meeting_kind", Meeting.MeetingKind.class, Meeting::getMeetingKind),
				Column.<Meeting>text("subject", "subject", 200, true, Meeting::getSubject),
				Column.<Meeting>text("chair", "chair", 50, true, Meeting::getChair),
				Column.<Meeting>number("attendance", "attendance", 10_000, Meeting::getAttendance),
				Column.<Meeting>choices("agenda", "agenda", 200, Meeting.AgendaTopic.class, Meeting::getAgenda),
				Column.<Meeting>text("decisions", "decisions", 2000, false, Meeting::getDecisions),
				Column.<Meeting>text("disputes", "disputes", 400, false, Meeting::getDisputes)),
				"meetingKind", false, Set.of(Role.LEGAL_OFFICER),
				List.of(FigureDef.count(MEETINGS, null), FigureDef.count(WORK_MEETINGS,
						kind(Meeting.MeetingKind.RULE_OF_LAW_WORK)),
						FigureDef.count(COMMITTEE, kind(Meeting.MeetingKind.RULE_OF_LAW_COMMITTEE)),
						FigureDef.count(STUDY, kind(Meeting.MeetingKind.PARTY_COMMITTEE_STUDY)),
						FigureDef.count(ON_DISPUTES, onDisputes)),
				60).officeWide();
	}

	/** The disputes a meeting names are disputes of the mediation module that the person entering it reads. */
	@Bean
	LedgerCheck meetingDisputes(MediatedDisputes disputes) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return "meetings";
			}

			@Override
			public void check(FazhiUser user, int row, Map<String, Object> values, java.util.Set<Object> seen,
					Consumer<LedgerWork.Problem> problems) {
				Object text = values.get("disputes");
				if (text == null) {
					return;
				}
				for (String number : NUMBERS.split(text.toString())) {
					String n = number.strip();
					if (!n.isEmpty() && disputes.byNumber(user, n).isEmpty()) {
						problems.accept(new LedgerWork.Problem(row, "ledger.field.disputes", "ledger.meetings.disputeUnknown",
								new Object[] { n }));
					}
				}
			}
		};
	}

	private static final java.util.regex.Pattern NUMBERS = java.util.regex.Pattern.compile("[、,，;；\\s]+");

	static final String ACTIONS = "ledger_meeting_actions";

	/**
	 * The decisions of meetings with their owners: kept by the justice office, read also by the owners, who may be
	 * any staff member (each reads those assigned to them, as the data scope allows).
	 */
	@Bean
	Ledger<MeetingAction> meetingActionLedger(MeetingActions records) {
		return new Ledger<>(MeetingActionWork.KIND, LedgerRecords.MEETING_ACTION, "ledger_meeting_action", records,
				List.of(Column.<MeetingAction>choice("agendaTopic", "agenda_topic", Meeting.AgendaTopic.class,
						MeetingAction::getAgendaTopic),
						Column.<MeetingAction>text("meetingSubject", "meeting_subject", 200, true,
								MeetingAction::getMeetingSubject),
						Column.<MeetingAction>text("item", "item", 400, true, MeetingAction::getItem),
						Column.<MeetingAction>account("ownerId", "owner_id", null, true, MeetingAction::getOwnerId),
						Column.<MeetingAction>number("days", "days", 730, MeetingAction::getDays)),
				"agendaTopic", false, Set.of(Role.LEGAL_OFFICER), List.of(FigureDef.count(ACTIONS, null)), 61,
				Set.of(Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER, Role.COMMUNITY_WORKER, Role.MEDIATOR,
						Role.LEGAL_ADVISOR)).officeWide();
	}

	@Bean
	LedgerOwner meetingActionOwner(Ledger<MeetingAction> meetingActionLedger) {
		return new LedgerOwner(meetingActionLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry meetingActionNavigation(Ledger<MeetingAction> meetingActionLedger) {
		return meetingActionLedger.navigation();
	}

	@Bean
	LedgerOwner meetingOwner(Ledger<Meeting> meetingLedger) {
		return new LedgerOwner(meetingLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry meetingNavigation(Ledger<Meeting> meetingLedger) {
		return meetingLedger.navigation();
	}
}
