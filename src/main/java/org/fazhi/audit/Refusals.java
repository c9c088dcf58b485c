package org.fazhi.audit;

import org.fazhi.shared.Actor;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How pages show a {@link RuleViolation}, and record it in the audit trail as a refused action: on the form field it
 * names (or above the form), or, for an action on a list or a detail page, as a flash message above the page it
 * redirects to.
 */
@Component
public class Refusals {

	private final AuditTrail trail;

	Refusals(AuditTrail trail) {
		this.trail = trail;
	}

	/** Puts the refusal on the form: on its field when the form has that field, otherwise above the form. */
	public void onForm(BindingResult result, RuleViolation violation, String recordType, Object recordId) {
		record(violation, recordType, recordId);
		if (violation.field() != null && result.getFieldType(violation.field()) != null) {
			result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	/**
	 * Runs an action and redirects to {@code path}: with {@code saved} when it succeeded, with the refusal's message
	 * key and arguments ({@code refusal}, {@code refusalArguments}) when a rule refused it.
	 */
	public String actThenRedirect(RedirectAttributes redirect, String path, String recordType, Object recordId,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			record(violation, recordType, recordId);
			redirect.addFlashAttribute("refusal", violation.messageKey());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
			if (violation.rule() != null) {
				redirect.addFlashAttribute("refusalRule", violation.ruleCode());
			}
		}
		catch (org.springframework.dao.OptimisticLockingFailureException
				| org.springframework.dao.DataIntegrityViolationException | jakarta.persistence.OptimisticLockException
				| org.hibernate.StaleStateException concurrent) {
			// another request changed the record first: nothing of this one was kept, and the person is told so
			redirect.addFlashAttribute("refusal", "record.conflict");
			redirect.addFlashAttribute("refusalArguments", new Object[0]);
		}
		return "redirect:" + path;
	}

	/**
	 * The audit detail of a refusal: the message key, after the code of the rule of law that refused when one did
	 * ({@code ENF-DECISION-BY-HEAD case.decide.headOnly}); the rulebook counts refusals per rule from it.
	 */
	public static String detail(RuleViolation violation) {
		return violation.rule() == null ? violation.messageKey() : violation.ruleCode() + " " + violation.messageKey();
	}

	/**
	 * Records a refusal that a caller shows in its own way. Refused input to the public, anonymous API is not
	 * recorded: anyone could fill the trail with it.
	 */
	public void record(RuleViolation violation, String recordType, Object recordId) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor) {
			trail.record(AuditAction.REFUSED, recordType, recordId, AuditOutcome.REFUSED, detail(violation));
		}
	}
}
