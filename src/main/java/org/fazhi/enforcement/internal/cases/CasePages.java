package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.internal.inspections.JointLink;
import org.fazhi.enforcement.internal.inspections.JointOperations;
import org.fazhi.enforcement.internal.publication.PublicDecisions;
import org.fazhi.enforcement.internal.figures.FigureBook;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.EnforcementRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Penalty cases in the browser: the list, registering a case, and the case page with each step of the procedure. */
@Controller
@RequestMapping("/enforcement/cases")
public class CasePages {

	static final String MAY_READ = "!hasAnyRole('LEGAL_ADVISOR', 'MEDIATOR')";
	static final String OFFICER = "hasRole('ENFORCEMENT_OFFICER')";
	static final String OFFICER_OR_LEADER = "hasAnyRole('ENFORCEMENT_OFFICER', 'LEADER')";
	static final int PAGE_SIZE = 50;

	private final CaseWork work;
	private final CaseDocuments documents;
	private final EnforcementMatters matters;
	private final EntityRegister register;
	private final HazardRecords hazards;
	private final OrganisationDirectory directory;
	private final Attachments attachments;
	private final Refusals refusals;
	private final AuditTrail trail;
	private final JointOperations joint;

	private final FigureBook figures;

	CasePages(JointOperations joint, CaseWork work, CaseDocuments documents, EnforcementMatters matters, EntityRegister register,
			HazardRecords hazards, OrganisationDirectory directory, Attachments attachments, Refusals refusals,
			AuditTrail trail, FigureBook figures) {
		this.figures = figures;
		this.joint = joint;
		this.work = work;
		this.documents = documents;
		this.matters = matters;
		this.register = register;
		this.hazards = hazards;
		this.directory = directory;
		this.attachments = attachments;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry casesNavigation() {
		return new NavigationEntry(34, "enforcement", "nav.cases", "/enforcement/cases",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "ENFORCEMENT_OFFICER", "LEGAL_REVIEWER", "COMMUNITY_WORKER",
						"AUDITOR"));
	}

	static Sort sort(String order) {
		return switch (order == null ? "" : order) {
			case "asc" -> Sort.by("registeredOn", "id").ascending();
			case "decided" -> Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id"));
			default -> Sort.by("registeredOn", "id").descending();
		};
	}

	@GetMapping
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) EnforcementDomain domain, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long officer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		var drill = figures.<PenaltyCase>drill(user, figure, figureYear, FigureBook.Kind.CASES);
		var filter = new CaseWork.CaseFilter(state, domain, community, officer, year, overdue,
				drill.map(FigureBook.Drill::records).orElse(null));
		model.addAttribute("drill", drill.orElse(null));
		// a drill-down this list cannot show (an unknown figure, another list's, a year out of range) says so
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var result = org.fazhi.shared.Paging.clamped(page, PAGE_SIZE, sort(order),
				p -> work.list(user, filter, p, exact));
		model.addAttribute("cases", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("order", order);
		model.addAttribute("states", State.values());
		model.addAttribute("domains", EnforcementDomain.values());
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("officers", officers(user));
		model.addAttribute("matterNames", matters.findByTenantIdOrderByCode(user.tenantId()).stream()
			.collect(Collectors.toMap(EnforcementMatter::getId, EnforcementMatter::getName)));
		return "enforcement/cases/cases";
	}

	/** The filtered list as a spreadsheet (streaming), within the caller's scope, audited. */
	@GetMapping("/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) EnforcementDomain domain, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long officer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, HttpServletResponse response) throws IOException {
		var filter = new CaseWork.CaseFilter(state, domain, community, officer, year, overdue, figures
			.<PenaltyCase>drill(user, figure, figureYear, FigureBook.Kind.CASES).map(FigureBook.Drill::records).orElse(null));
		var names = matters.findByTenantIdOrderByCode(user.tenantId()).stream()
			.collect(Collectors.toMap(EnforcementMatter::getId, EnforcementMatter::getName));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.xlsx\"");
		try (var sheet = new SheetWriter("cases", "id", "case_no", "registered_on", "party", "matter", "state",
				"officers", "decision_no", "decided_on", "penalty", "fine", "served_on", "paid_on", "published_on",
				"closed_on")) {
			long rows = work.forEach(user, filter, c -> sheet.row(c.getId(), c.getCaseNo(), c.getRegisteredOn(),
					c.isPerson() ? PublicDecisions.maskName(c.getPartyName()) : c.getPartyName(),
					names.getOrDefault(c.getMatterId(), ""), c.getState(), c.getOfficerNames(), c.getDecisionNo(),
					c.getDecidedOn(), c.getPenaltyKind(), c.getFine(), c.getServedOn(), c.getPaidOn(),
					c.getPublishedOn(), c.getClosedOn()));
			trail.record(AuditAction.EXPORT, CaseWork.CASE, null, AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	private java.util.List<OrganisationDirectory.StaffMember> officers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream().filter(s -> s.role() == Role.ENFORCEMENT_OFFICER)
			.toList();
	}

	@GetMapping("/new")
	@PreAuthorize(OFFICER)
	String form(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long hazard, Model model) {
		if (hazard != null) {
			var h = hazards.findOne(org.fazhi.organisation.DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD,
					hazard)).orElse(null);
			if (h != null) {
				model.addAttribute("hazard", h);
				model.addAttribute("hazardEntity", register.subjectOf(user, h.getEntityId()));
			}
		}
		model.addAttribute("matters", matters.findByTenantIdOrderByCode(user.tenantId()).stream()
			.filter(EnforcementMatter::isActive).toList());
		model.addAttribute("entities", register.list(user, null, null, null).stream().filter(RegulatedEntity::isActive)
			.toList());
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("officers", officers(user));
		model.addAttribute("sources", PenaltyCase.Source.values());
		// what a case may come from: the user's carried-out inspections, and the escalated hazards not yet filed
		model.addAttribute("sourceInspections", work.inspectionsToFileFrom(user));
		model.addAttribute("sourceHazards", hazard != null ? java.util.List.of() : work.hazardsToFile(user));
		model.addAttribute("entityNames", register.list(user, null, null, null).stream()
			.collect(Collectors.toMap(RegulatedEntity::getId, RegulatedEntity::getName, (x, y) -> x)));
		model.addAttribute("today", work.today());
		return "enforcement/cases/case-form";
	}

	@PostMapping("/new")
	@PreAuthorize(OFFICER)
	String create(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		boolean summary = "SUMMARY".equals(form.get("procedure"));
		refusals.actThenRedirect(redirect, "/enforcement/cases/new", CaseWork.CASE, null, () -> {
			var registration = registration(form);
			if ("HAZARD".equals(form.get("source")) && registration.hazardId() == null) {
				throw new RuleViolation("hazardId", "case.hazard.choose");
			}
			var c = summary ? work.decideOnTheSpot(user, registration, kind(form.get("kind")), money("fine", form.get("fine")))
					: work.register(user, registration);
			created[0] = c.getId();
		});
		if (created[0] == 0) {
			// what was typed comes back into the form with the refusal, so nothing is lost
			redirect.addFlashAttribute("entered", form);
		}
		if (created[0] != 0) {
			return "redirect:/enforcement/cases/" + created[0];
		}
		// back to the form, for the hazard it came from: only a well-formed id goes into the address, encoded
		var back = org.springframework.web.util.UriComponentsBuilder.fromPath("/enforcement/cases/new");
		String hazard = Input.trim(form.get("hazardId"));
		if (hazard != null && hazard.matches("\\d{1,18}")) {
			back.queryParam("hazard", hazard);
		}
		return "redirect:" + back.encode().build().toUriString();
	}

	static CaseWork.Registration registration(Map<String, String> form) {
		return new CaseWork.Registration(enumOf(PenaltyCase.Source.class, "source", form.get("source")),
				id(form.get("hazardId")), id(form.get("entityId")),
				enumOf(PenaltyCase.PartyKind.class, "partyKind", form.get("partyKind")), form.get("partyName"),
				form.get("partyCode"), form.get("partyAddress"), id(form.get("communityId")), id(form.get("matterId")),
				form.get("facts"), id(form.get("officer1Id")), id(form.get("officer2Id")), date("on", form.get("on")),
				"on".equals(form.get("majorInterest")) || "true".equals(form.get("majorInterest")),
				"on".equals(form.get("complexCase")) || "true".equals(form.get("complexCase")),
				Input.trim(form.get("occurredOn")) == null ? null : date("occurredOn", form.get("occurredOn")),
				"on".equals(form.get("harmToLife")) || "true".equals(form.get("harmToLife")),
				"INSPECTION".equals(form.get("source")) ? id(form.get("inspectionId")) : null);
	}

	@GetMapping("/{id}")
	@PreAuthorize(MAY_READ)
	String detail(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var c = work.get(user, id);
		var docs = documents.of(user, id);
		model.addAttribute("c", c);
		model.addAttribute("matter", work.matterOf(c));
		model.addAttribute("timeline", work.timeline(user, id));
		model.addAttribute("evidence", work.evidence(user, id));
		model.addAttribute("documents", docs);
		model.addAttribute("available", documents.availableTo(user, c));
		model.addAttribute("files", attachments.of(user, CaseWork.CASE, String.valueOf(id)).stream()
			.collect(Collectors.toMap(a -> a.id(), Function.identity())));
		var caseDeadlines = work.deadlinesOf(user, id);
		model.addAttribute("deadlines", caseDeadlines);
		model.addAttribute("reviewGrounds", work.legalReviewGrounds(c));
		model.addAttribute("needsDiscussion", work.requiresCollectiveDiscussion(c));
		model.addAttribute("fileCheck", c.getDecidedOn() == null ? java.util.List.of() : work.fileCheck(c, docs));
		model.addAttribute("evidenceKinds", CaseEvidence.Kind.values());
		model.addAttribute("penaltyKinds", PenaltyCase.PenaltyKind.values());
		model.addAttribute("levels", DiscretionLevel.values());
		model.addAttribute("methods", PenaltyCase.ServiceMethod.values());
		model.addAttribute("opinions", PenaltyCase.ReviewOpinion.values());
		model.addAttribute("outcomes", PenaltyCase.Outcome.values());
		var staff = directory.activeStaff(user.tenantId());
		model.addAttribute("reviewers", staff.stream().filter(s -> s.role() == Role.LEGAL_REVIEWER)
			.filter(s -> !c.investigatedBy(s.accountId())).toList());
		model.addAttribute("chairs", staff.stream().filter(s -> !c.investigatedBy(s.accountId()))
			.filter(s -> s.role() == Role.ENFORCEMENT_OFFICER || s.role() == Role.LEGAL_REVIEWER
					|| s.role() == Role.LEADER)
			.toList());
		model.addAttribute("surchargeToday", c.getState() == State.SERVED || c.getState() == State.COURT_APPLIED
				? work.surcharge(c, work.today()) : 0L);
		model.addAttribute("paymentOverdue", caseDeadlines.stream()
			.anyMatch(d -> d.rule() == org.fazhi.deadlines.StatutoryRule.FINE_PAYMENT
					&& d.status() == org.fazhi.deadlines.DeadlineStatus.OVERDUE));
		model.addAttribute("payments", work.payments(user, id));
		model.addAttribute("jointLinks", joint.ofCase(user, id));
		model.addAttribute("partners", JointLink.Partner.values());
		if (c.getOutcome() == PenaltyCase.Outcome.PENALTY && c.getPublishedOn() == null) {
			model.addAttribute("draftSummary", work.draftSummary(c));
		}
		var gates = work.steps(user, c);
		var open = new java.util.HashMap<String, Boolean>();
		for (CaseStep step : CaseStep.values()) {
			open.put(step.name(), false);
		}
		gates.stream().filter(Gate::isOpen).forEach(g -> open.put(g.step().name(), true));
		model.addAttribute("open", open);
		model.addAttribute("openSteps", gates.stream().filter(Gate::isOpen).toList());
		model.addAttribute("closedSteps", gates.stream().filter(Gate::shownClosed).toList());
		model.addAttribute("decisionForms", java.util.List.of("PROPOSE", "DECIDE"));
		model.addAttribute("progress", CaseProgress.of(c, work.requiresLegalReview(c), work.requiresCollectiveDiscussion(c),
				work.today()));
		model.addAttribute("today", work.today());
		return "enforcement/cases/case";
	}

	/** Links the case to the partner department's case or inspection of the same joint operation. */
	@PostMapping("/{id}/partners")
	@PreAuthorize(OFFICER)
	String linkPartner(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "partners", form, () -> joint.linkCase(user, id,
				enumOf(JointLink.Partner.class, "partner", form.get("partner")), form.get("partnerReference"),
				form.get("note")));
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/enforcement/cases/" + id, CaseWork.CASE, id, action);
	}

	/** As above; a refused form comes back with what was typed in it ({@code entered}, its name in {@code _form}). */
	private String act(RedirectAttributes redirect, long id, String formName, Map<String, String> form,
			Runnable action) {
		String path = act(redirect, id, action);
		if (redirect.getFlashAttributes().containsKey("refusal")) {
			var entered = new java.util.HashMap<>(form);
			entered.put("_form", formName);
			redirect.addFlashAttribute("entered", entered);
		}
		return path;
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('LEADER')")
	String approve(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.approveFiling(user, id, date("on", on)));
	}

	@PostMapping("/{id}/evidence")
	@PreAuthorize(OFFICER)
	String evidence(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return act(redirect, id, "evidence", form, () -> {
			var evidence = evidenceForm(form);
			if (file == null || file.isEmpty()) {
				work.addEvidence(user, id, evidence, null, null);
				return;
			}
			try (InputStream content = file.getInputStream()) {
				work.addEvidence(user, id, evidence, file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static CaseWork.EvidenceForm evidenceForm(Map<String, String> form) {
		LocalDateTime recordedAt = null;
		String at = Input.trim(form.get("recordedAt"));
		if (at != null) {
			try {
				recordedAt = LocalDateTime.parse(at);
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation("recordedAt", "calendar.date.format", "recordedAt", at);
			}
		}
		return new CaseWork.EvidenceForm(enumOf(CaseEvidence.Kind.class, "kind", form.get("kind")),
				form.get("description"), date("collectedOn", form.get("collectedOn")),
				"on".equals(form.get("wholeProcess")) || "true".equals(form.get("wholeProcess")), form.get("device"),
				form.get("operatorName"), recordedAt);
	}

	@PostMapping("/{id}/notice")
	@PreAuthorize(OFFICER)
	String notice(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "notice", form, () -> work.notifyIntendedPenalty(user, id, date("on", form.get("on")),
				kind(form.get("kind")), money("fine", form.get("fine")), level(form.get("level"))));
	}

	@PostMapping("/{id}/defence")
	@PreAuthorize(OFFICER)
	String defence(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "defence", form, () ->
				work.recordDefence(user, id, date("on", form.get("on")), form.get("text"),
				"true".equals(form.get("adopted")), form.get("review")));
	}

	@PostMapping("/{id}/defence/waive")
	@PreAuthorize(OFFICER)
	String waiveDefence(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "defence-waiver", form, () ->
				work.waiveDefence(user, id, date("on", form.get("on")), form.get("waiver")));
	}

	@PostMapping("/{id}/propose")
	@PreAuthorize(OFFICER)
	String propose(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "propose", form, () -> work.propose(user, id, decision(form)));
	}

	@PostMapping("/{id}/hearing/request")
	@PreAuthorize(OFFICER)
	String requestHearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.requestHearing(user, id, date("on", on)));
	}

	@PostMapping("/{id}/hearing/waive")
	@PreAuthorize(OFFICER)
	String waiveHearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.waiveHearing(user, id, date("on", on)));
	}

	@PostMapping("/{id}/hearing/notice")
	@PreAuthorize(OFFICER)
	String noticeHearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "hearing-notice", form, () ->
				work.noticeHearing(user, id, date("noticeOn", form.get("noticeOn")),
				date("hearingOn", form.get("hearingOn")), form.get("place"), id(form.get("chairId"))));
	}

	@PostMapping("/{id}/hearing/record")
	@PreAuthorize(OFFICER)
	String recordHearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "hearing-record", form, () ->
				work.recordHearing(user, id, date("on", form.get("on")), form.get("record")));
	}

	@PostMapping("/{id}/review/submit")
	@PreAuthorize(OFFICER)
	String submitReview(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "review-submit", form, () -> work.submitForReview(user, id, date("on", form.get("on")),
				id(form.get("reviewerId"))));
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasRole('LEGAL_REVIEWER')")
	String review(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "review", form, () -> work.review(user, id, date("on", form.get("on")),
				enumOf(PenaltyCase.ReviewOpinion.class, "opinion", form.get("opinion")), form.get("text"),
				money("amendedFine", form.get("amendedFine"))));
	}

	@PostMapping("/{id}/discussion")
	@PreAuthorize("hasRole('LEADER')")
	String discussion(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "discussion", form, () -> work.recordDiscussion(user, id, date("on", form.get("on")),
				form.get("attendees"), form.get("minutes")));
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize(OFFICER_OR_LEADER)
	String decide(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "decide", form, () -> work.decide(user, id, decision(form)));
	}

	static CaseWork.Decision decision(Map<String, String> form) {
		return new CaseWork.Decision(enumOf(PenaltyCase.Outcome.class, "outcome", form.get("outcome")),
				kind(form.get("kind")), money("fine", form.get("fine")), level(form.get("level")),
				date("on", form.get("on")), form.get("reason"));
	}

	@PostMapping("/{id}/serve")
	@PreAuthorize(OFFICER)
	String serve(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "serve", form, () -> work.serve(user, id, date("on", form.get("on")),
				enumOf(PenaltyCase.ServiceMethod.class, "method", form.get("method"))));
	}

	@PostMapping("/{id}/defer")
	@PreAuthorize(OFFICER)
	String defer(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "defer", form, () ->
				work.deferPayment(user, id, date("to", form.get("to")), form.get("approvedBy"),
				form.get("reason"), date("approvedOn", form.get("approvedOn")), instalments(form.get("instalments"))));
	}

	@PostMapping("/{id}/pay")
	@PreAuthorize(OFFICER)
	String pay(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "pay", form, () -> work.recordPayment(user, id, date("on", form.get("on")),
				money("amount", form.get("amount"))));
	}

	@PostMapping("/{id}/urge")
	@PreAuthorize(OFFICER)
	String urge(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.urge(user, id, date("on", on)));
	}

	@PostMapping("/{id}/court")
	@PreAuthorize(OFFICER)
	String court(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "court", form, () ->
				work.applyToCourt(user, id, date("on", form.get("on")), form.get("court")));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(OFFICER)
	String publish(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		if (form.containsKey("preview")) {
			// nothing is written: the page shows the entry as the public will read it, with what the screen found
			redirect.addFlashAttribute("preview", work.previewPublication(user, id, form.get("summary")));
			var entered = new java.util.HashMap<>(form);
			entered.put("_form", "publish");
			redirect.addFlashAttribute("entered", entered);
			return "redirect:/enforcement/cases/" + id + "#publish-form";
		}
		return act(redirect, id, "publish", form, () -> work.publish(user, id, date("on", form.get("on")),
				form.get("summary")));
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize(OFFICER_OR_LEADER)
	String revoke(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "revoke", form, () ->
				work.revoke(user, id, date("on", form.get("on")), form.get("reason")));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(OFFICER_OR_LEADER)
	String withdraw(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.withdrawPublication(user, id, date("on", on)));
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize(OFFICER_OR_LEADER)
	String suspend(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, "suspend", form, () ->
				work.suspend(user, id, date("on", form.get("on")), form.get("reason")));
	}

	@PostMapping("/{id}/resume")
	@PreAuthorize(OFFICER_OR_LEADER)
	String resume(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.resume(user, id, date("on", on)));
	}

	@PostMapping("/{id}/end")
	@PreAuthorize(OFFICER_OR_LEADER)
	String end(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, id, "end", form, () -> work.end(user, id, date("on", form.get("on")),
				"TRANSFER".equals(form.get("end")), form.get("transferredTo"), form.get("reason")));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(OFFICER)
	String close(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.close(user, id, date("on", on), documents.of(user, id)));
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize("hasAnyRole('ENFORCEMENT_OFFICER', 'LEGAL_REVIEWER')")
	String generate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String type, RedirectAttributes redirect) {
		return act(redirect, id, () -> documents.generate(user, id, enumOf(CaseDocument.Type.class, "type", type)));
	}

	// ---------------------------------------------------------------- parsing what the forms send

	static LocalDate date(String field, String value) {
		return Input.date(field, value);
	}

	static Long id(String value) {
		String text = Input.trim(value);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(null, "api.unreadable");
		}
	}

	/** Whole yuan, as the catalogue keeps them. */
	static Long money(String field, String value) {
		String text = Input.trim(value);
		if (text == null) {
			return null;
		}
		try {
			long amount = Long.parseLong(text.replace(",", ""));
			if (amount < 0) {
				throw new NumberFormatException();
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "case.money.format");
		}
	}

	static Integer instalments(String value) {
		String text = Input.trim(value);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw EnforcementRule.INSTALMENTS.refusal("instalments", CaseExecution.MAXIMUM_INSTALMENTS);
		}
	}

	static PenaltyCase.PenaltyKind kind(String value) {
		return enumOf(PenaltyCase.PenaltyKind.class, "kind", value);
	}

	static DiscretionLevel level(String value) {
		return enumOf(DiscretionLevel.class, "level", value);
	}

	public static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
		String text = Input.trim(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "case.choice.unknown");
		}
	}
}
