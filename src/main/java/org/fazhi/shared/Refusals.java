package org.fazhi.shared;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How pages show a {@link RuleViolation}: on the form field it names (or above the form), or, for an action on a list
 * or a detail page, as a flash message above the page it redirects to.
 */
public final class Refusals {

	private Refusals() {
	}

	/** Puts the refusal on the form: on its field when the form has that field, otherwise above the form. */
	public static void onForm(BindingResult result, RuleViolation violation) {
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
	public static String actThenRedirect(RedirectAttributes redirect, String path, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.messageKey());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
		}
		return "redirect:" + path;
	}
}
