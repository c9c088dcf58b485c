package org.fazhi.enforcement.internal.entities;

import org.fazhi.enforcement.internal.figures.FigureBook;
import java.util.Arrays;
import java.util.Set;

import org.fazhi.audit.Refusals;
import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.RuleViolation;
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
 * The register of regulated entities: enforcement officers and community workers (for their community) keep it;
 * the contact phone is seen in clear only by enforcement officers and administrators, each look audited.
 */
@Controller
@RequestMapping("/enforcement/entities")
class EntityPages {

	static final String MAY_REGISTER = "hasAnyRole('ADMIN', 'ENFORCEMENT_OFFICER', 'COMMUNITY_WORKER')";

	static final String MAY_REVEAL = "hasAnyRole('ADMIN', 'ENFORCEMENT_OFFICER')";

	private final EntityRegister register;
	private final OrganisationDirectory directory;
	private final Refusals refusals;

	private final FigureBook figures;

	EntityPages(EntityRegister register, OrganisationDirectory directory, Refusals refusals, FigureBook figures) {
		this.figures = figures;
		this.register = register;
		this.directory = directory;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry entitiesNavigation() {
		return new NavigationEntry(31, "enforcement", "nav.entities", "/enforcement/entities", Set.of());
	}

	@ModelAttribute("categories")
	EntityCategory[] categories() {
		return EntityCategory.values();
	}

	static final int PAGE_SIZE = 50;

	@GetMapping
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) String category, @RequestParam(required = false) String q,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		EntityCategory selected = Arrays.stream(EntityCategory.values()).filter(c -> c.name().equals(category))
			.findFirst().orElse(null);
		var drill = figures.<RegulatedEntity>drill(user, figure, figureYear, FigureBook.Kind.ENTITIES);
		model.addAttribute("drill", drill.orElse(null));
		// a drill-down this list cannot show (an unknown figure, another list's, a year out of range) says so
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var records = drill.map(FigureBook.Drill::records).orElse(null);
		model.addAttribute("page", org.fazhi.shared.Paging.clamped(page, PAGE_SIZE,
				org.springframework.data.domain.Sort.unsorted(), p -> register.page(user, community, selected, q, records,
						p.getPageNumber(), p.getPageSize(), exact)));
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("selectedCommunity", community);
		model.addAttribute("selectedCategory", selected);
		model.addAttribute("q", q);
		return "enforcement/entities/entities";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("entity", register.get(user, id));
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		return "enforcement/entities/entity";
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize(MAY_REVEAL)
	String reveal(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("entity", register.reveal(user, id));
		return "enforcement/entities/entity :: phone";
	}

	@GetMapping("/new")
	@PreAuthorize(MAY_REGISTER)
	String newEntity(@AuthenticationPrincipal FazhiUser user, Model model) {
		var form = new EntityForm();
		form.setCommunityId(user.communityId());
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(MAY_REGISTER)
	String create(@AuthenticationPrincipal FazhiUser user, @ModelAttribute("form") EntityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			var entity = register.register(user, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enforcement/entities/" + entity.getId();
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, EntityRegister.RECORD_TYPE, null);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(MAY_REGISTER)
	String edit(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var entity = register.get(user, id);
		model.addAttribute("form", EntityForm.of(entity));
		model.addAttribute("recordId", id);
		model.addAttribute("maskedPhone", entity.getMaskedContactPhone());
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(MAY_REGISTER)
	String update(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@ModelAttribute("form") EntityForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		register.get(user, id);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			register.update(user, id, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enforcement/entities/" + id;
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, EntityRegister.RECORD_TYPE, id);
			return form(user, model);
		}
	}

	@PostMapping("/{id}/active")
	@PreAuthorize(MAY_REGISTER)
	String active(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/entities/" + id, EntityRegister.RECORD_TYPE, id,
				() -> register.setActive(user, id, active));
	}

	private String form(FazhiUser user, Model model) {
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		return "enforcement/entities/entity-form";
	}
}
