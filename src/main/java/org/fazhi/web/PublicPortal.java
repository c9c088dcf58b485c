package org.fazhi.web;

import java.util.Comparator;
import java.util.List;

import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.PublicPage;
import org.fazhi.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public's entry: the subdistricts that publish on this installation, each with its public pages (the enforcement
 * catalogue, the penalty decisions, and whatever the other work lines publish). No sign-in.
 */
@Controller
class PublicPortal {

	private final OrganisationDirectory directory;
	private final List<PublicPage> pages;

	private final boolean demo;

	PublicPortal(OrganisationDirectory directory, List<PublicPage> pages,
			org.springframework.core.env.Environment environment) {
		this.demo = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("demo"));
		this.directory = directory;
		this.pages = pages.stream().sorted(Comparator.comparingInt(PublicPage::order)).toList();
	}

	@Bean
	static PublicPaths publicPortalIsPublic() {
		return new PublicPaths(List.of("/public"));
	}

	@GetMapping("/public")
	String portal(Model model) {
		model.addAttribute("tenants", directory.activeTenants());
		model.addAttribute("publicPages", pages);
		return "public/portal";
	}

	/** A public page of a subdistrict that does not publish here: the portal, saying so, with 404. */
	@org.springframework.web.bind.annotation.ControllerAdvice
	static class UnknownTenants {

		private final PublicPortal portal;

		UnknownTenants(PublicPortal portal) {
			this.portal = portal;
		}

		@org.springframework.web.bind.annotation.ExceptionHandler(org.fazhi.shared.UnknownPublicTenant.class)
		org.springframework.web.servlet.ModelAndView unknown(org.fazhi.shared.UnknownPublicTenant unknown,
				jakarta.servlet.http.HttpServletRequest request) {
			var page = new org.springframework.web.servlet.ModelAndView("public/portal",
					org.springframework.http.HttpStatus.NOT_FOUND);
			page.addObject("tenants", portal.directory.activeTenants());
			page.addObject("publicPages", portal.pages);
			page.addObject("unknownTenant", unknown.asked());
			page.addObject("demoData", portal.demo);
			page.addObject("languageLinks", PageLinks.languages(request));
			return page;
		}
	}
}
