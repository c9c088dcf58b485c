package org.fazhi.web;

import java.util.Set;

import org.fazhi.deadlines.Deadlines;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench (工作台): the home page that greets the user and shows what is theirs to do. */
@Controller
class Workbench {

	/** How many of the user's deadlines the workbench lists; the deadlines page has them all. */
	static final int DEADLINES_SHOWN = 10;

	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final org.fazhi.enforcement.CaseAgenda cases;

	/** The key figures a leader is judged by on the workbench, with the years compared. */
	static final java.util.List<String> KEY_FIGURES = java.util.List.of(
			org.fazhi.enforcement.EnforcementFigures.INSPECTIONS,
			org.fazhi.enforcement.EnforcementFigures.HAZARDS_RECTIFIED,
			org.fazhi.enforcement.EnforcementFigures.CASES_FILED, org.fazhi.enforcement.EnforcementFigures.PENALTIES,
			org.fazhi.enforcement.EnforcementFigures.PENALTY_AMOUNT,
			org.fazhi.enforcement.EnforcementFigures.PUBLICATIONS_ON_TIME);

	private final org.fazhi.enforcement.EnforcementFigures figures;

	private final org.fazhi.mediation.MediationAgenda mediation;
	private final org.fazhi.legal.LegalAgenda legal;

	Workbench(OrganisationDirectory directory, Deadlines deadlines, org.fazhi.enforcement.CaseAgenda cases,
			org.fazhi.enforcement.EnforcementFigures figures, org.fazhi.mediation.MediationAgenda mediation,
			org.fazhi.legal.LegalAgenda legal) {
		this.mediation = mediation;
		this.legal = legal;
		this.figures = figures;
		this.directory = directory;
		this.deadlines = deadlines;
		this.cases = cases;
	}

	@GetMapping("/")
	String workbench(@AuthenticationPrincipal FazhiUser user, Model model) {
		// the platform operator reads no tenant's records: not even its home subdistrict's counts
		boolean operator = user.hasRole(org.fazhi.organisation.Role.PLATFORM_OPERATOR);
		model.addAttribute("operator", operator);
		if (operator) {
			model.addAttribute("reminders", java.util.List.of());
			model.addAttribute("myCases", java.util.List.of());
			model.addAttribute("disputeAlerts", java.util.List.of());
			return "workbench/home";
		}
		model.addAttribute("headcount", directory.headcount(user));
		var mine = deadlines.openFor(user);
		model.addAttribute("myDeadlines", mine.stream().limit(DEADLINES_SHOWN).toList());
		model.addAttribute("myDeadlineCount", mine.size());
		model.addAttribute("reminders", deadlines.reminders(user));
		model.addAttribute("myCases", cases.of(user));
		model.addAttribute("disputeAlerts", mediation.alertsFor(user));
		model.addAttribute("myContracts", legal.contractsFor(user));
		model.addAttribute("myChallenges", legal.challengesFor(user));
		model.addAttribute("myMatters", legal.mattersFor(user));
		model.addAttribute("myDone", cases.doneBy(user));
		model.addAttribute("dueSoon", mine.stream().filter(d -> d.status() == org.fazhi.deadlines.DeadlineStatus.OVERDUE
				|| d.status() == org.fazhi.deadlines.DeadlineStatus.DUE_SOON).count());
		// the leaders' figures: the last three years, from the records, for those who read the whole tenant
		int thisYear = deadlines.today().getYear();
		var years = java.util.List.of(thisYear - 2, thisYear - 1, thisYear);
		var byYear = new java.util.LinkedHashMap<Integer, java.util.Map<String, Long>>();
		for (int year : years) {
			figures.forUser(user, year).ifPresent(values -> byYear.put(year, values));
		}
		model.addAttribute("keyFigures", byYear.isEmpty() ? java.util.List.of() : KEY_FIGURES);
		model.addAttribute("figuresByYear", byYear);
		model.addAttribute("showHeadcount", user.hasRole(org.fazhi.organisation.Role.ADMIN)
				|| user.hasRole(org.fazhi.organisation.Role.LEADER));
		return "workbench/home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@Bean
	static NavigationEntry workbenchNavigation() {
		return new NavigationEntry(0, null, "nav.workbench", "/", Set.of());
	}
}
