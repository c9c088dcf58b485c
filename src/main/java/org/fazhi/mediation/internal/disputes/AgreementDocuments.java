package org.fazhi.mediation.internal.disputes;

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
import org.fazhi.mediation.internal.bodies.MediationOrganisation;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a dispute from the documents module's templates ({@code documents/templates/mediation/}): the
 * 人民调解协议书 with what 人民调解法 第二十九条 asks it to state, and the notice that tells the parties their other routes
 * when mediation is refused, fails or ends (第二十六条). Each is attached to the dispute with its hash.
 */
@Component
@Transactional
public class AgreementDocuments {

	static final String MODULE = "mediation";

	public enum Type {
		AGREEMENT, ROUTES_NOTICE;

		public String messageKey() {
			return "mediationDocument." + name();
		}
	}

	private final DisputeWork work;
	private final DisputeParties parties;
	private final MediationOrganisation organisation;
	private final OfficialDocuments official;
	private final Attachments attachments;
	private final AuditTrail trail;

	AgreementDocuments(DisputeWork work, DisputeParties parties, MediationOrganisation organisation,
			OfficialDocuments official, Attachments attachments, AuditTrail trail) {
		this.work = work;
		this.parties = parties;
		this.organisation = organisation;
		this.official = official;
		this.attachments = attachments;
		this.trail = trail;
	}

	/** The document types the dispute's record supports now. */
	public static List<Type> available(Dispute dispute) {
		List<Type> types = new ArrayList<>();
		if (dispute.getAgreedOn() != null && dispute.getAgreementKind() != Dispute.AgreementKind.ORAL
				&& (dispute.getState() == Dispute.State.AGREED || dispute.getState() == Dispute.State.EFFECTIVE)) {
			types.add(Type.AGREEMENT);
		}
		if (dispute.getRoutesTold() != null) {
			types.add(Type.ROUTES_NOTICE);
		}
		return types;
	}

	public AttachmentView generate(FazhiUser user, long disputeId, Type type) {
		var dispute = work.get(user, disputeId);
		if (!DisputeWork.mayMediate(user)) {
			throw new org.springframework.security.access.AccessDeniedException("mediators write the documents");
		}
		if (type == null || !available(dispute).contains(type)) {
			throw new RuleViolation("type", "document.notAvailable");
		}
		var body = organisation.body(user.tenantId(), dispute.getBodyId());
		String issuer = body.getName();
		List<String> p = new ArrayList<>();
		var all = parties.findByDisputeIdOrderById(disputeId);
		for (int i = 0; i < all.size(); i++) {
			var party = all.get(i);
			String code = party.getMaskedIdentity() != null ? "，公民身份号码" + party.getMaskedIdentity()
					: party.getCreditCode() != null ? "，统一社会信用代码" + party.getCreditCode() : "";
			p.add("当事人" + chinese(i + 1) + "：" + party.getName() + code + "。");
		}
		String title;
		if (type == Type.AGREEMENT) {
			title = dispute.getAgreementKind() == Dispute.AgreementKind.PARTIAL ? "人民调解协议书（部分）" : "人民调解协议书";
			p.add("纠纷的主要事实、争议事项以及各方当事人的责任：" + sentence(dispute.getAgreementFacts())
					+ sentence(dispute.getAgreementMatters()));
			p.add("经本委员会调解，各方当事人自愿达成如下协议：" + sentence(dispute.getAgreementTerms()));
			p.add("履行方式、时限：" + sentence(dispute.getAgreementPerformance())
					+ (dispute.getPerformBy() == null ? "" : "于" + Gbt9704.chineseDate(dispute.getPerformBy()) + "前履行完毕。"));
			p.add("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（《人民调解法》第二十九条）。"
					+ "本协议一式" + chinese(all.size() + 1) + "份，当事人各执一份，人民调解委员会留存一份。");
			p.add("经调解达成的调解协议具有法律约束力，当事人应当按照约定履行（《人民调解法》第三十一条）。双方当事人认为有必要的，"
					+ "可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《人民调解法》第三十三条）。");
			p.add("当事人（签名或盖章）：");
			p.add("人民调解员（签名）：" + (dispute.getMediatorNames() == null ? "" : dispute.getMediatorNames()));
		}
		else {
			title = "终止人民调解告知书";
			p.add("你（们）之间的" + "纠纷（" + dispute.getDisputeNo() + "）" + reason(dispute) + "。");
			p.add("根据《中华人民共和国人民调解法》第二十六条，告知如下：" + sentence(dispute.getRoutesTold()));
		}
		var content = new Gbt9704.Content(title, dispute.getDisputeNo(), p, issuer,
				dispute.getAgreedOn() != null && type == Type.AGREEMENT ? dispute.getAgreedOn() : work.today());
		var rendered = official.render(user, MODULE, type.name(), content.fields());
		var stored = attachments.attach(user, DisputeWork.DISPUTE, String.valueOf(disputeId),
				dispute.getDisputeNo() + title + ".docx", new ByteArrayInputStream(rendered.content()));
		if (type == Type.AGREEMENT) {
			work.drafted(dispute, stored.id(), user);
		}
		trail.record(AuditAction.CREATE, DisputeWork.DISPUTE, disputeId, AuditOutcome.SUCCESS,
				"document " + type.name().toLowerCase(java.util.Locale.ROOT) + " v" + rendered.templateVersion() + " SM3 " + stored.sm3());
		return stored;
	}

	private static String reason(Dispute dispute) {
		return switch (dispute.getState()) {
			case REFUSED -> "，因当事人一方明确拒绝调解，依照《人民调解法》第十七条不予调解";
			case ENDED -> "，依照《深圳经济特区矛盾纠纷多元化解条例》第二十八条（或调解期限届满，第二十五条第二款）终止调解";
			default -> "，经调解未能达成协议，终止调解";
		};
	}

	private static String sentence(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.endsWith("。") || t.endsWith("；") ? t : t + "。";
	}

	private static String chinese(int n) {
		String[] digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		if (n < 10) {
			return digits[n];
		}
		return (n >= 20 ? digits[n / 10] : "") + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
	}
}
