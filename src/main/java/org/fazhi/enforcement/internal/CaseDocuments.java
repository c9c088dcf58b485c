package org.fazhi.enforcement.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.enforcement.internal.CaseDocument.Type;
import org.fazhi.enforcement.internal.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.PenaltyCase.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
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
	private final DocumentNumbers numbers;
	private final Attachments attachments;
	private final OrganisationDirectory directory;
	private final HazardRecords hazards;
	private final AuditTrail trail;
	private final InspectionWork inspections;
	private final EntityRegister register;

	CaseDocuments(CaseWork work, CaseDocumentRecords documents, CaseEvidenceRecords evidence, DocumentNumbers numbers,
			Attachments attachments, OrganisationDirectory directory, HazardRecords hazards, AuditTrail trail,
			InspectionWork inspections, EntityRegister register) {
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

	public CaseDocument generate(FazhiUser user, long caseId, Type type) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.LEGAL_REVIEWER)) {
			throw new AccessDeniedException("officers and reviewers only");
		}
		var c = work.get(user, caseId);
		if (type == null || !available(c).contains(type)) {
			throw new RuleViolation("type", "document.notAvailable");
		}
		if (type == Type.REVIEW_OPINION && !user.hasRole(Role.LEGAL_REVIEWER)) {
			throw new AccessDeniedException("the reviewer writes the review opinion");
		}
		var previous = documents.findByCaseIdOrderByIdAsc(caseId).stream().filter(d -> d.getDocType() == type)
			.findFirst();
		String number = switch (type) {
			case FILING_APPROVAL -> c.getCaseNo();
			case DECISION -> c.getDecisionNo();
			case SERVICE_RECEIPT -> null;
			case RECTIFICATION_NOTICE -> noticeNumber(user, hazards.findById(c.getHazardId()).orElseThrow());
			default -> previous.map(CaseDocument::getDocNo)
				.orElseGet(() -> numbers.next(user, type.series(), type.name(), work.today().getYear()));
		};
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		byte[] bytes = OfficialDocx.render(content(c, type, number, issuer(tenant), tenant.district()));
		String fileName = (number == null ? "" : number) + title(c, type) + ".docx";
		var stored = attachments.attach(user, CaseWork.CASE, String.valueOf(caseId), fileName,
				new ByteArrayInputStream(bytes));
		var saved = documents.save(new CaseDocument(caseId, type, number, stored.id(), stored.sm3(), user.accountId()));
		work.event(user, c, work.today(), "DOCUMENT", type.name() + (number == null ? "" : " " + number));
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

	static String title(PenaltyCase c, Type type) {
		return switch (type) {
			case FILING_APPROVAL -> "立案审批表";
			case PRIOR_NOTICE -> "行政处罚事先告知书";
			case HEARING_NOTICE -> "听证通知书";
			case REVIEW_OPINION -> "法制审核意见书";
			case DECISION -> c.getOutcome() == Outcome.PENALTY ? "行政处罚决定书" : "不予行政处罚决定书";
			case SERVICE_RECEIPT -> "送达回证";
			case RECTIFICATION_NOTICE -> "责令限期整改通知书";
			case URGING_NOTICE -> "催告书";
		};
	}

	private OfficialDocx.Content content(PenaltyCase c, Type type, String number, String issuer, String district) {
		var matter = work.matterOf(c);
		List<String> p = new ArrayList<>();
		String party = "当事人：" + c.getPartyName() + (c.getPartyCode() == null ? ""
				: (c.isPerson() ? "，公民身份号码：" + c.getPartyCode() : "，统一社会信用代码：" + c.getPartyCode()))
				+ (c.getPartyAddress() == null ? "" : "，地址：" + c.getPartyAddress()) + "。";
		String penalty = penaltyText(c.getProposedKind(), c.getProposedFine());
		java.time.LocalDate date = work.today();
		switch (type) {
			case FILING_APPROVAL -> {
				p.add("案由：" + matter.getName() + "。");
				p.add(party);
				p.add("案件来源：" + source(c) + "。登记日期：" + OfficialDocx.chineseDate(c.getRegisteredOn()) + "。");
				p.add("简要案情：" + c.getFacts());
				p.add("法律依据：" + matter.getCitation() + "。经审查，符合立案条件，建议立案调查（《中华人民共和国行政处罚法》第五十四条）。");
				p.add("承办人：" + c.getOfficerNames() + "。");
				p.add("负责人审批意见：同意立案。审批人：" + c.getFilingApprovedBy() + "，"
						+ OfficialDocx.chineseDate(c.getFiledOn()) + "。");
				date = c.getFiledOn();
			}
			case PRIOR_NOTICE -> {
				p.add(c.getPartyName() + "：");
				p.add("经查，" + c.getFacts());
				p.add("以上事实有" + evidenceKinds(c) + "等证据证实。你（单位）的行为违反了" + matter.getStatute()
						+ matter.getViolatedArticles() + "的规定。依据" + matter.getStatute() + matter.getPenaltyArticles()
						+ "的规定，本机关拟对你（单位）作出" + penalty + "的行政处罚。");
				p.add("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。"
						+ (c.isHearingRight() ? "根据该法第六十三条、第六十四条的规定，你（单位）有权要求举行听证；如要求听证，"
								+ "应当在收到本告知书之日起五个工作日内提出。" : "")
						+ "逾期未提出的，视为放弃上述权利。");
				p.add("执法人员：" + c.getOfficerNames() + "。");
				date = c.getNoticeOn();
			}
			case HEARING_NOTICE -> {
				p.add(c.getPartyName() + "：");
				p.add("根据你（单位）的申请，本机关定于" + OfficialDocx.chineseDate(c.getHearingOn()) + "在" + c.getHearingPlace()
						+ "就" + matter.getName() + "一案举行听证。听证由" + c.getHearingChairName() + "主持（非本案调查人员，"
						+ "《中华人民共和国行政处罚法》第六十四条第四项）。");
				p.add("听证公开举行，涉及国家秘密、商业秘密或者个人隐私的除外。你（单位）可以亲自参加，也可以委托一至二人代理。"
						+ "认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席的，视为放弃听证权利。");
				date = c.getHearingNoticeOn();
			}
			case REVIEW_OPINION -> {
				p.add("案件：" + (c.getCaseNo() == null ? "" : c.getCaseNo() + "，") + matter.getName() + "。" + party);
				p.add("送审情况：拟" + penalty + "；审核依据：《中华人民共和国行政处罚法》第五十八条。");
				p.add("审核意见：" + switch (c.getReviewOpinion()) {
					case AGREE -> "同意";
					case AMEND -> "修改后同意";
					case RETURN -> "退回补充调查";
				} + "。" + c.getReviewText() + (c.getReviewedFine() == null ? ""
						: "罚款修改为人民币" + c.getReviewedFine() + "元。"));
				p.add("法制审核人员：" + c.getReviewerName() + "（未参与本案调查）。");
				date = c.getReviewOn();
			}
			case DECISION -> {
				p.add(party);
				p.add("一、违法事实和证据：" + c.getFacts() + "以上事实有" + evidenceKinds(c) + "等证据证实。");
				if (c.getDefenceOn() != null) {
					p.add("当事人于" + OfficialDocx.chineseDate(c.getDefenceOn()) + "进行了陈述、申辩，本机关"
							+ (Boolean.TRUE.equals(c.getDefenceAdopted()) ? "予以采纳" : "经复核不予采纳") + "。");
				}
				if (c.getHearingHeldOn() != null) {
					p.add("本机关于" + OfficialDocx.chineseDate(c.getHearingHeldOn()) + "依法举行了听证。");
				}
				if (c.getOutcome() == Outcome.PENALTY) {
					p.add("二、行政处罚的种类和依据：当事人的行为违反了" + matter.getStatute() + matter.getViolatedArticles()
							+ "的规定。依据" + matter.getStatute() + matter.getPenaltyArticles() + "的规定，本机关决定对当事人作出如下行政处罚："
							+ penaltyText(c.getPenaltyKind(), c.getFine()) + "。");
					p.add("三、履行方式和期限：" + (c.getFine() == null ? "本决定自送达之日起生效。"
							: "当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。逾期不缴纳的，"
									+ "本机关将每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额（《中华人民共和国行政处罚法》第六十七条、第七十二条）。"));
				}
				else {
					p.add("二、处理结果：" + (c.getOutcome() == Outcome.NO_PENALTY
							? "当事人违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条、第五十七条第一款第二项的规定，决定不予行政处罚。"
							: "违法事实不能成立，依据《中华人民共和国行政处罚法》第五十七条第一款第三项的规定，决定不予行政处罚。")
							+ (c.getDecisionReason() == null ? "" : c.getDecisionReason()));
					p.add("三、履行方式和期限：本决定无需当事人履行。");
				}
				p.add("四、救济途径和期限：当事人如不服本决定，可以在收到本决定书之日起六十日内依法向" + district
						+ "人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。复议和诉讼期间，本决定不停止执行（《中华人民共和国行政处罚法》第七十三条）。");
				date = c.getDecidedOn();
			}
			case SERVICE_RECEIPT -> {
				p.add("送达文书：" + title(c, Type.DECISION) + " " + c.getDecisionNo() + "。");
				p.add("受送达人：" + c.getPartyName() + "。" + (c.getPartyAddress() == null ? "" : "送达地点：" + c.getPartyAddress() + "。"));
				p.add("送达方式：" + (c.getServiceMethod() == null ? "" : serviceMethod(c.getServiceMethod())) + "。送达日期："
						+ OfficialDocx.chineseDate(c.getServedOn()) + "。");
				p.add("送达人：" + c.getOfficerNames() + "。受送达人签收：          。");
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
				p.add(c.getPartyName() + "：");
				p.add("本机关于" + OfficialDocx.chineseDate(c.getDecidedOn()) + "作出" + c.getDecisionNo() + "行政处罚决定，对你（单位）"
						+ penaltyText(c.getPenaltyKind(), c.getFine()) + "，该决定书已于" + OfficialDocx.chineseDate(c.getServedOn())
						+ "送达。你（单位）至今未履行缴纳罚款的义务。");
				p.add("根据《中华人民共和国行政强制法》第五十四条和《中华人民共和国行政处罚法》第七十二条的规定，现催告你（单位）"
						+ "自收到本催告书之日起十个工作日内，到指定的银行或者通过电子支付系统缴纳罚款及加处罚款共计人民币"
						+ (c.getFine() + surcharge - paid) + "元（截至本催告书发出之日，加处罚款" + surcharge + "元）。");
				p.add("你（单位）有权进行陈述和申辩（《中华人民共和国行政强制法》第三十六条）。逾期仍不履行的，本机关将依法申请人民法院强制执行。");
				date = c.getUrgedOn();
			}
		}
		return new OfficialDocx.Content(title(c, type), number, p, issuer, date);
	}

	/** The issuing body as documents name it: 深圳市罗湖区东湖街道办事处. */
	private static String issuer(OrganisationDirectory.TenantRef tenant) {
		return tenant.city() + tenant.district() + tenant.name() + (tenant.name().endsWith("街道") ? "办事处" : "");
	}

	/** The rectification order's number: drawn from its series the first time, then kept on the hazard. */
	private String noticeNumber(FazhiUser user, Hazard hazard) {
		if (hazard.getNoticeNo() == null) {
			hazard.numbered(numbers.next(user, Type.RECTIFICATION_NOTICE.series(), Type.RECTIFICATION_NOTICE.name(),
					hazard.getOrderedOn().getYear()));
		}
		return hazard.getNoticeNo();
	}

	private static List<String> rectificationText(String party, Hazard hazard) {
		return List.of(party + "：",
				"本机关于" + OfficialDocx.chineseDate(hazard.getOrderedOn()) + "检查发现你单位存在以下事故隐患："
						+ hazard.getDescription() + "。",
				"依据《中华人民共和国安全生产法》第一百零二条的规定，责令你单位在" + hazard.getRectifyDays()
						+ "日内消除上述隐患，并将整改情况书面报告本机关。逾期未消除的，本机关将依法立案查处。",
				"如不服本通知，可以在收到本通知之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。");
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
		var entity = register.get(user, hazard.getEntityId());
		String number = noticeNumber(user, hazard);
		var tenant = directory.activeTenant(user.tenantCode()).orElseThrow();
		byte[] bytes = OfficialDocx.render(new OfficialDocx.Content("责令限期整改通知书", number,
				rectificationText(entity.getName(), hazard), issuer(tenant), hazard.getOrderedOn()));
		var stored = attachments.attach(user, InspectionWork.INSPECTION, String.valueOf(hazard.getInspectionId()),
				number + "责令限期整改通知书.docx", new ByteArrayInputStream(bytes));
		trail.record(AuditAction.CREATE, InspectionWork.HAZARD, hazardId, AuditOutcome.SUCCESS,
				"rectification notice " + number + " SM3 " + stored.sm3());
		return stored;
	}

	private String evidenceKinds(PenaltyCase c) {
		var kinds = evidence.findByCaseIdOrderByIdAsc(c.getId()).stream().map(e -> evidenceKind(e.getKind())).distinct()
			.toList();
		return kinds.isEmpty() ? "现场检查记录" : String.join("、", kinds);
	}

	static String evidenceKind(CaseEvidence.Kind kind) {
		return switch (kind) {
			case DOCUMENTARY -> "书证";
			case PHYSICAL -> "物证";
			case AUDIOVISUAL -> "视听资料";
			case ELECTRONIC -> "电子数据";
			case WITNESS -> "证人证言";
			case PARTY_STATEMENT -> "当事人的陈述";
			case EXPERT_OPINION -> "鉴定意见";
			case SITE_RECORD -> "勘验笔录、现场笔录";
		};
	}

	private static String penaltyText(PenaltyKind kind, Long fine) {
		if (kind == null) {
			return "";
		}
		return switch (kind) {
			case WARNING -> "警告";
			case FINE -> "罚款人民币" + fine + "元";
			case SUSPENSION -> "责令停产停业";
			case REVOCATION -> "吊销许可证件";
		};
	}

	private static String source(PenaltyCase c) {
		return switch (c.getSource()) {
			case INSPECTION -> "行政检查";
			case HAZARD -> "隐患逾期未整改（《中华人民共和国安全生产法》第一百零二条）";
			case COMPLAINT -> "投诉举报";
			case REFERRAL -> "移送";
			case PATROL -> "巡查发现";
		};
	}

	private static String serviceMethod(PenaltyCase.ServiceMethod method) {
		return switch (method) {
			case IN_PERSON -> "直接送达";
			case POST -> "邮寄送达";
			case ELECTRONIC -> "电子送达";
			case LEFT_AT_ADDRESS -> "留置送达";
			case PUBLIC_NOTICE -> "公告送达";
		};
	}
}
