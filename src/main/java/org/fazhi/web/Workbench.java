package org.fazhi.web;

import java.util.Set;

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

	private final OrganisationDirectory directory;

	Workbench(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String workbench(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("headcount", directory.headcount(user));
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
