package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.inspections.InspectionWork;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.EnforcementRule;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.enforcement.internal.cases.CaseDocument.Type;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case, generated from its records as DOCX (GB/T 9704) and attached to it with their hash. A
 * numbered type takes its 文号 from its own series the first time it is generated; generating it again (after a
 * correction of the record) keeps the number.
 */
@Service
@Transactional
public class CaseDocuments {

	private final CaseWork work;
	private final CaseDocumentRecords documents;
	private final CaseEvidenceRecords evidence;
	private final EnforcementNumbers numbers;
	private final Attachments attachments;
	private final OrganisationDirectory directory;
	private final HazardRecords hazards;
	private final AuditTrail trail;
	private final InspectionWork inspections;
	private final EntityRegister register;
	private final MessageSource messages;

	private final OfficeDetails offices;

	private final org.fazhi.documents.OfficialDocuments official;

	CaseDocuments(OfficeDetails offices, MessageSource messages, CaseWork work, CaseDocumentRecords documents, CaseEvidenceRecords evidence, EnforcementNumbers numbers,
			Attachments attachments, OrganisationDirectory directory, HazardRecords hazards, AuditTrail trail,
			InspectionWork inspections, EntityRegister register,
			org.fazhi.documents.OfficialDocuments official) {
		this.official = official;
		this.offices = offices;
		this.messages = messages;
		this.inspections = inspections;
		this.register = register;
		this.work = work;
		this.documents = documents;
		this.evidence = evidence;
		this.numbers = numbers;
		this.attachments = attachments;
		this.directory = directory;
		this.hazards = hazards;
		this.trail = trail;
	}

	@Transactional(readOnly = true)
	public List<CaseDocument> of(FazhiUser user, long caseId) {
		work.get(user, caseId);
		return documents.findByCaseIdOrderByIdAsc(caseId);
	}

	/** The document types the case's record supports now. */
	public List<Type> available(PenaltyCase c) {
		List<Type> types = new ArrayList<>();
		boolean general = c.getProcedureKind() == PenaltyCase.Procedure.GENERAL;
		if (general && c.getFiledOn() != null) {
			types.add(Type.FILING_APPROVAL);
		}
		if (c.getNoticeOn() != null) {
			types.add(Type.PRIOR_NOTICE);
		}
		if (c.getHearingNoticeOn() != null) {
			types.add(Type.HEARING_NOTICE);
		}
		if (c.getReviewOn() != null) {
			types.add(Type.REVIEW_OPINION);
		}
		if (c.getDecidedOn() != null) {
			types.add(Type.DECISION);
			types.add(Type.SERVICE_RECEIPT);
		}
		if (c.getHazardId() != null) {
			types.add(Type.RECTIFICATION_NOTICE);
		}
		if (c.getUrgedOn() != null) {
			types.add(Type.URGING_NOTICE);
		}
		return types;
	}

	/**
	 * The document types this user may generate now: the reviewer writes the review opinion (第五十八条), the officers
	 * every other document; nobody else generates documents.
	 */
	public List<Type> availableTo(FazhiUser user, PenaltyCase c) {
		return available(c).stream().filter(t -> mayWrite(user, t)).toList();
	}

	private static boolean mayWrite(FazhiUser user, Type type) {
		return type == Type.REVIEW_OPINION ? user.hasRole(Role.LEGAL_REVIEWER) : user.hasRole(Role.ENFORCEMENT_OFFICER);
	}

	public CaseDocument generate(FazhiUser user, long caseId, Type type) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.LEGAL_REVIEWER)) {
			throw new AccessDeniedException("officers and reviewers only");
		}
		var c = work.get(user, caseId);
		if (type == null || !available(c).contains(type)) {
			throw new RuleViolation("type", "document.notAvailable");
		}
		if (!mayWrite(user, type)) {
			throw new AccessDeniedException("the reviewer writes the review opinion, the officers the other documents");
		}
		var previous = documents.findByCaseIdOrderByIdAsc(caseId).stream().filter(d -> d.getDocType() == type)
			.findFirst();
		String number = switch (type) {
			case FILING_APPROVAL -> c.getCaseNo();
			case DECISION -> c.getDecisionNo();
			case RECTIFICATION_NOTICE -> noticeNumber(user, hazards.findById(c.getHazardId()).orElseThrow());
			default -> previous.map(CaseDocument::getDocNo)
				.orElseGet(() -> numbers.next(user, type.series(), type.name(), work.today().getYear()));
		};
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		var office = offices.of(user);
		if (type == Type.DECISION && c.getFine() != null && !office.paymentKnown()) {
			throw EnforcementRule.DECISION_STATES_PAYMENT.refusal(null);
		}
		var rendered = official.render(user, EnforcementDocumentKinds.MODULE, type.name(),
				content(c, type, number, issuer(tenant), tenant.district(), office).fields());
		byte[] bytes = rendered.content();
		String fileName = (number == null ? "" : number) + title(c, type) + ".docx";
		var stored = attachments.attach(user, CaseWork.CASE, String.valueOf(caseId), fileName,
				new ByteArrayInputStream(bytes));
		var saved = documents.save(new CaseDocument(caseId, type, number, stored.id(), stored.sm3(), user.accountId(),
				rendered.templateVersion()));
		work.log(user, c, work.today(), "DOCUMENT", "caseLog.DOCUMENT", CaseLog.label(type.messageKey()), number == null ? "" : number);
		trail.record(AuditAction.CREATE, CaseWork.CASE, caseId, AuditOutcome.SUCCESS,
				"document " + type + " " + number + " SM3 " + stored.sm3());
		return saved;
	}

	@Transactional(readOnly = true)
	public CaseDocument document(FazhiUser user, long caseId, long documentId) {
		work.get(user, caseId);
		return documents.findById(documentId).filter(d -> d.getCaseId() == caseId)
			.orElseThrow(() -> new NotFound("document", documentId));
	}

	/** The document's title: the page bundle's name of its type, in Chinese. */
	String title(PenaltyCase c, Type type) {
		if (type == Type.DECISION && c.getOutcome() != Outcome.PENALTY) {
			return text("doc.decision.noPenaltyTitle");
		}
		return text(type.messageKey());
	}

	/** A text of the document bundle (documents/penalty.properties) or the page bundle, always in Chinese. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private String party(PenaltyCase c) {
		String code = c.getPartyCode() == null ? ""
				: text(c.isPerson() ? "doc.party.identity" : "doc.party.creditCode", c.getPartyCode());
		String address = c.getPartyAddress() == null ? "" : text("doc.party.address", c.getPartyAddress());
		return text("doc.party", c.getPartyName(), code, address);
	}

	/**
	 * 第五十九条 and the procedure the decision rests on: the filing, the notice and the rights it gave, how the party
	 * was heard and what the review of the defence found, the hearing, the legal review, the collective discussion, and
	 * the head who decided on the officers' proposal (第五十七条).
	 */
	private List<String> procedure(PenaltyCase c) {
		List<String> p = new ArrayList<>();
		if (c.getProcedureKind() != PenaltyCase.Procedure.GENERAL) {
			return p;
		}
		if (c.getNoticeOn() == null) {
			p.add(text("doc.decision.procedureNoNotice", org.fazhi.documents.Gbt9704.chineseDate(c.getFiledOn())));
		}
		else {
			String notice = documents.findByCaseIdOrderByIdAsc(c.getId()).stream()
				.filter(d -> d.getDocType() == Type.PRIOR_NOTICE && d.getDocNo() != null).map(d -> "（" + d.getDocNo() + "）")
				.findFirst().orElse("");
			StringBuilder heard = new StringBuilder(text("doc.decision.procedure", org.fazhi.documents.Gbt9704.chineseDate(c.getFiledOn()),
					org.fazhi.documents.Gbt9704.chineseDate(c.getNoticeOn()), notice,
					c.isHearingRight() ? text("doc.decision.hearingRight") : ""));
			if (c.getDefenceOn() != null) {
				heard.append(text("doc.decision.defenceHeard", org.fazhi.documents.Gbt9704.chineseDate(c.getDefenceOn()),
						sentence(c.getDefenceText()), sentence(c.getDefenceReview() != null ? c.getDefenceReview()
								: text(Boolean.TRUE.equals(c.getDefenceAdopted()) ? "cases.defence.adopted"
										: "cases.defence.notAdopted"))));
			}
			else if (c.getDefenceWaivedOn() != null) {
				heard.append(text("doc.decision.defenceWaived", org.fazhi.documents.Gbt9704.chineseDate(c.getDefenceWaivedOn())));
			}
			else if (c.getDefenceDueOn() != null) {
				heard.append(text("doc.decision.defenceSilent", org.fazhi.documents.Gbt9704.chineseDate(c.getDefenceDueOn())));
			}
			if (c.getHearingHeldOn() != null) {
				heard.append(text("doc.decision.hearing", org.fazhi.documents.Gbt9704.chineseDate(c.getHearingHeldOn())));
			}
			p.add(heard.toString());
		}
		StringBuilder decided = new StringBuilder();
		if (c.getReviewOn() != null && c.getReviewOpinion() != null) {
			decided.append(text("doc.decision.review", c.getReviewerName(), org.fazhi.documents.Gbt9704.chineseDate(c.getReviewOn()),
					text("reviewOpinion." + c.getReviewOpinion())));
		}
		if (c.getDiscussionOn() != null) {
			decided.append(text("doc.decision.discussion", org.fazhi.documents.Gbt9704.chineseDate(c.getDiscussionOn())));
		}
		if (c.getProposalOn() != null && c.getDecidedBy() != null) {
			decided.append(text("doc.decision.head", org.fazhi.documents.Gbt9704.chineseDate(c.getProposalOn()), c.getDecidedBy()));
		}
		if (!decided.isEmpty()) {
			p.add(decided.toString());
		}
		return p;
	}

	/** A text as a sentence of the document: ends with its full stop. */
	private static String sentence(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.endsWith("。") || t.endsWith("！") || t.endsWith("？") ? t : t + "。";
	}

	/** Where the fine is paid (第五十九条第一款第四项): the collecting bank and account, and or the online channel. */
	private String payment(OfficeDetails.Office office) {
		String bank = office.bank() == null || office.account() == null ? null
				: text("doc.payment.bank", office.bank(), office.accountName(), office.account());
		String online = office.online() == null ? null : text("doc.payment.online", office.online());
		return bank != null && online != null ? bank + text("doc.payment.or") + online : bank != null ? bank : online;
	}

	private org.fazhi.documents.Gbt9704.Content content(PenaltyCase c, Type type, String number, String issuer, String district,
			OfficeDetails.Office office) {
		var matter = work.matterOf(c);
		List<String> p = new ArrayList<>();
		String party = party(c);
		String penalty = penaltyText(c.getProposedKind(), c.getProposedFine());
		java.time.LocalDate date = work.today();
		switch (type) {
			case FILING_APPROVAL -> {
				p.add(text("doc.filing.cause", matter.getName()));
				p.add(party);
				p.add(text("doc.filing.source", source(c), org.fazhi.documents.Gbt9704.chineseDate(c.getRegisteredOn())));
				p.add(text("doc.filing.facts", c.getFacts()));
				p.add(text("doc.filing.basis", matter.getCitation()));
				p.add(text("doc.filing.officers", c.getOfficerNames()));
				p.add(text("doc.filing.approval", c.getFilingApprovedBy(), org.fazhi.documents.Gbt9704.chineseDate(c.getFiledOn())));
				date = c.getFiledOn();
			}
			case PRIOR_NOTICE -> {
				p.add(text("doc.to", c.getPartyName()));
				p.add(text("doc.notice.facts", c.getFacts()));
				p.add(text("doc.notice.finding", evidenceKinds(c), matter.getStatute(), violated(matter),
						matter.getPenaltyArticles(), penalty));
				p.add(text("doc.notice.rights", c.isHearingRight() ? text("doc.notice.hearingRight") : "",
						org.fazhi.documents.Gbt9704.chineseDate(c.getDefenceDueOn()), work.defenceWorkingDays()));
				p.add(text("doc.notice.officers", c.getOfficerNames()));
				date = c.getNoticeOn();
			}
			case HEARING_NOTICE -> {
				p.add(text("doc.to", c.getPartyName()));
				p.add(text("doc.hearing.when", org.fazhi.documents.Gbt9704.chineseDate(c.getHearingOn()), c.getHearingPlace(),
						matter.getName(), c.getHearingChairName()));
				p.add(text("doc.hearing.rules"));
				date = c.getHearingNoticeOn();
			}
			case REVIEW_OPINION -> {
				p.add(c.getCaseNo() == null ? text("doc.review.caseUnfiled", matter.getName(), party)
						: text("doc.review.case", c.getCaseNo(), matter.getName(), party));
				p.add(text("doc.review.submitted", penalty));
				p.add(text("doc.review.opinion", text("reviewOpinion." + c.getReviewOpinion()), c.getReviewText(),
						c.getReviewedFine() == null ? "" : text("doc.review.amendedFine", c.getReviewedFine())));
				p.add(text("doc.review.reviewer", c.getReviewerName()));
				date = c.getReviewOn();
			}
			case DECISION -> {
				p.add(party);
				p.add(text("doc.decision.facts", c.getFacts(), evidenceKinds(c)));
				p.addAll(procedure(c));
				String reason = c.getDecisionReason() == null ? "" : c.getDecisionReason();
				switch (c.getOutcome()) {
					case PENALTY -> {
						p.add(text("doc.decision.penalty", matter.getStatute(), violated(matter),
								matter.getPenaltyArticles(), penaltyText(c.getPenaltyKind(), c.getFine())));
						p.add(c.getFine() == null ? text("doc.decision.performNoFine")
								: text("doc.decision.performFine", payment(office)));
					}
					case NO_PENALTY -> {
						p.add(text("doc.decision.noPenalty", reason));
						p.add(text("doc.decision.nothingToPerform"));
					}
					case NOT_ESTABLISHED -> {
						p.add(text("doc.decision.notEstablished", reason));
						p.add(text("doc.decision.nothingToPerform"));
					}
				}
				p.add(text("doc.decision.remedies", office.reviewBody(), office.court()));
				date = c.getDecidedOn();
			}
			case SERVICE_RECEIPT -> {
				p.add(text("doc.service.document", title(c, Type.DECISION), c.getDecisionNo()));
				p.add(text("doc.service.receiver", c.getPartyName(),
						c.getPartyAddress() == null ? "" : text("doc.service.place", c.getPartyAddress())));
				p.add(text("doc.service.how",
						c.getServiceMethod() == null ? "" : text("serviceMethod." + c.getServiceMethod()),
						org.fazhi.documents.Gbt9704.chineseDate(c.getServedOn())));
				p.add(text("doc.service.signatures", c.getOfficerNames()));
				date = c.getServedOn() != null ? c.getServedOn() : c.getDecidedOn();
			}
			case RECTIFICATION_NOTICE -> {
				var hazard = hazards.findById(c.getHazardId()).orElseThrow();
				p.addAll(rectificationText(c.getPartyName(), hazard));
				date = hazard.getOrderedOn();
			}
			case URGING_NOTICE -> {
				long surcharge = work.surcharge(c, c.getUrgedOn());
				long paid = c.getAmountPaid() == null ? 0 : c.getAmountPaid();
				p.add(text("doc.to", c.getPartyName()));
				p.add(text("doc.urging.decision", org.fazhi.documents.Gbt9704.chineseDate(c.getDecidedOn()), c.getDecisionNo(),
						penaltyText(c.getPenaltyKind(), c.getFine()), org.fazhi.documents.Gbt9704.chineseDate(c.getServedOn())));
				p.add(text("doc.urging.demand", c.getFine() + surcharge - paid, surcharge));
				p.add(text("doc.urging.rights"));
				date = c.getUrgedOn();
			}
		}
		return new org.fazhi.documents.Gbt9704.Content(title(c, type), number, p, issuer, date);
	}

	/** The issuing body as documents name it: 深圳市罗湖区东湖街道办事处. */
	private String issuer(OrganisationDirectory.TenantRef tenant) {
		boolean subdistrict = tenant.name().endsWith(text("doc.subdistrictSuffix"));
		return tenant.city() + tenant.district() + tenant.name() + (subdistrict ? text("doc.issuer.subdistrict") : "");
	}

	/** The rectification order's number: drawn from its series the first time, then kept on the hazard. */
	private String noticeNumber(FazhiUser user, Hazard hazard) {
		if (hazard.getNoticeNo() == null) {
			hazard.numbered(numbers.next(user, Type.RECTIFICATION_NOTICE.series(), Type.RECTIFICATION_NOTICE.name(),
					hazard.getOrderedOn().getYear()));
		}
		return hazard.getNoticeNo();
	}

	private List<String> rectificationText(String party, Hazard hazard) {
		return List.of(text("doc.to", party),
				text("doc.rectification.found", org.fazhi.documents.Gbt9704.chineseDate(hazard.getOrderedOn()), hazard.getDescription()),
				text("doc.rectification.order", hazard.getRectifyDays()), text("doc.rectification.remedies"));
	}

	/**
	 * The rectification order (责令限期整改通知书) of a hazard, served when the hazard is found: generated as DOCX,
	 * attached to its inspection with its hash, numbered once from its own series.
	 */
	public org.fazhi.files.AttachmentView rectificationNotice(FazhiUser user, long hazardId) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("officers only");
		}
		var hazard = inspections.hazard(user, hazardId);
		var entity = register.subjectOf(user, hazard.getEntityId());
		String number = noticeNumber(user, hazard);
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		String title = text(Type.RECTIFICATION_NOTICE.messageKey());
		byte[] bytes = official.render(user, EnforcementDocumentKinds.MODULE, Type.RECTIFICATION_NOTICE.name(),
				new org.fazhi.documents.Gbt9704.Content(title, number, rectificationText(entity.getName(), hazard),
						issuer(tenant), hazard.getOrderedOn()).fields())
			.content();
		var stored = attachments.attach(user, InspectionWork.INSPECTION, String.valueOf(hazard.getInspectionId()),
				number + title + ".docx", new ByteArrayInputStream(bytes));
		trail.record(AuditAction.CREATE, InspectionWork.HAZARD, hazardId, AuditOutcome.SUCCESS,
				"rectification notice " + number + " SM3 " + stored.sm3());
		return stored;
	}

	private String evidenceKinds(PenaltyCase c) {
		var kinds = evidence.findByCaseIdOrderByIdAsc(c.getId()).stream().map(e -> text(e.getKind().messageKey()))
			.distinct()
			.toList();
		return kinds.isEmpty() ? text("doc.evidence.none") : String.join(text("doc.evidence.separator"), kinds);
	}

	/** The articles the party violated; many catalogue matters name only the penalty article. */
	private static String violated(EnforcementMatter matter) {
		return matter.getViolatedArticles() == null ? "" : matter.getViolatedArticles();
	}

	private String penaltyText(PenaltyKind kind, Long fine) {
		if (kind == null) {
			return "";
		}
		return kind == PenaltyKind.FINE ? text("doc.penalty.fine", fine) : text("penaltyKind." + kind);
	}

	private String source(PenaltyCase c) {
		String source = text("caseSource." + c.getSource());
		return c.getSource() == PenaltyCase.Source.HAZARD ? source + text("doc.source.hazardBasis") : source;
	}
}
