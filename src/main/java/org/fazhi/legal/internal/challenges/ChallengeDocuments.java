package org.fazhi.legal.internal.challenges;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.documents.Gbt9704;
import org.fazhi.documents.OfficialDocuments;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 行政复议答复书 and the 行政诉讼答辩状 of a file, from the documents module's templates
 * ({@code documents/templates/legal/}): the claimant and the act challenged, the facts and the legal basis, the
 * evidence — each piece of the challenged penalty case's evidence and each of its documents listed, then what was
 * listed by hand — the office's argument and its request; attached to the file with its hash.
 */
@Component
@Transactional
public class ChallengeDocuments {

	public static final String MODULE = "legal";
	public static final String ANSWER = "RECONSIDERATION_ANSWER";
	public static final String DEFENCE = "LITIGATION_DEFENCE";

	private final ChallengeWork work;
	private final OfficialDocuments official;
	private final Attachments attachments;
	private final AuditTrail trail;
	private final MessageSource messages;

	ChallengeDocuments(ChallengeWork work, OfficialDocuments official, Attachments attachments, AuditTrail trail,
			MessageSource messages) {
		this.work = work;
		this.official = official;
		this.attachments = attachments;
		this.trail = trail;
		this.messages = messages;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	/** The justice office writes the document of the answer once it is recorded. */
	public AttachmentView generate(FazhiUser user, long id) {
		var c = work.get(user, id);
		if (!ChallengeWork.mayHandle(user)) {
			throw new org.springframework.security.access.AccessDeniedException("the justice office writes the answer");
		}
		if (c.getAnsweredOn() == null) {
			throw new RuleViolation(null, "challenge.document.noAnswer");
		}
		boolean lawsuit = c.getKind() == Kind.LITIGATION;
		String title = lawsuit ? "行政诉讼答辩状" : "行政复议答复书";
		var file = work.caseOf(user, c);
		List<String> p = new ArrayList<>();
		p.add((lawsuit ? "答辩人：" : "被申请人：") + (user.tenantName() == null ? "" : user.tenantName()) + "。");
		p.add((lawsuit ? "原告：" : "申请人：") + c.getClaimant() + "。");
		p.add(c.getBody() + (c.getBodyCaseNo() == null ? "" : "（" + c.getBodyCaseNo() + "）") + "送达的"
				+ (lawsuit ? "起诉状副本" : "行政复议申请书副本") + "于" + Gbt9704.chineseDate(c.getReceivedOn())
				+ "收悉。现就" + c.getClaimant() + "不服" + c.getChallengedAct() + "一案，"
				+ (lawsuit ? "提出答辩如下：" : "答复如下："));
		if (file.isPresent()) {
			var f = file.get();
			p.add("一、作出行政行为的事实。" + (f.decisionNo() == null ? "" : "本机关于"
					+ (f.decidedOn() == null ? "" : Gbt9704.chineseDate(f.decidedOn())) + "作出" + f.decisionNo()
					+ "行政处罚决定，") + "当事人" + f.party() + "，违法事项：" + f.matter() + "。"
					+ (f.facts() == null ? "" : "经查：" + sentence(f.facts())));
		}
		p.add((file.isPresent() ? "二、" : "一、") + "法律依据。" + sentence(c.getAnswerBasis())
				+ (file.isPresent() && file.get().citation() != null ? "处罚依据：" + file.get().citation() + "。" : ""));
		p.add((file.isPresent() ? "三、" : "二、") + "证据。本机关提交下列证据材料：");
		int n = 1;
		if (file.isPresent()) {
			for (var e : file.get().evidence()) {
				p.add(n++ + ". " + zh(e.kindKey()) + "：" + e.description()
						+ (e.collectedOn() == null ? "" : "（" + Gbt9704.chineseDate(e.collectedOn()) + "取得）") + "；");
			}
			for (var d : file.get().documents()) {
				p.add(n++ + ". " + zh(d.typeKey()) + (d.docNo() == null ? "" : "（" + d.docNo() + "）") + "；");
			}
		}
		if (c.getAnswerEvidence() != null) {
			for (String line : c.getAnswerEvidence().split("\\R")) {
				if (!line.isBlank()) {
					p.add(n++ + ". " + line.strip() + "；");
				}
			}
		}
		p.add((file.isPresent() ? "四、" : "三、") + (lawsuit ? "答辩意见。" : "答复意见。") + sentence(c.getAnswerArgument()));
		p.add(lawsuit ? "综上，被诉行政行为认定事实清楚，证据确实充分，适用法律正确，程序合法，请求人民法院依法驳回原告的诉讼请求。"
				: "综上，被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，请求行政复议机关依法予以维持。");
		p.add("此致");
		p.add(c.getBody());
		var content = new Gbt9704.Content(title, c.getChallengeNo(), p, user.tenantName(), c.getAnsweredOn());
		String type = lawsuit ? DEFENCE : ANSWER;
		var rendered = official.render(user, MODULE, type, content.fields());
		var stored = attachments.attach(user, ChallengeWork.CHALLENGE, String.valueOf(id),
				c.getChallengeNo() + title + ".docx", new ByteArrayInputStream(rendered.content()));
		work.documented(c, stored.id());
		trail.record(AuditAction.CREATE, ChallengeWork.CHALLENGE, id, AuditOutcome.SUCCESS,
				"document " + type.toLowerCase(Locale.ROOT) + " v" + rendered.templateVersion() + " SM3 " + stored.sm3());
		return stored;
	}

	private static String sentence(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.endsWith("。") || t.endsWith("；") ? t : t + "。";
	}
}
