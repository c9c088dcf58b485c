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

	Workbench(OrganisationDirectory directory, Deadlines deadlines, org.fazhi.enforcement.CaseAgenda cases) {
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
			return "workbench/home";
		}
		model.addAttribute("headcount", directory.headcount(user));
		var mine = deadlines.openFor(user);
		model.addAttribute("myDeadlines", mine.stream().limit(DEADLINES_SHOWN).toList());
		model.addAttribute("myDeadlineCount", mine.size());
		model.addAttribute("reminders", deadlines.reminders(user));
		model.addAttribute("myCases", cases.of(user));
		return "workbench/home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@Bean
	static NavigationEntry workbenchNavigation() {
		return new NavigationEntry(0, "nav.workbench", "/", Set.of());
	}
}
