package org.fazhi.ledger.internal.studies;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.publicity.PublicisedLaw;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerCheck;
import org.fazhi.ledger.internal.sheets.LedgerGaps;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledgers of study (学法): the study sessions of the party working committee, its central group and the branches,
 * and the year's law exam of state functionaries with its excellence (the report's 优秀率 is excellent persons over
 * persons with a result). The staff expected to sit the exam and without a result of the year are listed.
 */
@Configuration(proxyBeanMethods = false)
public class StudyLedgers {

	static final String SESSIONS = "ledger_study_sessions";
	static final String CENTRAL_GROUP = "ledger_study_central_group";
	static final String EXAM_TAKERS = "ledger_exam_takers";
	static final String EXAM_EXCELLENT = "ledger_exam_excellent";

	/**
	 * The state functionaries of the office, who sit the yearly law exam: not the outside lawyers, the mediators, the
	 * residents' committees' community workers, or the district's platform operator.
	 */
	public static final Set<Role> SIT_THE_EXAM = Set.of(Role.LEADER, Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER,
			Role.LEGAL_REVIEWER, Role.ADMIN, Role.AUDITOR);

	@Bean
	Ledger<StudySession> studyLedger(StudySessions records) {
		Specification<StudySession> centralGroup = (root, query, cb) -> cb.equal(root.get("studyBody"),
				StudySession.StudyBody.CENTRAL_GROUP);
		return new Ledger<>("studies", LedgerRecords.STUDY, "ledger_study_session", records, List.of(
				Column.<StudySession>choice("studyBody", "study_body", StudySession.StudyBody.class,
						StudySession::getStudyBody),
				Column.<StudySession>text("topic", "topic", 200, true, StudySession::getTopic),
				Column.<StudySession>choices("lawsStudied", "laws_studied", 400, PublicisedLaw.class,
						StudySession::getLawsStudied),
				Column.<StudySession>number("attendance", "attendance", 10_000, StudySession::getAttendance),
				Column.<StudySession>text("minutes", "minutes", 2000, false, StudySession::getMinutes)),
				"studyBody", false, Set.of(Role.LEGAL_OFFICER),
				List.of(FigureDef.count(SESSIONS, null), FigureDef.count(CENTRAL_GROUP, centralGroup)), 62)
			.officeWide();
	}

	@Bean
	Ledger<ExamResult> examLedger(ExamResults records,
			@Value("${fazhi.ledger.exam-excellent-score:90}") int excellentScore) {
		Specification<ExamResult> excellent = (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("score"),
				excellentScore);
		return new Ledger<>("exams", LedgerRecords.EXAM, "ledger_exam_result", records, List.of(
				Column.<ExamResult>choice("sitting", "sitting", ExamResult.Sitting.class, ExamResult::getSitting),
				Column.<ExamResult>account("examinee", "account_id", null, true, ExamResult::getAccountId),
				Column.<ExamResult>text("unit", "unit", 100, false, ExamResult::getUnit),
				Column.<ExamResult>number("score", "score", 100, ExamResult::getScore)),
				"sitting", false, Set.of(Role.LEGAL_OFFICER),
				List.of(FigureDef.distinct(EXAM_TAKERS, "PERSONS", List.of("accountId"), null),
						FigureDef.distinct(EXAM_EXCELLENT, "PERSONS", List.of("accountId"), excellent)),
				63).officeWide();
	}

	/** The staff who sit the exam and have no result of the year among the results the user reads. */
	@Bean
	LedgerGaps examGaps(Ledger<ExamResult> examLedger, LedgerWork work, OrganisationDirectory directory) {
		return new LedgerGaps() {

			@Override
			public String kind() {
				return examLedger.kind();
			}

			@Override
			public String titleKey() {
				return "ledger.exams.gaps";
			}

			@Override
			public List<Person> missing(FazhiUser user, int year) {
				Set<Long> sat = new HashSet<>();
				examLedger.records().findAll(work.readable(user, examLedger,
						new LedgerWork.Filter(year, null, null, null))).forEach(r -> sat.add(r.getAccountId()));
				return directory.activeStaff(user.tenantId()).stream()
					.filter(s -> SIT_THE_EXAM.contains(s.role()) && !sat.contains(s.accountId()))
					.sorted(Comparator.comparing(OrganisationDirectory.StaffMember::departmentName)
						.thenComparing(OrganisationDirectory.StaffMember::fullName))
					.map(s -> new Person(s.accountId(), s.fullName(), s.departmentName()))
					.toList();
			}
		};
	}

	/**
	 * An exam result is one of a state functionary of the office, and each person has one result of a sitting a year:
	 * a second is refused, in the records and within one sheet.
	 */
	@Bean
	LedgerCheck examCheck(Ledger<ExamResult> examLedger, OrganisationDirectory directory) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return examLedger.kind();
			}

			@Override
			public void check(FazhiUser user, int row, java.util.Map<String, Object> values, Set<Object> seen,
					java.util.function.Consumer<LedgerWork.Problem> problems) {
				Long account = (Long) values.get("examinee");
				var staff = directory.staffMember(user.tenantId(), account);
				if (staff.isEmpty() || !SIT_THE_EXAM.contains(staff.get().role())) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.examinee", "ledger.exams.notExaminee",
							new Object[] { staff.map(OrganisationDirectory.StaffMember::fullName).orElse("") }));
					return;
				}
				int year = ((java.time.LocalDate) values.get("occurredOn")).getYear();
				ExamResult.Sitting sitting = ExamResult.Sitting.valueOf((String) values.get("sitting"));
				Specification<ExamResult> same = (root, query, cb) -> cb.and(
						cb.equal(root.get("tenantId"), user.tenantId()), cb.equal(root.get("accountId"), account),
						cb.equal(root.get("sitting"), sitting),
						cb.greaterThanOrEqualTo(root.get("occurredOn"), java.time.LocalDate.of(year, 1, 1)),
						cb.lessThan(root.get("occurredOn"), java.time.LocalDate.of(year + 1, 1, 1)));
				if (!seen.add(List.of(account, year, sitting))
						|| examLedger.records().exists(same.and(LedgerCheck.notItself(values)))) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.examinee", "ledger.exams.twice",
							new Object[] { staff.get().fullName(), String.valueOf(year) }));
				}
			}
		};
	}

	@Bean
	LedgerOwner studyOwner(Ledger<StudySession> studyLedger) {
		return new LedgerOwner(studyLedger);
	}

	@Bean
	LedgerOwner examOwner(Ledger<ExamResult> examLedger) {
		return new LedgerOwner(examLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry studyNavigation(Ledger<StudySession> studyLedger) {
		return studyLedger.navigation();
	}

	@Bean
	org.fazhi.shared.NavigationEntry examNavigation(Ledger<ExamResult> examLedger) {
		return examLedger.navigation();
	}
}
