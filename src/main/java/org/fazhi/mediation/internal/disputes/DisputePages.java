package org.fazhi.mediation.internal.disputes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.files.Attachments;
import org.fazhi.mediation.internal.bodies.MediationBody;
import org.fazhi.mediation.internal.bodies.MediationOrganisation;
import org.fazhi.mediation.internal.figures.MediationFigureBook;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of disputes: the list with its filters and export, the risk board, the intake form, and a dispute with
 * its parties, timeline, sessions, deadlines and files, offering only the steps the law and the user's role allow.
 */
@Controller
@RequestMapping("/mediation")
class DisputePages {

	/** Who reads disputes at all: every role whose rule reads the mediation family (the scope decides which). */
	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'LEGAL_ADVISOR', 'MEDIATOR',"
			+ " 'COMMUNITY_WORKER', 'AUDITOR')";
	static final String MAY_TAKE_IN = "hasAnyRole('LEGAL_OFFICER', 'MEDIATOR', 'COMMUNITY_WORKER')";
	static final String MAY_MEDIATE = "hasAnyRole('LEGAL_OFFICER', 'MEDIATOR')";
	/** Sessions and files: also the outside lawyer assigned to the dispute. */
	static final String MAY_WORK = "hasAnyRole('LEGAL_OFFICER', 'MEDIATOR', 'LEGAL_ADVISOR')";

	static final int PAGE_SIZE = 50;
	static final int PARTY_ROWS = 4;

	private final DisputeWork work;
	private final AgreementDocuments documents;
	private final MediationOrganisation organisation;
	private final OrganisationDirectory directory;
	private final MediationFigureBook figures;
	private final Attachments attachments;
	private final Refusals refusals;
	private final AuditTrail trail;
	private final org.springframework.context.MessageSource messages;

	/** A step the page does not offer, and why. */
	record ClosedStep(DisputeProgress.Step step, String reason) {
	}

	DisputePages(org.springframework.context.MessageSource messages, DisputeWork work, AgreementDocuments documents, MediationOrganisation organisation,
			OrganisationDirectory directory, MediationFigureBook figures, Attachments attachments, Refusals refusals,
			AuditTrail trail) {
		this.work = work;
		this.documents = documents;
		this.organisation = organisation;
		this.directory = directory;
		this.figures = figures;
		this.attachments = attachments;
		this.refusals = refusals;
		this.trail = trail;
		this.messages = messages;
	}

	@Bean
	static NavigationEntry disputesNavigation() {
		return new NavigationEntry(50, "mediation", "nav.disputes", "/mediation/disputes",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_ADVISOR", "MEDIATOR", "COMMUNITY_WORKER", "AUDITOR"),
				List.of("/mediation/risks"));
	}

	private DisputeWork.DisputeFilter filter(Dispute.State state, Dispute.Kind kind, Long community, Long body,
			Long mediator, Dispute.Risk risk, boolean overdue, Integer year,
			org.springframework.data.jpa.domain.Specification<Dispute> figure) {
		return new DisputeWork.DisputeFilter(state, kind, community, body, mediator, risk, overdue, false, year,
				figure);
	}

	@GetMapping("/disputes")
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Dispute.State state,
			@RequestParam(required = false) Dispute.Kind kind, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Long mediator,
			@RequestParam(required = false) Dispute.Risk risk, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.disputeDrill(user, figure, figureYear);
		var filter = filter(state, kind, community, body, mediator, risk, overdue, year,
				drill.map(MediationFigureBook.Drill::records).orElse(null));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var result = Paging.clamped(page, PAGE_SIZE, Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		model.addAttribute("disputes", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		listModel(user, model);
		return "mediation/disputes/disputes";
	}

	private void listModel(FazhiUser user, Model model) {
		model.addAttribute("states", Dispute.State.values());
		model.addAttribute("kinds", Dispute.Kind.values());
		model.addAttribute("risks", Dispute.Risk.values());
		var communities = directory.activeCommunities(user.tenantId());
		// the filter offers the communities the user's scope reads: a community's people their own
		Long scope = user.communityScope();
		model.addAttribute("communities", scope == null ? communities
				: communities.stream().filter(c -> c.id() == scope).toList());
		model.addAttribute("communityNames", communities.stream()
			.collect(Collectors.toMap(OrganisationDirectory.CommunityRef::id, OrganisationDirectory.CommunityRef::name)));
		var bodies = organisation.bodies(user.tenantId());
		model.addAttribute("bodies", bodies);
		model.addAttribute("bodyNames", bodies.stream()
			.collect(Collectors.toMap(MediationBody::getId, MediationBody::getName)));
		model.addAttribute("mediators", work.mediators(user));
		model.addAttribute("mayTakeIn", DisputeWork.mayTakeIn(user));
	}

	/** The risk board of the governance centre: open major, group and volatile disputes, and the overdue ones. */
	@GetMapping("/risks")
	@PreAuthorize(MAY_READ)
	String risks(@AuthenticationPrincipal FazhiUser user, Model model) {
		var sort = Sort.by("receivedOn", "id").descending();
		var risky = work.page(user, new DisputeWork.DisputeFilter(null, null, null, null, null, null, false, true, null,
				null), org.springframework.data.domain.PageRequest.of(0, 200, sort), false);
		var overdue = work.page(user, filter(null, null, null, null, null, null, true, null, null),
				org.springframework.data.domain.PageRequest.of(0, 200, sort), false);
		model.addAttribute("risky", risky.getContent());
		model.addAttribute("riskyPage", risky);
		model.addAttribute("overdue", overdue.getContent());
		model.addAttribute("overduePage", overdue);
		listModel(user, model);
		return "mediation/disputes/risks";
	}

	@GetMapping("/disputes/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Dispute.State state,
			@RequestParam(required = false) Dispute.Kind kind, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Long mediator,
			@RequestParam(required = false) Dispute.Risk risk, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, HttpServletResponse response) throws IOException {
		// a figure's drill-down exports the records the figure counts, as the list shows them
		var drill = figures.disputeDrill(user, figure, figureYear);
		var filter = filter(state, kind, community, body, mediator, risk, overdue, year,
				drill.map(MediationFigureBook.Drill::records).orElse(null));
		var communities = directory.activeCommunities(user.tenantId()).stream()
			.collect(Collectors.toMap(OrganisationDirectory.CommunityRef::id, OrganisationDirectory.CommunityRef::name));
		var bodies = organisation.bodiesById(user.tenantId());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disputes.xlsx\"");
		try (var sheet = new SheetWriter("disputes", "id", "dispute_no", "received_on", "community", "body", "level",
				"channel", "kind", "risk", "major_difficult", "amount", "people", "state", "mediators", "accepted_on",
				"agreed_on", "effective_on", "closed_on", "repeat_of")) {
			long rows = work.forEach(user, filter, d -> sheet.row(d.getId(), d.getDisputeNo(), d.getReceivedOn(),
					communities.getOrDefault(d.getCommunityId(), ""),
					bodies.containsKey(d.getBodyId()) ? bodies.get(d.getBodyId()).getName() : "", d.getLevel(),
					d.getChannel(), d.getKind(), d.getRisk(), d.isMajorDifficult(), d.getAmount(), d.getPeople(),
					d.getState(), d.getMediatorNames(), d.getAcceptedOn(), d.getAgreedOn(), d.getEffectiveOn(),
					d.getClosedOn(), d.getRepeatOf()));
			trail.record(AuditAction.EXPORT, DisputeWork.DISPUTE, null, AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	// ---------------------------------------------------------------- intake

	@GetMapping("/disputes/new")
	@PreAuthorize(MAY_TAKE_IN)
	String intakeForm(@AuthenticationPrincipal FazhiUser user, Model model) {
		var form = new HashMap<String, String>();
		if (user.communityId() != null) {
			form.put("communityId", String.valueOf(user.communityId()));
		}
		form.put("receivedOn", work.today().toString());
		form.put("p0Kind", "PERSON");
		form.put("p1Kind", "PERSON");
		return intake(user, form, model);
	}

	private String intake(FazhiUser user, Map<String, String> form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("channels", Dispute.Channel.values());
		model.addAttribute("kinds", Dispute.Kind.values());
		model.addAttribute("risks", Dispute.Risk.values());
		model.addAttribute("partyKinds", DisputeParty.Kind.values());
		model.addAttribute("partyRows", java.util.stream.IntStream.range(0, PARTY_ROWS).boxed().toList());
		var communities = directory.activeCommunities(user.tenantId());
		Long scope = user.communityScope();
		model.addAttribute("communities", scope == null ? communities
				: communities.stream().filter(c -> c.id() == scope).toList());
		return "mediation/disputes/new";
	}

	@PostMapping("/disputes/new")
	@PreAuthorize(MAY_TAKE_IN)
	String takeIn(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form, Model model) {
		try {
			var dispute = work.takeIn(user, intakeOf(form));
			return "redirect:/mediation/disputes/" + dispute.getId();
		}
		catch (RuleViolation violation) {
			refusals.record(violation, DisputeWork.DISPUTE, null);
			model.addAttribute("refusal", violation.messageKey());
			model.addAttribute("refusalArguments", violation.arguments());
			model.addAttribute("refusalRule", violation.ruleCode());
			return intake(user, new HashMap<>(form), model);
		}
	}

	/** The intake as the form states it; a value of the wrong kind refused with its field's name. */
	static DisputeWork.Intake intakeOf(Map<String, String> form) {
		List<DisputeWork.PartyInput> parties = new ArrayList<>();
		for (int i = 0; i < PARTY_ROWS; i++) {
			String name = Input.trim(form.get("p" + i + "Name"));
			if (name == null) {
				continue;
			}
			parties.add(new DisputeWork.PartyInput(Input.choice(DisputeParty.Kind.class, "p" + i + "Kind",
					form.get("p" + i + "Kind")), name, form.get("p" + i + "Identity"), form.get("p" + i + "CreditCode"),
					form.get("p" + i + "Phone")));
		}
		return new DisputeWork.Intake(Input.number("communityId", form.get("communityId")),
				Input.choice(Dispute.Channel.class, "channel", form.get("channel")),
				Input.choice(Dispute.Kind.class, "kind", form.get("kind")), form.get("summary"), form.get("address"),
				Input.number("amount", form.get("amount")), intOf("people", form.get("people")),
				Input.choice(Dispute.Risk.class, "risk", form.get("risk")), "true".equals(form.get("groupDispute")),
				"true".equals(form.get("volatileRisk")), "true".equals(form.get("complex")),
				Input.trim(form.get("receivedOn")) == null ? null : Input.date("receivedOn", form.get("receivedOn")),
				null, parties);
	}

	// ---------------------------------------------------------------- one dispute

	@GetMapping("/disputes/{id}")
	@PreAuthorize(MAY_READ)
	String dispute(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var d = work.get(user, id);
		List<DeadlineView> deadlines = work.deadlinesOf(user, id);
		DeadlineView period = d.getMediationDeadlineId() == null ? null
				: deadlines.stream().filter(x -> x.id() == d.getMediationDeadlineId()).findFirst().orElse(null);
		var steps = DisputeProgress.steps(user, d, period, work.today());
		model.addAttribute("d", d);
		model.addAttribute("parties", work.partiesOf(user, id));
		model.addAttribute("timeline", work.timelineOf(user, id));
		model.addAttribute("sessions", work.sessionsOf(user, id));
		model.addAttribute("visits", work.visitsOf(user, id));
		model.addAttribute("deadlines", deadlines);
		model.addAttribute("period", period);
		model.addAttribute("files", attachments.of(user, DisputeWork.DISPUTE, String.valueOf(id)));
		model.addAttribute("open", steps.stream().filter(DisputeProgress.StepState::open)
			.map(s -> s.step().name()).collect(Collectors.toSet()));
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("closedSteps", steps.stream().filter(s -> !s.open())
			.map(s -> new ClosedStep(s.step(), DisputeProgress.reason(s, messages, locale))).toList());
		model.addAttribute("stages", DisputeProgress.stages(d));
		var types = AgreementDocuments.available(d);
		model.addAttribute("documentTypes", types);
		model.addAttribute("showDocuments", !types.isEmpty() && DisputeWork.mayMediate(user)
				&& (d.getAgreementKind() != Dispute.AgreementKind.ORAL || d.getRoutesTold() != null));
		var bodies = organisation.bodies(user.tenantId());
		model.addAttribute("body", bodies.stream().filter(b -> b.getId() == d.getBodyId()).findFirst().orElse(null));
		model.addAttribute("rooms", bodies.stream().filter(b -> b.getKind().room() && b.isActive()).toList());
		model.addAttribute("community", directory.activeCommunities(user.tenantId()).stream()
			.filter(c -> c.id() == d.getCommunityId()).map(OrganisationDirectory.CommunityRef::name).findFirst()
			.orElse(""));
		model.addAttribute("mediators", work.mediators(user));
		model.addAttribute("lawyers", work.lawyers(user));
		model.addAttribute("reasons", DisputeWork.EscalationReason.values());
		model.addAttribute("agreementKinds", Dispute.AgreementKind.values());
		model.addAttribute("endGrounds", Dispute.EndGround.values());
		model.addAttribute("referrals", Dispute.ReferredTo.values());
		model.addAttribute("performances", Dispute.Performance.values());
		model.addAttribute("rulings", Dispute.Ruling.values());
		model.addAttribute("defaultRoutes", DisputeWork.DEFAULT_ROUTES);
		model.addAttribute("today", work.today());
		model.addAttribute("repeat", d.getRepeatOf() == null ? null : repeatOf(user, d.getRepeatOf()));
		return "mediation/disputes/dispute";
	}

	/** The earlier dispute a repeat repeats, when the user reads it; its number otherwise withheld. */
	private Dispute repeatOf(FazhiUser user, long id) {
		try {
			return work.get(user, id);
		}
		catch (org.fazhi.shared.NotFound ex) {
			return null;
		}
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/mediation/disputes/" + id, DisputeWork.DISPUTE, id, action);
	}

	@PostMapping("/disputes/{id}/accept")
	@PreAuthorize(MAY_MEDIATE)
	String accept(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			Map<Long, DisputeParty.Consent> consents = new HashMap<>();
			form.forEach((key, value) -> {
				if (key.startsWith("consent") && key.length() > 7 && key.substring(7).matches("\\d{1,18}")
						&& Input.trim(value) != null) {
					consents.put(Long.valueOf(key.substring(7)), Input.choice(DisputeParty.Consent.class, key, value));
				}
			});
			var refused = work.accept(user, id, consents, dateOrNull("on", form.get("on")), form.get("routes"));
			if (refused != null) {
				redirect.addFlashAttribute("notice", refused.messageKey());
				redirect.addFlashAttribute("noticeRule", refused.code());
			}
		});
	}

	@PostMapping("/disputes/{id}/assign")
	@PreAuthorize(MAY_MEDIATE)
	String assign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String mediator1Id, @RequestParam(required = false) String mediator2Id,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.assign(user, id, Input.number("mediator1Id", mediator1Id),
				Input.number("mediator2Id", mediator2Id)));
	}

	@PostMapping("/disputes/{id}/lawyer")
	@PreAuthorize("hasRole('LEGAL_OFFICER')")
	String lawyer(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String lawyerId, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.assignLawyer(user, id, Input.number("lawyerId", lawyerId)));
	}

	@PostMapping("/disputes/{id}/escalate")
	@PreAuthorize(MAY_MEDIATE)
	String escalate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String bodyId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.escalate(user, id,
				Input.choice(DisputeWork.EscalationReason.class, "reason", reason), Input.number("bodyId", bodyId), note, null));
	}

	@PostMapping("/disputes/{id}/sessions")
	@PreAuthorize(MAY_WORK)
	String session(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String minutes,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.holdSession(user, id, dateOrNull("heldOn", heldOn), place, attendees,
				minutes));
	}

	@PostMapping("/disputes/{id}/extend")
	@PreAuthorize(MAY_MEDIATE)
	String extend(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String days, @RequestParam(defaultValue = "false") boolean partiesAgreed,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			Integer length = intOf("days", days);
			if (length == null) {
				throw new RuleViolation("days", "dispute.extension.days");
			}
			work.extend(user, id, length, partiesAgreed, note);
		});
	}

	@PostMapping("/disputes/{id}/agree")
	@PreAuthorize(MAY_MEDIATE)
	String agree(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.agree(user, id, new DisputeWork.AgreementInput(
				Input.choice(Dispute.AgreementKind.class, "kind", form.get("kind")), form.get("facts"), form.get("matters"),
				form.get("terms"), form.get("performance"), dateOrNull("performBy", form.get("performBy")),
				dateOrNull("on", form.get("on")))));
	}

	@PostMapping("/disputes/{id}/documents")
	@PreAuthorize(MAY_MEDIATE)
	String document(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String type, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			var file = documents.generate(user, id, Input.choice(AgreementDocuments.Type.class, "type", type));
			redirect.addFlashAttribute("generated", file.id());
		});
	}

	@PostMapping("/disputes/{id}/signed")
	@PreAuthorize(MAY_MEDIATE)
	String signed(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean partiesSigned,
			@RequestParam(defaultValue = "false") boolean mediatorSigned,
			@RequestParam(defaultValue = "false") boolean sealed, @RequestParam(required = false) String on,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			if (file == null || file.isEmpty()) {
				work.signed(user, id, partiesSigned, mediatorSigned, sealed, dateOrNull("on", on), null, null);
				return;
			}
			try (var content = file.getInputStream()) {
				work.signed(user, id, partiesSigned, mediatorSigned, sealed, dateOrNull("on", on),
						file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/disputes/{id}/confirmation")
	@PreAuthorize(MAY_MEDIATE)
	String confirmation(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String court, @RequestParam(required = false) String filedOn,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			var late = work.confirmationFiled(user, id, court, dateOrNull("filedOn", filedOn));
			if (late != null) {
				redirect.addFlashAttribute("notice", late.messageKey());
				redirect.addFlashAttribute("noticeRule", late.code());
			}
		});
	}

	@PostMapping("/disputes/{id}/ruling")
	@PreAuthorize(MAY_MEDIATE)
	String ruling(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String ruling, @RequestParam(required = false) String on,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.ruled(user, id, Input.choice(Dispute.Ruling.class, "ruling", ruling),
				dateOrNull("on", on)));
	}

	@PostMapping("/disputes/{id}/visits")
	@PreAuthorize(MAY_WORK)
	String visit(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String performance, @RequestParam(required = false) String on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.visit(user, id,
				Input.choice(Dispute.Performance.class, "performance", performance), dateOrNull("on", on), note));
	}

	@PostMapping("/disputes/{id}/reopen")
	@PreAuthorize(MAY_MEDIATE)
	String reopen(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.reopen(user, id));
	}

	@PostMapping("/disputes/{id}/end")
	@PreAuthorize(MAY_MEDIATE)
	String end(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String ground, @RequestParam(required = false) String routes,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.end(user, id, Input.choice(Dispute.EndGround.class, "ground", ground), routes,
				null));
	}

	@PostMapping("/disputes/{id}/fail")
	@PreAuthorize(MAY_MEDIATE)
	String fail(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String routes, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.fail(user, id, routes, null));
	}

	@PostMapping("/disputes/{id}/refer")
	@PreAuthorize(MAY_MEDIATE)
	String refer(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String to, @RequestParam(required = false) String body,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> work.refer(user, id, Input.choice(Dispute.ReferredTo.class, "to", to), body, null));
	}

	@PostMapping("/disputes/{id}/attachments")
	@PreAuthorize(MAY_WORK)
	String attach(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			work.get(user, id);
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "file.empty");
			}
			try (var content = file.getInputStream()) {
				attachments.attach(user, DisputeWork.DISPUTE, String.valueOf(id), file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	// ---------------------------------------------------------------- form values


	static Integer intOf(String field, String value) {
		Long number = Input.number(field, value);
		if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
			throw new RuleViolation(field, "form.number", field);
		}
		return number == null ? null : number.intValue();
	}

	static LocalDate dateOrNull(String field, String value) {
		return Input.trim(value) == null ? null : Input.date(field, value);
	}

}
