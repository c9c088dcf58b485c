package org.fazhi.mediation.internal.disputes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.files.AttachmentView;
import org.fazhi.mediation.MediationRule;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disputes as JSON: the list (filtered, paged and scoped like the page), one dispute with its parties (masked),
 * timeline, sessions, visits, deadlines and the steps open to the caller, intake, and each step of the procedure. The
 * same guards answer 400 with the rule and article that refuse a step.
 */
@RestController
@RequestMapping("/api/v1/mediation/disputes")
class DisputeApi {

	record DisputeSummary(long id, String disputeNo, Dispute.State state, Dispute.Level level, long communityId,
			long bodyId, Dispute.Channel channel, Dispute.Kind kind, Dispute.Risk risk, boolean majorDifficult,
			boolean groupDispute, boolean volatileRisk, long amount, int people, LocalDate receivedOn,
			LocalDate acceptedOn, LocalDate agreedOn, LocalDate effectiveOn, LocalDate closedOn, Long repeatOf,
			String mediators) {

		static DisputeSummary of(Dispute d) {
			return new DisputeSummary(d.getId(), d.getDisputeNo(), d.getState(), d.getLevel(), d.getCommunityId(),
					d.getBodyId(), d.getChannel(), d.getKind(), d.getRisk(), d.isMajorDifficult(), d.isGroupDispute(),
					d.isVolatileRisk(), d.getAmount(), d.getPeople(), d.getReceivedOn(), d.getAcceptedOn(),
					d.getAgreedOn(), d.getEffectiveOn(), d.getClosedOn(), d.getRepeatOf(), d.getMediatorNames());
		}
	}

	/** A page of disputes; {@code totalCapped}: past 1,000 rows the total is a lower bound, {@code exact} counts it. */
	record DisputePage(List<DisputeSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record PartyView(long id, DisputeParty.Kind kind, String name, String identity, String creditCode, String phone,
			DisputeParty.Consent consent) {
	}

	record DisputeStepView(DisputeProgress.Step step, boolean open, String reason) {
	}

	record DisputeDeadlineSummary(long id, String rule, String citation, LocalDate due, String status,
			Boolean completedOnTime) {

		static DisputeDeadlineSummary of(DeadlineView d) {
			return new DisputeDeadlineSummary(d.id(), d.rule().code(), d.rule().citation(), d.due(), d.status().name(),
					d.completedOnTime());
		}
	}

	record TimelineView(LocalDate on, String step, String actor, String detail) {
	}

	record SessionView(LocalDate heldOn, String place, String mediators, String attendees, String minutes) {
	}

	record VisitView(LocalDate on, Dispute.Performance performance, String note) {
	}

	record DisputeDetail(DisputeSummary summary, String summaryText, String address, List<PartyView> parties,
			Dispute.AgreementKind agreementKind, String agreementTerms, LocalDate performBy,
			String confirmationCourt, LocalDate confirmationFiledOn, boolean confirmationLate,
			Dispute.Ruling confirmationRuling, Dispute.Performance performance, Dispute.ReferredTo referredTo,
			Dispute.EndGround endGround, String routesTold, List<TimelineView> timeline, List<SessionView> sessions,
			List<VisitView> visits, List<DisputeDeadlineSummary> deadlines, List<DisputeStepView> steps, String rule) {
	}

	record PartyRequest(DisputeParty.Kind kind, String name, String identity, String creditCode, String phone) {
	}

	record IntakeRequest(Long communityId, Dispute.Channel channel, Dispute.Kind kind, String summary, String address,
			Long amount, Integer people, Dispute.Risk risk, Boolean groupDispute, Boolean volatileRisk, Boolean complex,
			LocalDate receivedOn, List<PartyRequest> parties) {
	}

	enum Step {
		ACCEPT, ASSIGN, LAWYER, ESCALATE, SESSION, EXTEND, AGREE, CONFIRM, RULING, VISIT, REOPEN, END, FAIL,
		REFER
	}

	/**
	 * A step and what it needs: {@code consents} (party id to AGREED or REFUSED) for ACCEPT, the agreement's content
	 * for AGREE, and so on. The signed copy of an agreement is a file: {@code POST /{id}/signed} (multipart).
	 */
	record DisputeStepRequest(Step step, LocalDate on, Map<Long, DisputeParty.Consent> consents, String routes,
			Long mediator1Id, Long mediator2Id, Long lawyerId, DisputeWork.EscalationReason reason, Long bodyId,
			String note, String place, String attendees, String minutes, Integer days, Boolean partiesAgreed,
			Dispute.AgreementKind agreementKind, String facts, String matters, String terms, String performance,
			LocalDate performBy, String court, Dispute.Ruling ruling, Dispute.Performance found,
			Dispute.EndGround ground, Dispute.ReferredTo referredTo, String referredBody) {
	}

	private final DisputeWork work;
	private final AgreementDocuments documents;
	private final MessageSource messages;

	DisputeApi(DisputeWork work, AgreementDocuments documents, MessageSource messages) {
		this.work = work;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(DisputePages.MAY_READ)
	DisputePage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Dispute.State state,
			@RequestParam(required = false) Dispute.Kind kind, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Long mediator,
			@RequestParam(required = false) Dispute.Risk risk, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean exact) {
		var filter = new DisputeWork.DisputeFilter(state, kind, community, body, mediator, risk, overdue, false, year,
				null);
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		return new DisputePage(result.getContent().stream().map(DisputeSummary::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(DisputePages.MAY_READ)
	DisputeDetail one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return detail(user, id, null);
	}

	private DisputeDetail detail(FazhiUser user, long id, MediationRule rule) {
		var d = work.get(user, id);
		var deadlines = work.deadlinesOf(user, id);
		var period = d.getMediationDeadlineId() == null ? null
				: deadlines.stream().filter(x -> x.id() == d.getMediationDeadlineId()).findFirst().orElse(null);
		var locale = LocaleContextHolder.getLocale();
		return new DisputeDetail(DisputeSummary.of(d), d.getSummary(), d.getAddress(),
				work.partiesOf(user, id).stream()
					.map(p -> new PartyView(p.getId(), p.getPartyKind(), p.getName(), p.getMaskedIdentity(),
							p.getCreditCode(), p.getMaskedPhone(), p.getConsent()))
					.toList(),
				d.getAgreementKind(), d.getAgreementTerms(), d.getPerformBy(), d.getConfirmationCourt(),
				d.getConfirmationFiledOn(), d.isConfirmationLate(), d.getConfirmationRuling(), d.getPerformance(),
				d.getReferredTo(), d.getEndGround(), d.getRoutesTold(),
				work.timelineOf(user, id).stream()
					.map(s -> new TimelineView(s.getHappenedOn(), s.getStep(), s.getActorName(), s.getDetail()))
					.toList(),
				work.sessionsOf(user, id).stream()
					.map(s -> new SessionView(s.getHeldOn(), s.getPlace(), s.getMediatorNames(), s.getAttendees(),
							s.getMinutes()))
					.toList(),
				work.visitsOf(user, id).stream().map(v -> new VisitView(v.getVisitedOn(), v.getPerformance(),
						v.getNote())).toList(),
				deadlines.stream().map(DisputeDeadlineSummary::of).toList(),
				DisputeProgress.steps(user, d, period, work.today()).stream()
					.map(s -> new DisputeStepView(s.step(), s.open(),
							s.open() ? null : DisputeProgress.reason(s, messages, locale)))
					.toList(),
				rule == null ? null : rule.code());
	}

	@PostMapping
	@PreAuthorize(DisputePages.MAY_TAKE_IN)
	@ResponseStatus(HttpStatus.CREATED)
	DisputeDetail takeIn(@AuthenticationPrincipal FazhiUser user, @RequestBody IntakeRequest r) {
		var parties = r.parties() == null ? List.<DisputeWork.PartyInput>of() : r.parties().stream()
			.map(p -> p == null ? null
					: new DisputeWork.PartyInput(p.kind(), p.name(), p.identity(), p.creditCode(), p.phone()))
			.toList();
		var d = work.takeIn(user, new DisputeWork.Intake(r.communityId(), r.channel(), r.kind(), r.summary(),
				r.address(), r.amount(), r.people(), r.risk(), Boolean.TRUE.equals(r.groupDispute()),
				Boolean.TRUE.equals(r.volatileRisk()), Boolean.TRUE.equals(r.complex()), r.receivedOn(), null,
				parties));
		return detail(user, d.getId(), null);
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize(DisputePages.MAY_WORK)
	DisputeDetail step(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestBody DisputeStepRequest s) {
		work.get(user, id);
		if (s.step() == null) {
			throw new RuleViolation("step", "field.required");
		}
		MediationRule rule = null;
		switch (s.step()) {
			case ACCEPT -> rule = work.accept(user, id, s.consents() == null ? new HashMap<>() : s.consents(), s.on(),
					s.routes());
			case ASSIGN -> work.assign(user, id, s.mediator1Id(), s.mediator2Id());
			case LAWYER -> work.assignLawyer(user, id, s.lawyerId());
			case ESCALATE -> work.escalate(user, id, s.reason(), s.bodyId(), s.note(), s.on());
			case SESSION -> work.holdSession(user, id, s.on(), s.place(), s.attendees(), s.minutes());
			case EXTEND -> work.extend(user, id, s.days() == null ? 0 : s.days(),
					Boolean.TRUE.equals(s.partiesAgreed()), s.note());
			case AGREE -> work.agree(user, id, new DisputeWork.AgreementInput(s.agreementKind(), s.facts(),
					s.matters(), s.terms(), s.performance(), s.performBy(), s.on()));
			case CONFIRM -> rule = work.confirmationFiled(user, id, s.court(), s.on());
			case RULING -> work.ruled(user, id, s.ruling(), s.on());
			case VISIT -> work.visit(user, id, s.found(), s.on(), s.note());
			case REOPEN -> work.reopen(user, id);
			case END -> work.end(user, id, s.ground(), s.routes(), s.on());
			case FAIL -> work.fail(user, id, s.routes(), s.on());
			case REFER -> work.refer(user, id, s.referredTo(), s.referredBody(), s.on());
		}
		return detail(user, id, rule);
	}

	/** The scanned copy signed by every party and the mediator and sealed by the committee (人民调解法 第二十九条). */
	@PostMapping("/{id}/signed")
	@PreAuthorize(DisputePages.MAY_MEDIATE)
	DisputeDetail signed(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean partiesSigned,
			@RequestParam(defaultValue = "false") boolean mediatorSigned,
			@RequestParam(defaultValue = "false") boolean sealed, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file) {
		if (file == null || file.isEmpty()) {
			work.signed(user, id, partiesSigned, mediatorSigned, sealed, on, null, null);
		}
		else {
			try (var content = file.getInputStream()) {
				work.signed(user, id, partiesSigned, mediatorSigned, sealed, on, file.getOriginalFilename(), content);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return detail(user, id, null);
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize(DisputePages.MAY_MEDIATE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView generate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String type) {
		return documents.generate(user, id, org.fazhi.shared.Input.choice(AgreementDocuments.Type.class, "type", type));
	}
}
