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

	PublicPortal(OrganisationDirectory directory, List<PublicPage> pages) {
		this.directory = directory;
		this.pages = pages.stream().sorted(Comparator.comparingInt(PublicPage::order)).toList();
	}

	@Bean
	static PublicPaths publicPortalIsPublic() {
		return new PublicPaths(List.of("/public"));
	}

	/** Also where a public page for an unknown subdistrict is forwarded, with what was asked for. */
	@GetMapping("/public")
	String portal(@org.springframework.web.bind.annotation.RequestAttribute(required = false) String unknownTenant,
			Model model) {
		model.addAttribute("unknownTenant", unknownTenant);
		model.addAttribute("tenants", directory.activeTenants());
		model.addAttribute("publicPages", pages);
		return "public/portal";
	}
}
