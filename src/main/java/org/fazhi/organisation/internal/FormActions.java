package org.fazhi.organisation.internal;

import java.util.function.Supplier;

import org.fazhi.audit.Refusals;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving a form and acting on a list, for the organisation pages: refusals shown where they belong, and audited. */
@Component
class FormActions {

	private final Refusals refusals;

	FormActions(Refusals refusals) {
		this.refusals = refusals;
	}


	/** Saves when the form is valid; otherwise, or when a rule refuses it, shows the form again with the reasons. */
	String save(BindingResult result, String formView, Supplier<?> action, RedirectAttributes redirect,
			String listPath) {
		if (result.hasErrors()) {
			return formView;
		}
		try {
			action.get();
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, recordType(listPath), null);
			return formView;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + listPath;
	}

	/** Runs a list action (activate, deactivate, rename); a refusal is shown above the list. */
	String act(RedirectAttributes redirect, String listPath, Runnable action) {
		return refusals.actThenRedirect(redirect, listPath, recordType(listPath), null, action);
	}

	/** The audit trail's name for the records of a list page. */
	static String recordType(String listPath) {
		return switch (listPath) {
			case "/organisation/tenants" -> OrganisationAdministration.TENANT;
			case "/organisation/communities" -> OrganisationAdministration.COMMUNITY;
			case "/organisation/departments" -> OrganisationAdministration.DEPARTMENT;
			case "/organisation/staff" -> OrganisationAdministration.STAFF_ACCOUNT;
			default -> OrganisationAdministration.EXTERNAL_PERSON;
		};
	}
}
