package org.fazhi.ledger.internal.dutyreports;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.ledger.internal.LedgerRecords;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger of the leaders' 述职述法 reports: one per leader and year, counted by the year they were submitted; the
 * leaders without a report on the year are listed.
 */
@Configuration(proxyBeanMethods = false)
class DutyReportLedgers {

	static final String REPORTS = "ledger_duty_reports";
	static final String COMPLETE = "ledger_duty_reports_complete";

	@Bean
	Ledger<DutyReport> dutyReportLedger(DutyReports records) {
		Specification<DutyReport> complete = (root, query, cb) -> cb.and(
				cb.equal(root.get("coversDuties"), DutyReport.Covered.YES),
				cb.equal(root.get("coversStudy"), DutyReport.Covered.YES));
		return new Ledger<>("duty-reports", LedgerRecords.DUTY_REPORT, "ledger_duty_report", records, List.of(
				Column.<DutyReport>account("leader", "leader_id", Role.LEADER, true, DutyReport::getLeaderId),
				Column.<DutyReport>number("dutyYear", "duty_year", 2100, DutyReport::getDutyYear),
				Column.<DutyReport>choice("coversDuties", "covers_duties", DutyReport.Covered.class,
						DutyReport::getCoversDuties),
				Column.<DutyReport>choice("coversStudy", "covers_study", DutyReport.Covered.class,
						DutyReport::getCoversStudy),
				Column.<DutyReport>text("reportSummary", "report_summary", 2000, false, DutyReport::getReportSummary)),
				"coversDuties", false, Set.of(Role.LEGAL_OFFICER),
				List.of(FigureDef.count(REPORTS, null), FigureDef.count(COMPLETE, complete)), 64).officeWide();
	}

	/** The leaders without a report on the year among the reports the user reads. */
	@Bean
	LedgerGaps dutyReportGaps(Ledger<DutyReport> dutyReportLedger, LedgerWork work, OrganisationDirectory directory) {
		return new LedgerGaps() {

			@Override
			public String kind() {
				return dutyReportLedger.kind();
			}

			@Override
			public String titleKey() {
				return "ledger.duty-reports.gaps";
			}

			@Override
			public List<Person> missing(FazhiUser user, int year) {
				Set<Long> reported = new HashSet<>();
				Specification<DutyReport> onTheYear = (root, query, cb) -> cb.equal(root.get("dutyYear"), year);
				dutyReportLedger.records()
					.findAll(work.readable(user, dutyReportLedger, LedgerWork.Filter.none()).and(onTheYear))
					.forEach(r -> reported.add(r.getLeaderId()));
				return directory.activeStaff(user.tenantId()).stream()
					.filter(s -> s.role() == Role.LEADER && !reported.contains(s.accountId()))
					.sorted(Comparator.comparing(OrganisationDirectory.StaffMember::fullName))
					.map(s -> new Person(s.accountId(), s.fullName(), s.departmentName()))
					.toList();
			}
		};
	}

	/**
	 * A report is on a year that has begun by the day it is submitted (from 2000 on), and a leader reports once on a
	 * year: a second is refused, in the records and within one sheet.
	 */
	@Bean
	LedgerCheck dutyReportCheck(Ledger<DutyReport> dutyReportLedger) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return dutyReportLedger.kind();
			}

			@Override
			public void check(FazhiUser user, int row, java.util.Map<String, Object> values, Set<Object> seen,
					java.util.function.Consumer<LedgerWork.Problem> problems) {
				int submitted = ((java.time.LocalDate) values.get("occurredOn")).getYear();
				int year = ((Number) values.get("dutyYear")).intValue();
				if (year < 2000 || year > submitted) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.dutyYear", "ledger.dutyReports.year",
							new Object[] { String.valueOf(year), String.valueOf(submitted) }));
					return;
				}
				Long leader = (Long) values.get("leader");
				Specification<DutyReport> same = (root, query, cb) -> cb.and(
						cb.equal(root.get("tenantId"), user.tenantId()), cb.equal(root.get("leaderId"), leader),
						cb.equal(root.get("dutyYear"), year));
				if (!seen.add(List.of(leader, year))
						|| dutyReportLedger.records().exists(same.and(LedgerCheck.notItself(values)))) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.leader", "ledger.dutyReports.twice",
							new Object[] { String.valueOf(year) }));
				}
			}
		};
	}

	@Bean
	LedgerOwner dutyReportOwner(Ledger<DutyReport> dutyReportLedger) {
		return new LedgerOwner(dutyReportLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry dutyReportNavigation(Ledger<DutyReport> dutyReportLedger) {
		return dutyReportLedger.navigation();
	}
}
