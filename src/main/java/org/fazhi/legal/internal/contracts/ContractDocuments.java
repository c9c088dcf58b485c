package org.fazhi.legal.internal.contracts;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.documents.Gbt9704;
import org.fazhi.documents.OfficialDocuments;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 合同审查意见书 of a review's latest opinion, from the documents module's template
 * ({@code documents/templates/legal/CONTRACT_OPINION.docx}): the contract, the counterparty, the opinion with its
 * reasons and the clauses at risk, the lawyer and the date; attached to the review with its hash.
 */
@Component
@Transactional
public class ContractDocuments {

	public static final String MODULE = "legal";
	public static final String OPINION = "CONTRACT_OPINION";

	private final ContractWork work;
	private final OfficialDocuments official;
	private final Attachments attachments;
	private final AuditTrail trail;
	private final MessageSource messages;
	private final org.fazhi.organisation.OrganisationDirectory directory;

	ContractDocuments(ContractWork work, OfficialDocuments official, Attachments attachments, AuditTrail trail,
			MessageSource messages, org.fazhi.organisation.OrganisationDirectory directory) {
		this.work = work;
		this.official = official;
		this.attachments = attachments;
		this.trail = trail;
		this.messages = messages;
		this.directory = directory;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** The lawyer who gave it, or the justice office, writes the opinion document of the latest round. */
	public AttachmentView generate(FazhiUser user, long id) {
		var review = work.get(user, id);
		if (!ContractWork.isReviewer(user, review) && !ContractWork.mayAssign(user)) {
			throw new AccessDeniedException("the lawyer or the justice office writes the opinion document");
		}
		var round = work.latestOpinionRound(review);
		String lawyer = round.getLawyerId() == null ? ""
				: directory.staffMember(review.getTenantId(), round.getLawyerId())
					.map(org.fazhi.organisation.OrganisationDirectory.StaffMember::fullName).orElse("");
		List<String> p = new ArrayList<>();
		p.add("送审合同：《" + review.getTitle() + "》（" + zh(review.getContractType().messageKey()) + "类，第"
				+ round.getRoundNo() + "稿），合同金额" + review.getAmount() + "元"
				+ (review.getTermFrom() == null ? "" : "，履行期限" + Gbt9704.chineseDate(review.getTermFrom()) + "至"
						+ (review.getTermTo() == null ? "" : Gbt9704.chineseDate(review.getTermTo())))
				+ "。");
		String party = review.getCounterpartyKind() == ContractReview.CounterpartyKind.ORGANISATION
				? review.getCounterpartyName() + "（统一社会信用代码" + review.getCounterpartyCode() + "）"
				: review.getCounterpartyName() + "（公民身份号码" + work.maskedIdentity(review) + "）";
		p.add("合同相对方：" + party + "。");
		p.add("审查意见：" + zh(round.getOpinion().messageKey()) + "。");
		p.add("理由：" + sentence(round.getReasons()));
		if (round.getRiskyClauses() != null) {
			p.add("存在风险的条款及修改建议：" + sentence(round.getRiskyClauses()));
		}
		if (round.getMarkedUpId() != null) {
			p.add("修订标注稿随本意见书一并送回。");
		}
		p.add("本意见仅就送审文本的合法性发表，合同的商务条款、履约能力由承办部门负责审核。");
		p.add("审查律师：" + lawyer);
		var content = new Gbt9704.Content("合同合法性审查意见书", review.getReviewNo(), p, user.tenantName(),
				round.getOpinionOn());
		var rendered = official.render(user, MODULE, OPINION, content.fields());
		var stored = attachments.attach(user, ContractWork.CONTRACT, String.valueOf(id),
				review.getReviewNo() + "合同合法性审查意见书.docx", new ByteArrayInputStream(rendered.content()));
		work.documented(round, stored.id());
		trail.record(AuditAction.CREATE, ContractWork.CONTRACT, id, AuditOutcome.SUCCESS,
				"document contract_opinion v" + rendered.templateVersion() + " SM3 " + stored.sm3());
		return stored;
	}

	private static String sentence(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.endsWith("。") || t.endsWith("；") ? t : t + "。";
	}

}
