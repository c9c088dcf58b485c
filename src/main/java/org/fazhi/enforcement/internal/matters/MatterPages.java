package org.fazhi.enforcement.internal.matters;

import org.fazhi.enforcement.internal.figures.FigureBook;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.BoundedSheets;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of enforcement matters: every staff member reads it; administrators and legal reviewers keep it, by
 * hand or by importing a spreadsheet; anyone may export it.
 */
@Controller
@RequestMapping("/enforcement/matters")
class MatterPages {

	static final String MAY_MANAGE = "hasAnyRole('ADMIN', 'LEGAL_REVIEWER')";

	private final MatterCatalogue catalogue;
	private final MatterSheets sheets;
	private final Refusals refusals;
	private final AuditTrail trail;

	private final FigureBook figures;

	MatterPages(MatterCatalogue catalogue, MatterSheets sheets, Refusals refusals, AuditTrail trail, FigureBook figures) {
		this.figures = figures;
		this.catalogue = catalogue;
		this.sheets = sheets;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry mattersNavigation() {
		return new NavigationEntry(30, "enforcement", "nav.matters", "/enforcement/matters", Set.of());
	}

	@ModelAttribute("domains")
	EnforcementDomain[] domains() {
		return EnforcementDomain.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor user, @RequestParam(required = false) String domain,
			@RequestParam(required = false) String q, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, Model model) {
		EnforcementDomain selected = Arrays.stream(EnforcementDomain.values())
			.filter(d -> d.name().equals(domain)).findFirst().orElse(null);
		var drill = figures.<EnforcementMatter>drill(user, figure, figureYear, FigureBook.Kind.MATTERS);
		model.addAttribute("drill", drill.orElse(null));
		// a drill-down this list cannot show (an unknown figure, another list's, a year out of range) says so
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("matters", catalogue.list(user, selected, q, drill.map(FigureBook.Drill::records).orElse(null)));
		model.addAttribute("selectedDomain", selected);
		model.addAttribute("q", q);
		return "enforcement/matters/matters";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor user, @PathVariable long id, Model model) {
		model.addAttribute("matter", catalogue.get(user, id));
		return "enforcement/matters/matter";
	}

	@GetMapping("/new")
	@PreAuthorize(MAY_MANAGE)
	String newMatter(Model model) {
		model.addAttribute("form", new MatterForm());
		return "enforcement/matters/matter-form";
	}

	@PostMapping("/new")
	@PreAuthorize(MAY_MANAGE)
	String create(@AuthenticationPrincipal Actor user, @ModelAttribute("form") MatterForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!check(form, result)) {
			return "enforcement/matters/matter-form";
		}
		try {
			var matter = catalogue.create(user, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enforcement/matters/" + matter.getId();
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, MatterCatalogue.RECORD_TYPE, null);
			return "enforcement/matters/matter-form";
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(MAY_MANAGE)
	String edit(@AuthenticationPrincipal Actor user, @PathVariable long id, Model model) {
		model.addAttribute("form", MatterForm.of(catalogue.get(user, id)));
		model.addAttribute("recordId", id);
		return "enforcement/matters/matter-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(MAY_MANAGE)
	String update(@AuthenticationPrincipal Actor user, @PathVariable long id, @ModelAttribute("form") MatterForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		catalogue.get(user, id);
		if (!check(form, result)) {
			return "enforcement/matters/matter-form";
		}
		try {
			catalogue.update(user, id, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enforcement/matters/" + id;
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, MatterCatalogue.RECORD_TYPE, id);
			return "enforcement/matters/matter-form";
		}
	}

	@PostMapping("/{id}/active")
	@PreAuthorize(MAY_MANAGE)
	String active(@AuthenticationPrincipal Actor user, @PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/matters/" + id, MatterCatalogue.RECORD_TYPE, id,
				() -> catalogue.setActive(user, id, active));
	}

	@PostMapping("/{id}/discretion")
	@PreAuthorize(MAY_MANAGE)
	String addDiscretion(@AuthenticationPrincipal Actor user, @PathVariable long id,
			@RequestParam(required = false) DiscretionLevel level, @RequestParam(required = false) String circumstance,
			@RequestParam(required = false) String fineMin, @RequestParam(required = false) String fineMax,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/matters/" + id, MatterCatalogue.RECORD_TYPE, id,
				() -> catalogue.addDiscretion(user, id, level, circumstance, MatterSheets.yuan("fineMin", fineMin),
						MatterSheets.yuan("fineMax", fineMax)));
	}

	@PostMapping("/{id}/discretion/{standard}/remove")
	@PreAuthorize(MAY_MANAGE)
	String removeDiscretion(@AuthenticationPrincipal Actor user, @PathVariable long id, @PathVariable long standard,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/matters/" + id, MatterCatalogue.RECORD_TYPE, id,
				() -> catalogue.removeDiscretion(user, id, standard));
	}


	@ModelAttribute("levels")
	DiscretionLevel[] levels() {
		return DiscretionLevel.values();
	}

	@GetMapping("/import")
	@PreAuthorize(MAY_MANAGE)
	String importForm() {
		return "enforcement/matters/matter-import";
	}

	@PostMapping("/import")
	@PreAuthorize(MAY_MANAGE)
	String importFile(@AuthenticationPrincipal Actor user, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "file.empty");
			}
			// one import at a time per tenant: a large file never runs four times in parallel
			model.addAttribute("result", BoundedSheets.oneAtATime(user.tenantId(), () -> {
				try (var in = file.getInputStream()) {
					return catalogue.importRows(user, sheets.read(in));
				}
				catch (java.io.IOException ex) {
					throw new RuleViolation("file", "import.unreadable");
				}
			}));
		}
		catch (RuleViolation violation) {
			refusals.record(violation, MatterCatalogue.RECORD_TYPE, null);
			model.addAttribute("refusal", violation.messageKey());
			model.addAttribute("refusalArguments", violation.arguments());
		}
		return "enforcement/matters/matter-import";
	}

	@GetMapping("/export")
	void export(@AuthenticationPrincipal Actor user, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		var matters = catalogue.list(user, null, null);
		trail.record(AuditAction.EXPORT, MatterCatalogue.RECORD_TYPE, null, AuditOutcome.SUCCESS,
				format + ", rows " + matters.size());
		if ("csv".equals(format)) {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enforcement-matters.csv\"");
			sheets.writeCsv(matters, response.getOutputStream());
		}
		else {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enforcement-matters.xlsx\"");
			sheets.writeXlsx(matters, response.getOutputStream());
		}
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enforcement-matters-template.xlsx\"");
		sheets.writeXlsx(java.util.List.of(), response.getOutputStream());
	}

	/** Puts every problem of the form on its field; true when there is none. */
	private static boolean check(MatterForm form, BindingResult result) {
		if (result.hasErrors()) {
			return false;
		}
		for (var problem : MatterCatalogue.problems(form)) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
		}
		return !result.hasErrors();
	}
}
