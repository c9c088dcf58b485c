package org.fazhi.enforcement.internal.cases;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.organisation.FazhiUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enforcement office's document numbering: the abbreviation (机关代字) that starts every 文号, e.g. 罗东执 in
 * 罗东执罚〔2024〕37号, and the last number drawn in each series. Kept by the administrator.
 */
@Controller
class OfficePages {

	private final EnforcementNumbers numbers;
	private final Refusals refusals;
	private final AuditTrail trail;

	private final OfficeDetails details;

	OfficePages(EnforcementNumbers numbers, OfficeDetails details, Refusals refusals, AuditTrail trail) {
		this.numbers = numbers;
		this.details = details;
		this.refusals = refusals;
		this.trail = trail;
	}

	@GetMapping("/enforcement/office")
	@PreAuthorize("hasRole('ADMIN')")
	String office(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("abbreviation", numbers.abbreviation(user));
		model.addAttribute("series", numbers.series(user));
		model.addAttribute("office", details.of(user));
		return "enforcement/cases/office";
	}

	@PostMapping("/enforcement/office")
	@PreAuthorize("hasRole('ADMIN')")
	String save(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String abbreviation,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/office", "ENFORCEMENT_OFFICE", user.tenantId(), () -> {
			numbers.setAbbreviation(user, abbreviation);
			trail.record(AuditAction.UPDATE, "ENFORCEMENT_OFFICE", user.tenantId(), AuditOutcome.SUCCESS,
					"abbreviation " + abbreviation);
		});
	}

	@PostMapping("/enforcement/office/details")
	@PreAuthorize("hasRole('ADMIN')")
	String saveDetails(@AuthenticationPrincipal FazhiUser user, @RequestParam java.util.Map<String, String> form,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/office", "ENFORCEMENT_OFFICE", user.tenantId(), () -> {
			details.save(user, new OfficeDetails.Office(form.get("paymentBank"), form.get("paymentAccountName"),
					form.get("paymentAccount"), form.get("paymentOnline"), form.get("reviewBody"), form.get("court")));
			trail.record(AuditAction.UPDATE, "ENFORCEMENT_OFFICE", user.tenantId(), AuditOutcome.SUCCESS,
					"payment and remedies: " + form.get("paymentBank") + ", " + form.get("reviewBody") + ", "
							+ form.get("court"));
		});
	}
}
