package org.fazhi.legal.internal.challenges;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.legal.internal.challenges.LegalChallenge.Outcome;
import org.fazhi.legal.internal.challenges.LegalChallenge.State;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the reconsideration and litigation files: the register with its filters and export, the receipt form,
 * and a file with its periods, the challenged case, its documents and only the steps the procedure allows now.
 */
@Controller
@RequestMapping("/legal/challenges")
class ChallengePages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'ENFORCEMENT_OFFICER',"
			+ " 'LEGAL_REVIEWER', 'LEGAL_ADVISOR', 'AUDITOR')";
	static final String MAY_HANDLE = "hasRole('LEGAL_OFFICER')";

	private final ChallengeWork work;
	private final ChallengeDocuments documents;
	private final OrganisationDirectory directory;
	private final LegalFigureBook figures;
	private final Attachments attachments;
	private final Refusals refusals;
	private final AuditTrail trail;

	ChallengePages(ChallengeWork work, ChallengeDocuments documents, OrganisationDirectory directory,
			LegalFigureBook figures, Attachments attachments, Refusals refusals, AuditTrail trail) {
		this.work = work;
		this.documents = documents;
		this.directory = directory;
		this.figures = figures;
		this.attachments = attachments;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry challengesNavigation() {
		return new NavigationEntry(62, "legal", "nav.challenges", "/legal/challenges", Set.of("ADMIN", "LEADER",
				"LEGAL_OFFICER", "ENFORCEMENT_OFFICER", "LEGAL_REVIEWER", "LEGAL_ADVISOR", "AUDITOR"));
	}

	private Map<Long, String> staffNames(FazhiUser user) {
		Map<Long, String> names = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		return names;
	}

	static ChallengeWork.ChallengeFilter filter(Kind kind, State state, Outcome outcome, Integer year,
			org.springframework.data.jpa.domain.Specification<LegalChallenge> figure) {
		return new ChallengeWork.ChallengeFilter(kind, state, outcome,
				year == null || year < 2000 || year > 2100 ? null : year, figure);
	}

	@GetMapping
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) State state, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.challengeDrill(user, figure, figureYear);
		var filter = filter(kind, state, outcome, year, drill.map(LegalFigureBook.Drill::records).orElse(null));
		var result = Paging.clamped(page, 50, Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("challenges", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("states", State.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("mayHandle", ChallengeWork.mayHandle(user));
		return "legal/challenges/challenges";
	}

	@GetMapping("/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) State state, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
		var filter = filter(kind, state, outcome, year, null);
		var names = staffNames(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"challenges.xlsx\"");
		try (var sheet = new SheetWriter("challenges", "id", "challenge_no", "kind", "instance", "claimant", "body",
				"body_case_no", "challenged_act", "case_no", "received_on", "answer_due_on", "answered_on",
				"answered_on_time", "hearing_on", "head_appeared", "appeared", "settled_on", "through_mediation",
				"dispute_no", "outcome", "outcome_form", "outcome_on", "first_outcome", "appeal_due_on", "appealed_by",
				"final_on", "state", "handler")) {
			long rows = work.forEach(user, filter, c -> sheet.row(c.getId(), c.getChallengeNo(), c.getKind(),
					c.getInstance(), c.getClaimant(), c.getBody(), c.getBodyCaseNo(), c.getChallengedAct(),
					c.getCaseNo(), c.getReceivedOn(), c.getAnswerDueOn(), c.getAnsweredOn(), c.getAnsweredOnTime(),
					c.getHearingOn(), c.getHeadAppeared(),
					c.getAppearedId() == null ? "" : names.getOrDefault(c.getAppearedId(), ""), c.getSettledOn(),
					c.isThroughMediation(), c.getDisputeNo(), c.getOutcome(), c.getOutcomeForm(), c.getOutcomeOn(),
					c.getFirstOutcome(), c.getAppealDueOn(), c.getAppealedBy(), c.getFinalOn(), c.getState(),
					names.getOrDefault(c.getHandlerId(), "")));
			trail.record(AuditAction.EXPORT, ChallengeWork.CHALLENGE, null, AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	// ---------------------------------------------------------------- receipt

	@GetMapping("/new")
	@PreAuthorize(MAY_HANDLE)
	String form(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind, Model model) {
		var form = new HashMap<String, String>();
		form.put("kind", (kind == null ? Kind.RECONSIDERATION : kind).name());
		form.put("receivedOn", work.today().toString());
		return form(user, form, model);
	}

	private String form(FazhiUser user, Map<String, String> form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("lawyers", work.lawyers(user));
		return "legal/challenges/new";
	}

	@PostMapping("/new")
	@PreAuthorize(MAY_HANDLE)
	String receive(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form, Model model) {
		try {
			var c = work.receive(user, new ChallengeWork.Receipt(Input.choice(Kind.class, "kind", form.get("kind")),
					"on".equals(form.get("simpleProcedure")) || "true".equals(form.get("simpleProcedure")),
					form.get("claimant"), "on".equals(form.get("claimantPerson")) || "true".equals(form.get("claimantPerson")),
					form.get("body"), form.get("bodyCaseNo"), form.get("challengedAct"), form.get("caseNo"),
					Input.number("lawyerId", form.get("lawyerId")), optionalDate("receivedOn", form.get("receivedOn"))));
			return "redirect:/legal/challenges/" + c.getId();
		}
		catch (RuleViolation violation) {
			refusals.record(violation, ChallengeWork.CHALLENGE, null);
			model.addAttribute("refusal", violation.messageKey());
			model.addAttribute("refusalArguments", violation.arguments());
			model.addAttribute("refusalRule", violation.ruleCode());
			return form(user, new HashMap<>(form), model);
		}
	}

	private static LocalDate optionalDate(String field, String value) {
		return Input.trim(value) == null ? null : Input.date(field, value);
	}

	// ---------------------------------------------------------------- one file

	@GetMapping("/{id}")
	@PreAuthorize(MAY_READ)
	String challenge(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var c = work.get(user, id);
		model.addAttribute("c", c);
		model.addAttribute("file", work.caseOf(user, c).orElse(null));
		model.addAttribute("deadlines", work.deadlinesOf(user, id));
		model.addAttribute("timeline", timeline(c));
		model.addAttribute("files", attachments.of(user, ChallengeWork.CHALLENGE, String.valueOf(id)));
		model.addAttribute("names", staffNames(user));
		model.addAttribute("today", work.today());
		boolean handler = ChallengeWork.mayHandle(user);
		boolean lawsuit = c.getKind() == Kind.LITIGATION;
		model.addAttribute("lawsuit", lawsuit);
		model.addAttribute("mayAnswer", handler && c.getState() == State.RECEIVED);
		model.addAttribute("mayHear", handler && c.getState() == State.ANSWERED);
		model.addAttribute("maySettle", handler && !lawsuit && c.open() && c.getOutcome() == null);
		model.addAttribute("mayDecide", handler && (c.getState() == State.RECEIVED || c.getState() == State.ANSWERED));
		model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values()).filter(o -> o.appliesTo(c.getKind()))
			.toList());
		model.addAttribute("forms", LegalChallenge.Form.values());
		model.addAttribute("parties", LegalChallenge.Party.values());
		boolean decided = handler && lawsuit && c.getState() == State.DECIDED;
		model.addAttribute("mayAppeal", decided && !work.today().isAfter(c.getAppealDueOn()));
		model.addAttribute("mayFinal", decided && work.today().isAfter(c.getAppealDueOn()));
		model.addAttribute("mayRetry", handler && lawsuit && c.getState() == State.CLOSED && c.getOutcome() != null);
		model.addAttribute("mayLetter", handler && !lawsuit && c.getLetterReceivedOn() == null);
		model.addAttribute("mayReplyLetter", handler && c.getLetterReceivedOn() != null && c.getLetterRepliedOn() == null);
		model.addAttribute("mayPerform", handler && !lawsuit && c.getState() == State.DECIDED);
		model.addAttribute("mayWriteDocument", handler && c.getAnsweredOn() != null);
		model.addAttribute("staff", handler ? work.staff(user) : java.util.List.of());
		// why the others are closed
		model.addAttribute("notHandler", !handler);
		return "legal/challenges/challenge";
	}

	/** One event of the file's timeline: its day and what happened ({@code key}, a message key). */
	record Event(LocalDate on, String key) {
	}

	/** The file's timeline from its own dates, in order. */
	static java.util.List<Event> timeline(LegalChallenge c) {
		var events = new java.util.ArrayList<Event>();
		events.add(new Event(c.getReceivedOn(), "challengeEvent.RECEIVED." + c.getKind()));
		if (c.getAnsweredOn() != null) {
			events.add(new Event(c.getAnsweredOn(), "challengeEvent.ANSWERED." + c.getKind()));
		}
		if (c.getSettledOn() != null) {
			events.add(new Event(c.getSettledOn(), c.isThroughMediation() ? "challengeEvent.SETTLED_MEDIATION"
					: "challengeEvent.SETTLED"));
		}
		if (c.getHearingOn() != null) {
			events.add(new Event(c.getHearingOn(), "challengeEvent.HEARING"));
		}
		if (c.getOutcomeOn() != null) {
			events.add(new Event(c.getOutcomeOn(), "challengeEvent.OUTCOME"));
		}
		if (c.getLetterReceivedOn() != null) {
			events.add(new Event(c.getLetterReceivedOn(), "challengeEvent.LETTER"));
		}
		if (c.getLetterRepliedOn() != null) {
			events.add(new Event(c.getLetterRepliedOn(), "challengeEvent.LETTER_REPLY"));
		}
		if (c.getPerformedOn() != null) {
			events.add(new Event(c.getPerformedOn(), "challengeEvent.PERFORMED"));
		}
		else if (c.getFinalOn() != null) {
			events.add(new Event(c.getFinalOn(), "challengeEvent.FINAL"));
		}
		events.sort(java.util.Comparator.comparing(Event::on));
		return events;
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/legal/challenges/" + id, ChallengeWork.CHALLENGE, id, action);
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(MAY_HANDLE)
	String answer(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.answer(user, id, form.get("basis"), form.get("argument"),
				form.get("evidence"), optionalDate("on", form.get("on"))));
	}

	@PostMapping("/{id}/hearing")
	@PreAuthorize(MAY_HANDLE)
	String hearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.hearing(user, id, optionalDate("on", form.get("on")),
				"true".equals(form.get("headAppeared")), Input.number("appearedId", form.get("appearedId"))));
	}

	@PostMapping("/{id}/settle")
	@PreAuthorize(MAY_HANDLE)
	String settle(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.settle(user, id, optionalDate("on", form.get("on")), form.get("terms"),
				"on".equals(form.get("throughMediation")), form.get("disputeNo")));
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize(MAY_HANDLE)
	String decide(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.decide(user, id, Input.choice(Outcome.class, "outcome", form.get("outcome")),
				Input.trim(form.get("form")) == null ? null
						: Input.choice(LegalChallenge.Form.class, "form", form.get("form")),
				optionalDate("on", form.get("on")), optionalDate("statementOn", form.get("statementOn"))));
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize(MAY_HANDLE)
	String appeal(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.appeal(user, id,
				Input.choice(LegalChallenge.Party.class, "by", form.get("by")), optionalDate("on", form.get("on"))));
	}

	@PostMapping("/{id}/final")
	@PreAuthorize(MAY_HANDLE)
	String becomeFinal(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.becomeFinal(user, id));
	}

	@PostMapping("/{id}/retrial")
	@PreAuthorize(MAY_HANDLE)
	String retrial(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.retrial(user, id, optionalDate("on", on)));
	}

	@PostMapping("/{id}/letter")
	@PreAuthorize(MAY_HANDLE)
	String letter(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.letter(user, id, optionalDate("on", on)));
	}

	@PostMapping("/{id}/letter-reply")
	@PreAuthorize(MAY_HANDLE)
	String letterReply(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.letterReply(user, id, optionalDate("on", form.get("on")), form.get("reply")));
	}

	@PostMapping("/{id}/perform")
	@PreAuthorize(MAY_HANDLE)
	String perform(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.perform(user, id, optionalDate("on", form.get("on")), form.get("performance")));
	}

	@PostMapping("/{id}/document")
	@PreAuthorize(MAY_HANDLE)
	String document(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> redirect.addFlashAttribute("generated", documents.generate(user, id).id()));
	}
}
