package org.fazhi.organisation.internal;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Valid;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outside people (lawyers, mediators, 法律明白人, grid workers): read by leaders, auditors and the justice office,
 * which works with them; changed by administrators; their personal data seen in clear only by the roles allowed to.
 */
@Controller
@RequestMapping("/organisation")
@PreAuthorize(OrganisationPages.READ_PEOPLE)
class ExternalPeoplePages {

	private final OrganisationAdministration administration;
	private final FormActions forms;

	ExternalPeoplePages(OrganisationAdministration administration, FormActions forms) {
		this.administration = administration;
		this.forms = forms;
	}

	/** The justice office reaches the outside people directly; the rest of the organisation pages are not theirs. */
	@Bean
	static NavigationEntry peopleNavigation() {
		return new NavigationEntry(91, "system", "nav.people", "/organisation/people", Set.of(Role.LEGAL_OFFICER.name()));
	}

	@ModelAttribute("externalKinds")
	ExternalPersonKind[] externalKinds() {
		return ExternalPersonKind.values();
	}

	// --- external people ---------------------------------------------------------------------------------------

	@GetMapping("/people")
	String people(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String kind, Model model) {
		ExternalPersonKind selected = Arrays.stream(ExternalPersonKind.values())
			.filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		model.addAttribute("people", administration.externalPeople(user, selected));
		model.addAttribute("selectedKind", selected);
		return "organisation/people";
	}

	@GetMapping("/people/new")
	@PreAuthorize(OrganisationPages.ADMIN_ONLY)
	String newPerson(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("form", new ExternalPersonForm());
		return personForm(user, model);
	}

	@PostMapping("/people/new")
	@PreAuthorize(OrganisationPages.ADMIN_ONLY)
	String registerPerson(@AuthenticationPrincipal FazhiUser user,
			@Valid @ModelAttribute("form") ExternalPersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		personForm(user, model);
		return forms.save(result, "organisation/person-form", () -> administration.registerExternalPerson(user, form),
				redirect, "/organisation/people");
	}

	@GetMapping("/people/{id}/edit")
	@PreAuthorize(OrganisationPages.ADMIN_ONLY)
	String editPerson(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var person = administration.externalPerson(user, id);
		model.addAttribute("form", ExternalPersonForm.of(person));
		model.addAttribute("maskedPhone", person.getMaskedPhone());
		model.addAttribute("maskedIdNumber", person.getMaskedIdNumber());
		model.addAttribute("recordId", id);
		return personForm(user, model);
	}

	@PostMapping("/people/{id}/edit")
	@PreAuthorize(OrganisationPages.ADMIN_ONLY)
	String updatePerson(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ExternalPersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		personForm(user, model);
		return forms.save(result, "organisation/person-form", () -> administration.updateExternalPerson(user, id, form),
				redirect, "/organisation/people");
	}

	@PostMapping("/people/{id}/reveal")
	@PreAuthorize(OrganisationPages.REVEAL_PERSONAL_DATA)
	String revealPersonalData(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("p", administration.revealPersonalData(user, id));
		return "organisation/people :: revealed";
	}

	@PostMapping("/people/{id}/active")
	@PreAuthorize(OrganisationPages.ADMIN_ONLY)
	String personActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/people", () -> administration.setExternalPersonActive(user, id, active));
	}

	private String personForm(FazhiUser user, Model model) {
		model.addAttribute("communities", administration.activeCommunities(user));
		return "organisation/person-form";
	}
}
