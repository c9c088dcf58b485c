package org.fazhi.deadlines.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.deadlines.DueDate;
import org.fazhi.deadlines.PeriodUnit;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The period calculator (pick a rule or a length, a start date: see the due date and every day counted), and the
 * administrator's page of loaded holiday notices, where a new year's notice is loaded.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

	private final StatutoryCalendar calendar;
	private final CalendarStore store;
	private final HolidayNoticeRecords notices;
	private final Refusals refusals;
	private final AuditTrail trail;

	CalendarPages(StatutoryCalendar calendar, CalendarStore store, HolidayNoticeRecords notices, Refusals refusals,
			AuditTrail trail) {
		this.calendar = calendar;
		this.store = store;
		this.notices = notices;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry calendarNavigation() {
		return new NavigationEntry(20, "deadlines", "nav.calendar", "/calendar", Set.of());
	}

	@GetMapping
	String calculator(@RequestParam(required = false) String rule, @RequestParam(required = false) String start,
			@RequestParam(required = false) String length, @RequestParam(required = false) String unit,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("rules", java.util.Arrays.stream(StatutoryRule.values()).filter(r -> !r.setByOrder()).toList());
		model.addAttribute("units", PeriodUnit.values());
		model.addAttribute("selectedRule", rule);
		model.addAttribute("start", start);
		model.addAttribute("length", length);
		model.addAttribute("unit", unit);
		model.addAttribute("lastYear", calendar.calendar().lastYear());
		if (start != null) {
			try {
				DueDate due;
				if (rule != null && !rule.isBlank()) {
					StatutoryRule statutoryRule = StatutoryRule.byCode(rule)
						.orElseThrow(() -> new RuleViolation("rule", "calendar.rule.unknown", rule));
					model.addAttribute("rule", statutoryRule);
					due = calendar.due(statutoryRule, CalendarApi.date("start", start));
				}
				else {
					PeriodUnit periodUnit = CalendarApi.unit(unit);
					due = calendar.due(CalendarApi.date("start", start), CalendarApi.length(length, periodUnit),
							periodUnit);
				}
				model.addAttribute("due", due);
			}
			catch (RuleViolation violation) {
				model.addAttribute("refusal", violation.messageKey());
				model.addAttribute("refusalArguments", violation.arguments());
			}
		}
		return htmx != null ? "deadlines/calendar :: result" : "deadlines/calendar";
	}

	@GetMapping("/notices")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'AUDITOR', 'LEGAL_OFFICER')")
	String notices(Model model) {
		model.addAttribute("notices", notices.findAllByOrderByYearDesc());
		return "deadlines/notices";
	}

	@PostMapping("/notices")
	@PreAuthorize("hasRole('ADMIN')")
	String loadNotice(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String json, RedirectAttributes redirect) throws IOException {
		String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : json;
		return refusals.actThenRedirect(redirect, "/calendar/notices", "HOLIDAY_NOTICE", null, () -> {
			if (text == null || text.isBlank()) {
				throw new RuleViolation("notice", "notice.empty");
			}
			var notice = HolidayNotices.parse(text);
			store.load(notice, user.getUsername());
			trail.record(AuditAction.CREATE, "HOLIDAY_NOTICE", notice.year(), AuditOutcome.SUCCESS,
					String.join(" ", notice.sources()));
			redirect.addFlashAttribute("loadedYear", notice.year());
		});
	}
}
