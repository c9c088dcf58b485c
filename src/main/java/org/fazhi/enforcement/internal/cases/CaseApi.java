package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.inspections.JointLink;
import org.fazhi.enforcement.internal.inspections.JointOperations;
import org.fazhi.enforcement.internal.publication.PublicDecisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Penalty cases as JSON: the list and one case with its timeline, evidence, documents and deadlines; registering a
 * case or an on-the-spot decision; each step of the procedure; evidence upload and document generation. The same
 * guards as the pages answer 400 with the article that forbids a step.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases")
class CaseApi {

	record CaseSummary(long id, String caseNo, State state, String party, long matterId, long communityId,
			String officers, LocalDate registeredOn, String decisionNo, LocalDate decidedOn,
			PenaltyCase.PenaltyKind penaltyKind, Long fine, LocalDate publishedOn, LocalDate closedOn) {

		static CaseSummary of(PenaltyCase c) {
			return new CaseSummary(c.getId(), c.getCaseNo(), c.getState(),
					c.isPerson() ? PublicDecisions.maskName(c.getPartyName()) : c.getPartyName(), c.getMatterId(),
					c.getCommunityId(), c.getOfficerNames(), c.getRegisteredOn(), c.getDecisionNo(), c.getDecidedOn(),
					c.getPenaltyKind(), c.getFine(), c.getPublishedOn(), c.getClosedOn());
		}
	}

	/**
	 * A page of cases. {@code totalCapped}: past {@link org.fazhi.shared.CappedPage#CAP} rows the total is not counted
	 * (it is then a lower bound and {@code totalPages} reaches one page further); {@code exact=true} counts it.
	 */
	record CasePage(List<CaseSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record EventView(LocalDate on, String kind, String actor, String detail) {
	}

	record EvidenceView(long id, CaseEvidence.Kind kind, String description, Long attachmentId, String sm3,
			boolean wholeProcess, String device, String operatorName, LocalDateTime recordedAt, LocalDate collectedOn) {
	}

	record DocumentView(long id, CaseDocument.Type type, String number, long attachmentId, String sm3) {

		static DocumentView of(CaseDocument d) {
			return new DocumentView(d.getId(), d.getDocType(), d.getDocNo(), d.getAttachmentId(), d.getSm3());
		}
	}

	record DeadlineSummary(long id, String rule, String citation, LocalDate due, String status, Boolean completedOnTime) {

		static DeadlineSummary of(DeadlineView d) {
			return new DeadlineSummary(d.id(), d.rule().code(), d.rule().citation(), d.due(), d.status().name(),
					d.completedOnTime());
		}
	}

	record CaseDetail(CaseSummary summary, String facts, PenaltyCase.Procedure procedure, boolean hearingRight,
			List<String> legalReviewGrounds, boolean collectiveDiscussionRequired, PenaltyCase.ReviewOpinion reviewOpinion,
			LocalDate noticeOn, Long proposedFine, LocalDate servedOn, LocalDate paidOn, Long amountPaid, Long surcharge,
			List<EventView> timeline, List<EvidenceView> evidence, List<DocumentView> documents,
			List<DeadlineSummary> deadlines, List<CaseWork.FileItem> fileCheck, List<PartnerLink> jointOperations,
			LocalDate defenceDueOn, LocalDate proposalOn, String decidedBy, List<StepView> steps) {
	}

	/**
	 * A step the case is at, for the caller: open, or closed with the reason the page gives (its article and, where a
	 * period decides it, the day it opens), in the request's language.
	 */
	record StepView(CaseStep step, boolean open, String reason) {
	}

	record PartnerLink(JointLink.Partner partner, String partnerReference, String note) {
	}

	record PartnerRequest(JointLink.Partner partner, String partnerReference, String note) {
	}

	/** Registering a case (普通程序) or, with {@code procedure = SUMMARY}, an on-the-spot decision (第五十一条). */
	record RegisterRequest(String procedure, PenaltyCase.Source source, Long hazardId, Long entityId,
			PenaltyCase.PartyKind partyKind, String partyName, String partyCode, String partyAddress, Long communityId,
			Long matterId, String facts, Long officer1Id, Long officer2Id, LocalDate on, Boolean majorInterest,
			Boolean complexCase, PenaltyCase.PenaltyKind kind, Long fine, LocalDate occurredOn, Boolean harmToLife) {
	}

	/** The steps of the procedure, each with the fields it needs. */
	enum Step {
		APPROVE_FILING, NOTICE, DEFENCE, WAIVE_DEFENCE, PROPOSE, REQUEST_HEARING, WAIVE_HEARING, HEARING_NOTICE, HEARING_RECORD, SUBMIT_REVIEW,
		REVIEW, DISCUSSION, DECIDE, SERVE, DEFER_PAYMENT, PAYMENT, URGE, COURT_APPLICATION, PUBLISH, REVOKE, WITHDRAW_PUBLICATION, SUSPEND,
		RESUME, TRANSFER, TERMINATE, CLOSE
	}

	record StepRequest(Step step, LocalDate on, PenaltyCase.PenaltyKind kind, Long fine, DiscretionLevel level,
			PenaltyCase.Outcome outcome, String text, Boolean adopted, LocalDate hearingOn, String place, Long chairId,
			Long reviewerId, PenaltyCase.ReviewOpinion opinion, String attendees, PenaltyCase.ServiceMethod method,
			LocalDate to, String approvedBy, Long amount, String transferredTo, Integer instalments, String review) {
	}

	private final CaseWork work;
	private final CaseDocuments documents;
	private final Attachments attachments;
	private final JointOperations joint;

	private final CaseLog log;

	private final org.springframework.context.MessageSource messages;

	CaseApi(org.springframework.context.MessageSource messages, CaseLog log, CaseWork work, CaseDocuments documents, Attachments attachments, JointOperations joint) {
		this.log = log;
		this.messages = messages;
		this.joint = joint;
		this.work = work;
		this.documents = documents;
		this.attachments = attachments;
	}

	@GetMapping
	@PreAuthorize(CasePages.MAY_READ)
	CasePage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) EnforcementDomain domain, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long officer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "desc") String order,
			@RequestParam(defaultValue = "false") boolean exact) {
		var filter = new CaseWork.CaseFilter(state, domain, community, officer, year, overdue);
		// a page past the last answers the last, as the page does
		var result = org.fazhi.shared.Paging.clamped(page,
				Math.min(Math.max(size, 1), 500), CasePages.sort(order), p -> work.list(user, filter, p, exact));
		return new CasePage(result.getContent().stream().map(CaseSummary::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(CasePages.MAY_READ)
	CaseDetail one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		var c = work.get(user, id);
		var docs = documents.of(user, id);
		return new CaseDetail(CaseSummary.of(c), c.getFacts(), c.getProcedureKind(), c.isHearingRight(),
				work.legalReviewGrounds(c), work.requiresCollectiveDiscussion(c), c.getReviewOpinion(), c.getNoticeOn(),
				c.getProposedFine(), c.getServedOn(), c.getPaidOn(), c.getAmountPaid(), c.getSurcharge(),
				work.timeline(user, id).stream()
					.map(e -> new EventView(e.getHappenedOn(), e.getKind(), e.getActorName(), log.sentence(e.getDetail())))
					.toList(),
				work.evidence(user, id).stream()
					.map(e -> new EvidenceView(e.getId(), e.getKind(), e.getDescription(), e.getAttachmentId(),
							e.getSm3(), e.isWholeProcess(), e.getDevice(), e.getOperatorName(), e.getRecordedAt(),
							e.getCollectedOn()))
					.toList(),
				docs.stream().map(DocumentView::of).toList(),
				work.deadlinesOf(user, id).stream().map(DeadlineSummary::of).toList(),
				c.getDecidedOn() == null ? List.of() : work.fileCheck(c, docs),
				joint.ofCase(user, id).stream()
					.map(l -> new PartnerLink(l.getPartner(), l.getPartnerReference(), l.getNote())).toList(),
				c.getDefenceDueOn(), c.getProposalOn(), c.getDecidedBy(),
				work.steps(user, c).stream().map(g -> new StepView(g.step(), g.isOpen(), g.isOpen() ? null
						: messages.getMessage(g.messageKey(), g.arguments(),
								org.springframework.context.i18n.LocaleContextHolder.getLocale())))
					.toList());
	}

	/** Links the case to the partner department's record of the same joint operation (联合执法). */
	@PostMapping("/{id}/partners")
	@PreAuthorize(CasePages.OFFICER)
	CaseDetail linkPartner(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestBody PartnerRequest request) {
		joint.linkCase(user, id, request.partner(), request.partnerReference(), request.note());
		return one(user, id);
	}

	@PostMapping
	@PreAuthorize(CasePages.OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	CaseDetail register(@AuthenticationPrincipal FazhiUser user, @RequestBody RegisterRequest request) {
		var registration = new CaseWork.Registration(request.source(), request.hazardId(), request.entityId(),
				request.partyKind(), request.partyName(), request.partyCode(), request.partyAddress(),
				request.communityId(), request.matterId(), request.facts(), request.officer1Id(), request.officer2Id(),
				request.on(), Boolean.TRUE.equals(request.majorInterest()), Boolean.TRUE.equals(request.complexCase()),
				request.occurredOn(), Boolean.TRUE.equals(request.harmToLife()));
		var c = "SUMMARY".equals(request.procedure())
				? work.decideOnTheSpot(user, registration, request.kind(), request.fine())
				: work.register(user, registration);
		return one(user, c.getId());
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasAnyRole('ENFORCEMENT_OFFICER', 'LEADER', 'LEGAL_REVIEWER')")
	CaseDetail step(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestBody StepRequest s) {
		work.get(user, id);
		if (s.step() == null) {
			throw new RuleViolation("step", "field.required");
		}
		switch (s.step()) {
			case APPROVE_FILING -> work.approveFiling(user, id, s.on());
			case NOTICE -> work.notifyIntendedPenalty(user, id, s.on(), s.kind(), s.fine(), s.level());
			case DEFENCE -> work.recordDefence(user, id, s.on(), s.text(), Boolean.TRUE.equals(s.adopted()), s.review());
			case WAIVE_DEFENCE -> work.waiveDefence(user, id, s.on(), s.text());
			case PROPOSE -> work.propose(user, id,
					new CaseWork.Decision(s.outcome(), s.kind(), s.fine(), s.level(), s.on(), s.text()));
			case REQUEST_HEARING -> work.requestHearing(user, id, s.on());
			case WAIVE_HEARING -> work.waiveHearing(user, id, s.on());
			case HEARING_NOTICE -> work.noticeHearing(user, id, s.on(), s.hearingOn(), s.place(), s.chairId());
			case HEARING_RECORD -> work.recordHearing(user, id, s.on(), s.text());
			case SUBMIT_REVIEW -> work.submitForReview(user, id, s.on(), s.reviewerId());
			case REVIEW -> work.review(user, id, s.on(), s.opinion(), s.text(), s.fine());
			case DISCUSSION -> work.recordDiscussion(user, id, s.on(), s.attendees(), s.text());
			case DECIDE -> work.decide(user, id,
					new CaseWork.Decision(s.outcome(), s.kind(), s.fine(), s.level(), s.on(), s.text()));
			case SERVE -> work.serve(user, id, s.on(), s.method());
			case DEFER_PAYMENT -> work.deferPayment(user, id, s.to(), s.approvedBy(), s.text(), s.on(), s.instalments());
			case PAYMENT -> work.recordPayment(user, id, s.on(), s.amount());
			case URGE -> work.urge(user, id, s.on());
			case COURT_APPLICATION -> work.applyToCourt(user, id, s.on(), s.transferredTo());
			case PUBLISH -> work.publish(user, id, s.on(), s.text());
			case REVOKE -> work.revoke(user, id, s.on(), s.text());
			case WITHDRAW_PUBLICATION -> work.withdrawPublication(user, id, s.on());
			case SUSPEND -> work.suspend(user, id, s.on(), s.text());
			case RESUME -> work.resume(user, id, s.on());
			case TRANSFER -> work.end(user, id, s.on(), true, s.transferredTo(), s.text());
			case TERMINATE -> work.end(user, id, s.on(), false, null, s.text());
			case CLOSE -> work.close(user, id, s.on(), documents.of(user, id));
		}
		return one(user, id);
	}

	@PostMapping("/{id}/evidence")
	@PreAuthorize(CasePages.OFFICER)
	CaseDetail evidence(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file) {
		work.get(user, id);
		var evidence = CasePages.evidenceForm(form);
		if (file == null || file.isEmpty()) {
			work.addEvidence(user, id, evidence, null, null);
		}
		else {
			try (InputStream content = file.getInputStream()) {
				work.addEvidence(user, id, evidence, file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return one(user, id);
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize("hasAnyRole('ENFORCEMENT_OFFICER', 'LEGAL_REVIEWER')")
	@ResponseStatus(HttpStatus.CREATED)
	DocumentView generate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String type) {
		work.get(user, id);
		return DocumentView.of(documents.generate(user, id, CasePages.enumOf(CaseDocument.Type.class, "type", type)));
	}

	/** The DOCX of a generated document, checked against its stored hash before it is served. */
	@GetMapping("/{id}/documents/{documentId}")
	@PreAuthorize(CasePages.MAY_READ)
	void download(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @PathVariable long documentId,
			HttpServletResponse response) throws IOException {
		var document = documents.document(user, id, documentId);
		var download = attachments.open(user, document.getAttachmentId());
		response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(download.attachment().name(), StandardCharsets.UTF_8).build().toString());
		try (InputStream in = download.content()) {
			in.transferTo(response.getOutputStream());
		}
	}
}
