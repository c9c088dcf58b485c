package org.fazhi.ledger.internal.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting a meeting's decision done, from its page and by the API: its deadline is completed. */
@Controller
@PreAuthorize("isAuthenticated()")
class MeetingActionPages {

	private final MeetingActionWork work;

	MeetingActionPages(MeetingActionWork work) {
		this.work = work;
	}

	static LocalDate day(String text) {
		String t = Input.trim(text);
		if (t == null) {
			return null;
		}
		try {
			return LocalDate.parse(t);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("on", "ledger.day.format", t);
		}
	}

	@PostMapping("/ledgers/meeting-actions/{id}/done")
	String done(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		try {
			work.done(user, id, day(on));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("refusalArguments", refused.arguments());
		}
		return "redirect:/ledgers/meeting-actions/" + id;
	}
}
