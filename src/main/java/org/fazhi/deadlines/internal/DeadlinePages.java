package org.fazhi.deadlines.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.RecordHistory;
import org.fazhi.audit.Refusals;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.files.Attachments;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Csv;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deadlines a person may see, one deadline with its history, registering one by hand, and the changes a
 * statute allows: pause, resume, extension, completion. Auditors read; they change nothing.
 */
@Controller
@RequestMapping("/deadlines")
class DeadlinePages {

	static final String MAY_CHANGE = "!hasRole('AUDITOR')";

	private final Deadlines deadlines;
	private final OrganisationDirectory directory;
	private final Refusals refusals;
	private final RecordHistory history;
	private final Attachments attachments;
	private final AuditTrail trail;

	DeadlinePages(Deadlines deadlines, OrganisationDirectory directory, Refusals refusals, RecordHistory history,
			Attachments attachments, AuditTrail trail) {
		this.trail = trail;
		this.history = history;
		this.attachments = attachments;
		this.deadlines = deadlines;
		this.directory = directory;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry deadlinesNavigation() {
		return new NavigationEntry(10, "deadlines", "nav.deadlines", "/deadlines", Set.of());
	}

	static final int PAGE_SIZE = 50;

	@GetMapping
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		DeadlineStatus selected = selected(status);
		// the running deadlines, most urgent first; the completed ones only when asked for
		boolean completed = selected == DeadlineStatus.COMPLETED;
		model.addAttribute("page", org.fazhi.shared.Paging.clamped(page, PAGE_SIZE,
				org.springframework.data.domain.Sort.unsorted(), p -> deadlines.page(user, selected, p, exact)));
		// counts by status of the running deadlines for the chart, every status present so the bars are comparable
		var counts = completed ? java.util.Map.<DeadlineStatus, Long>of() : deadlines.runningCounts(user);
		model.addAttribute("statusCounts",
				counts.values().stream().allMatch(c -> c == 0) ? java.util.Map.of() : counts);
		model.addAttribute("statuses", DeadlineStatus.values());
		model.addAttribute("selectedStatus", selected);
		return "deadlines/list";
	}

	/**
	 * The deadlines the user may see, as CSV for a spreadsheet: every one, or those of the status the page shows;
	 * audited.
	 */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String status,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		DeadlineStatus selected = selected(status);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"deadlines.csv\"");
		long rows;
		try (var out = Csv.printer(response.getOutputStream())) {
			out.row("id", "title", "rule", "statute", "article", "trigger", "due", "status", "responsible");
			rows = deadlines.forEachVisible(user, selected, d -> out.row(d.id(), d.title(), d.rule().code(),
					d.rule().statute(), d.rule().article(), d.triggerDate(), d.due(), d.status().name(),
					d.responsibleName()));
		}
		trail.record(AuditAction.EXPORT, Deadlines.RECORD_TYPE, null, AuditOutcome.SUCCESS, "rows " + rows);
	}

	/** The status a page link names; an unknown one is the default list. */
	private static DeadlineStatus selected(String status) {
		return Arrays.stream(DeadlineStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

	@GetMapping("/new")
	@PreAuthorize(MAY_CHANGE)
	String newDeadline(@AuthenticationPrincipal FazhiUser user, Model model) {
		var form = new DeadlineForm();
		form.setResponsibleAccountId(user.accountId());
		form.setTriggerDate(deadlines.today());
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(MAY_CHANGE)
	String register(@AuthenticationPrincipal FazhiUser user, @Valid @ModelAttribute("form") DeadlineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			var responsible = directory.staffMember(user.tenantId(), form.getResponsibleAccountId())
				.orElseThrow(() -> new RuleViolation("responsibleAccountId", "deadline.responsible.unknown"));
			Long community = form.getCommunityId();
			if (community != null && directory.activeCommunities(user.tenantId()).stream()
				.noneMatch(c -> c.id() == community)) {
				throw new RuleViolation("communityId", "staff.community.foreign");
			}
			var view = deadlines.register(new RegisterDeadline(user.tenantId(), responsible.departmentId(),
					community != null ? community : responsible.communityId(), "MANUAL",
					UUID.randomUUID().toString(), form.getTitle(), form.getRule(), form.getTriggerDate(),
					responsible.accountId(), user.accountId()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/deadlines/" + view.id();
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, Deadlines.RECORD_TYPE, null);
			return form(user, model);
		}
	}

	private String form(FazhiUser user, Model model) {
		model.addAttribute("rules", java.util.Arrays.stream(StatutoryRule.values()).filter(r -> !r.setByOrder()).toList());
		model.addAttribute("staff",
				directory.activeStaff(user.tenantId()).stream().filter(DeadlineBook::mayAnswerFor).toList());
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		return "deadlines/form";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("deadline", deadlines.get(user, id));
		model.addAttribute("history", history.of(Deadline.class, id));
		model.addAttribute("attachments", attachments.of(user, Deadlines.RECORD_TYPE, String.valueOf(id)));
		model.addAttribute("today", deadlines.today());
		return "deadlines/detail";
	}

	@PostMapping("/{id}/pause")
	@PreAuthorize(MAY_CHANGE)
	String pause(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> deadlines.pause(user, id, CalendarApi.date("from", from), reason));
	}

	@PostMapping("/{id}/resume")
	@PreAuthorize(MAY_CHANGE)
	String resume(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> deadlines.resume(user, id, CalendarApi.date("on", on)));
	}

	@PostMapping("/{id}/extend")
	@PreAuthorize(MAY_CHANGE)
	String extend(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String length, @RequestParam(required = false) String approvedBy,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String approvedOn,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			var current = deadlines.get(user, id);
			int days = CalendarApi.length(length, current.rule().unit());
			deadlines.extend(user, id, days, approvedBy, reason, CalendarApi.date("approvedOn", approvedOn));
		});
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(MAY_CHANGE)
	String complete(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> deadlines.complete(user, id, CalendarApi.date("on", on)));
	}

	@PostMapping("/{id}/attachments")
	@PreAuthorize(MAY_CHANGE)
	String attach(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "file.empty");
			}
			try (var content = file.getInputStream()) {
				attachments.attach(user, Deadlines.RECORD_TYPE, String.valueOf(id), file.getOriginalFilename(), content);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/reminders/{id}/read")
	String markRead(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		deadlines.markReminderRead(user, id);
		return "redirect:/";
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/deadlines/" + id, Deadlines.RECORD_TYPE, id, action);
	}
}
