package org.fazhi.ledger.internal.consultations;

import java.util.List;
import java.util.Set;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.consultations.Consultation.AskerKind;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledgers of legal services (法律服务): consultations and lectures. The report counts consultations for residents'
 * committees, joint-stock companies and residents apart from those for small, micro and medium enterprises.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationLedgers {

	static final String CONSULTATIONS = "ledger_consultations";
	static final String FOR_RESIDENTS = "ledger_consultations_residents";
	static final String FOR_ENTERPRISES = "ledger_consultations_enterprises";
	static final String LECTURES = "ledger_lectures";
	static final String LECTURE_ATTENDANCE = "ledger_lecture_attendance";

	private static Specification<Consultation> asked(AskerKind... kinds) {
		return (root, query, cb) -> root.get("askerKind").in((Object[]) kinds);
	}

	@Bean
	Ledger<Consultation> consultationLedger(Consultations records) {
		return new Ledger<>("consultations", LedgerRecords.CONSULTATION, "ledger_consultation", records, List.of(
				Column.<Consultation>choice("askerKind", "asker_kind", Consultation.AskerKind.class,
						Consultation::getAskerKind),
				Column.<Consultation>choice("channel", "channel", Consultation.Channel.class, Consultation::getChannel),
				Column.<Consultation>choice("topicKind", "topic_kind", Consultation.TopicKind.class,
						Consultation::getTopicKind),
				Column.<Consultation>account("advisorId", "advisor_id", Role.LEGAL_ADVISOR, false,
						Consultation::getAdvisorId),
				Column.<Consultation>text("summary", "summary", 2000, true, Consultation::getSummary),
				Column.<Consultation>text("followUp", "follow_up", 1000, false, Consultation::getFollowUp)),
				"askerKind", false, Set.of(Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR, Role.COMMUNITY_WORKER),
				List.of(FigureDef.count(CONSULTATIONS, null),
						FigureDef.count(FOR_RESIDENTS,
								asked(AskerKind.RESIDENTS_COMMITTEE, AskerKind.JOINT_STOCK_COMPANY, AskerKind.RESIDENT)),
						FigureDef.count(FOR_ENTERPRISES,
								asked(AskerKind.SMALL_MICRO_ENTERPRISE, AskerKind.MEDIUM_SMALL_ENTERPRISE))),
				70);
	}

	@Bean
	LedgerOwner consultationOwner(Ledger<Consultation> consultationLedger) {
		return new LedgerOwner(consultationLedger);
	}

	@Bean
	Ledger<Lecture> lectureLedger(Lectures records) {
		return new Ledger<>("lectures", LedgerRecords.LECTURE, "ledger_lecture", records, List.of(
				Column.<Lecture>choice("audienceKind", "audience_kind", Lecture.AudienceKind.class,
						Lecture::getAudienceKind),
				Column.<Lecture>text("topic", "topic", 200, true, Lecture::getTopic),
				Column.<Lecture>text("speaker", "speaker", 100, true, Lecture::getSpeaker),
				Column.<Lecture>number("attendance", "attendance", 100_000, Lecture::getAttendance)),
				"audienceKind", false, Set.of(Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR),
				List.of(FigureDef.count(LECTURES, null), FigureDef.sum(LECTURE_ATTENDANCE, "PERSONS", "attendance", null)),
				71);
	}

	@Bean
	LedgerOwner lectureOwner(Ledger<Lecture> lectureLedger) {
		return new LedgerOwner(lectureLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry consultationNavigation(Ledger<Consultation> consultationLedger) {
		return consultationLedger.navigation();
	}

	@Bean
	org.fazhi.shared.NavigationEntry lectureNavigation(Ledger<Lecture> lectureLedger) {
		return lectureLedger.navigation();
	}
}
