package org.fazhi.legal.internal.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.fazhi.shared.SheetWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of procuratorial suggestions with its filters, figures' drill-down and export, the receipt form, and
 * one suggestion with its reply period, its rectification plan, its files and only the steps open now.
 */
@Controller
@RequestMapping("/legal/suggestions")
class SuggestionPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'LEGAL_REVIEWER', 'AUDITOR')";
	static final String MAY_HANDLE = "hasRole('LEGAL_OFFICER')";

	private final SuggestionWork work;
	private final OrganisationDirectory directory;
	private final LegalFigureBook figures;
	private final Attachments attachments;
	private final Refusals refusals;
	private final AuditTrail trail;

	SuggestionPages(SuggestionWork work, OrganisationDirectory directory, LegalFigureBook figures,
			Attachments attachments, Refusals refusals, AuditTrail trail) {
		this.work = work;
		this.directory = directory;
		this.figures = figures;
		this.attachments = attachments;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry suggestionsNavigation() {
		return new NavigationEntry(64, "legal", "nav.suggestions", "/legal/suggestions",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_REVIEWER", "AUDITOR"));
	}

	private Map<Long, String> staffNames(FazhiUser user) {
		Map<Long, String> names = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		return names;
	}

	static SuggestionWork.SuggestionFilter filter(State state, Integer year,
			org.springframework.data.jpa.domain.Specification<ProcuratorialSuggestion> figure) {
		return new SuggestionWork.SuggestionFilter(state, year == null || year < 2000 || year > 2100 ? null : year,
				figure);
	}

	@GetMapping
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.suggestionDrill(user, figure, figureYear);
		var filter = filter(state, year, drill.map(LegalFigureBook.Drill::records).orElse(null));
		var result = Paging.clamped(page, 50, Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("suggestions", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("states", State.values());
		model.addAttribute("mayHandle", SuggestionWork.mayHandle(user));
		model.addAttribute("staff", SuggestionWork.mayHandle(user) ? work.staff(user) : java.util.List.of());
		model.addAttribute("today", work.today());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("receivedOn", work.today().toString()));
		}
		return "legal/suggestions/suggestions";
	}

	@GetMapping("/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
		var names = staffNames(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"suggestions.xlsx\"");
		try (var sheet = new SheetWriter("suggestions", "id", "suggestion_no", "procuratorate", "document_no",
				"received_on", "problems", "reply_due_on", "replied_on", "replied_on_time", "rectified_on", "state",
				"handler")) {
			long rows = work.forEach(user, filter(state, year, null), s -> sheet.row(s.getId(), s.getSuggestionNo(),
					s.getProcuratorate(), s.getDocumentNo(), s.getReceivedOn(), s.getProblems(), s.getReplyDueOn(),
					s.getRepliedOn(), s.getRepliedOnTime(), s.getRectifiedOn(), s.getState(),
					names.getOrDefault(s.getHandlerId(), "")));
			trail.record(AuditAction.EXPORT, SuggestionWork.SUGGESTION, null, AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	private static LocalDate optionalDate(String field, String value) {
		return Input.trim(value) == null ? null : Input.date(field, value);
	}

	/** Runs the step with the uploaded file's name and content, or with none when nothing was uploaded. */
	static void withFile(MultipartFile file, BiConsumer<String, InputStream> step) {
		if (file == null || file.isEmpty()) {
			step.accept(null, null);
			return;
		}
		try (var content = file.getInputStream()) {
			step.accept(file.getOriginalFilename(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping
	@PreAuthorize(MAY_HANDLE)
	String receive(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, Model model) {
		long[] created = new long[1];
		try {
			withFile(file, (name, content) -> created[0] = work.receive(user, new SuggestionWork.Receipt(
					form.get("procuratorate"), form.get("documentNo"), optionalDate("receivedOn", form.get("receivedOn")),
					form.get("problems"), Input.number("handlerId", form.get("handlerId"))), name, content).getId());
			return "redirect:/legal/suggestions/" + created[0];
		}
		catch (org.fazhi.shared.RuleViolation violation) {
			// the form comes back as it was typed, with the reason
			refusals.record(violation, SuggestionWork.SUGGESTION, null);
			model.addAttribute("refusal", violation.messageKey());
			model.addAttribute("refusalArguments", violation.arguments());
			model.addAttribute("refusalRule", violation.ruleCode());
			model.addAttribute("form", new HashMap<>(form));
			return list(user, null, null, 0, null, null, false, model);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize(MAY_READ)
	String suggestion(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var s = work.get(user, id);
		var plan = work.itemsOf(user, id);
		boolean handler = SuggestionWork.mayHandle(user);
		model.addAttribute("s", s);
		model.addAttribute("plan", plan);
		model.addAttribute("deadlines", work.deadlinesOf(user, id));
		model.addAttribute("files", attachments.of(user, SuggestionWork.SUGGESTION, String.valueOf(id)));
		model.addAttribute("names", staffNames(user));
		model.addAttribute("today", work.today());
		model.addAttribute("mayPlan", handler && s.open());
		model.addAttribute("mayMarkDone", handler && s.getState() != State.RECTIFIED);
		model.addAttribute("mayReply", handler && s.open() && !plan.isEmpty());
		// why the reply is closed: it reports the plan
		model.addAttribute("replyNeedsPlan", handler && s.open() && plan.isEmpty());
		model.addAttribute("notHandler", !handler);
		model.addAttribute("staff", handler ? work.staff(user) : java.util.List.of());
		return "legal/suggestions/suggestion";
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/legal/suggestions/" + id, SuggestionWork.SUGGESTION, id, action);
	}

	@PostMapping("/{id}/plan")
	@PreAuthorize(MAY_HANDLE)
	String plan(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.plan(user, id, form.get("problem"), form.get("measure"),
				Input.number("ownerId", form.get("ownerId")), optionalDate("dueOn", form.get("dueOn"))));
	}

	@PostMapping("/{id}/items/{itemId}/done")
	@PreAuthorize(MAY_HANDLE)
	String done(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @PathVariable long itemId,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> withFile(file, (name, content) -> work.done(user, id, itemId,
				optionalDate("on", form.get("on")), form.get("note"), name, content)));
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize(MAY_HANDLE)
	String reply(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(redirect, id, () -> withFile(file, (name, content) -> work.reply(user, id,
				optionalDate("on", form.get("on")), form.get("replyText"), name, content)));
	}
}
