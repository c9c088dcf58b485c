package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.CaseRevoked;
import org.fazhi.enforcement.DecisionPublished;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.cases.CaseWork.PublicationPreview;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.publication.PublicDecisions;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.fazhi.shared.PublicationScreen;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示与撤销: publication of the decision within seven working days (行政处罚法 第四十八条), its screening for personal data,
 * revocation and the withdrawal of the publication.
 */
@Service
@Transactional
public class CasePublishing extends CaseProcedure {

	CasePublishing(Parts parts) {
		super(parts);
	}

	/** The preview of a publication: the summary cut into clean and flagged pieces, nothing written. */
	@Transactional(readOnly = true)
	public PublicationPreview previewPublication(FazhiUser user, long id, String summary) {
		var c = get(user, id);
		String text = Input.trim(summary) == null ? "" : summary.strip();
		var findings = screen(user, c, text);
		return new PublicationPreview(PublicDecisions.party(c), text, PublicationScreen.segments(text, findings),
				findings);
	}

	/**
	 * A first draft of the public summary from the structured fields, which the officer reads and edits: the party as
	 * published, the matter and the statute; no facts as investigated.
	 */
	public String draftSummary(PenaltyCase c) {
		var matter = matters.findById(c.getMatterId()).orElseThrow();
		return messages.getMessage("case.publish.draft", new Object[] { PublicDecisions.party(c), matter.getName(),
				matter.getCitation() }, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** The personal information of the case that the summary must not hold: names, home address, numbers. */
	private List<PublicationScreen.Finding> screen(FazhiUser user, PenaltyCase c, String text) {
		List<String> names = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		if (c.isPerson()) {
			names.add(c.getPartyName());
			if (c.getPartyAddress() != null) {
				addresses.add(c.getPartyAddress());
			}
		}
		if (c.getEntityId() != null) {
			var entity = register.subjectOf(user, c.getEntityId());
			if (entity.getContactPerson() != null) {
				names.add(entity.getContactPerson());
			}
		}
		List<String> allowed = c.isPerson() || c.getPartyCode() == null ? List.of() : List.of(c.getPartyCode());
		return PublicationScreen.findings(text, names, addresses, allowed, c.isPerson());
	}

	/**
	 * Publication of the decision (公示, 国办发〔2018〕118号: within seven working days): the public reads its structured
	 * fields and the summary written for publication, which must hold no identity or phone number, no name of a
	 * person recorded on the case and no home address (个人信息保护法); what the screen finds is refused and shown.
	 */
	public PenaltyCase publish(FazhiUser user, long id, LocalDate on, String summary) {
		var c = whoseStep(CaseStep.PUBLISH, user, id);
		String text = Input.trim(summary);
		if (text == null) {
			throw new RuleViolation("summary", "case.publish.summaryRequired");
		}
		if (text.length() > 1000) {
			throw new RuleViolation("summary", "field.tooLong");
		}
		var findings = screen(user, c, text);
		if (!findings.isEmpty()) {
			throw EnforcementRule.PUBLICATION_WITHOUT_PERSONAL_DATA.refusal("summary", findings.size(), findings.stream()
				.map(f -> "「" + f.text() + "」").collect(java.util.stream.Collectors.joining("、")));
		}
		if (c.getOutcome() != Outcome.PENALTY || c.getDecidedOn() == null) {
			throw new RuleViolation(null, "case.publish.noDecision");
		}
		if (c.getPublishedOn() != null) {
			throw new RuleViolation(null, "case.publish.already");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		pass(CaseStep.PUBLISH, user, c, day);
		c.published(day, text);
		var publication = completeOpen(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		boolean late = publication != null && Boolean.FALSE.equals(publication.completedOnTime());
		log(user, c, day, "PUBLISHED", late ? "caseLog.PUBLISHED.late" : "caseLog.PUBLISHED",
				late ? publication.due() : "");
		audit(c, "published" + (late ? " late" : ""));
		publisher.publishEvent(new DecisionPublished(c.getTenantId(), c.getId(), c.getDecisionNo(), day));
		return c;
	}

	/**
	 * The decision was changed or revoked (by reconsideration, a court or the body itself): a published decision is
	 * withdrawn within three working days (行政处罚法 第四十八条第二款).
	 */
	public PenaltyCase revoke(FazhiUser user, long id, LocalDate on, String reason) {
		var c = whoseStep(CaseStep.REVOKE, user, id);
		if (c.getDecidedOn() == null || c.getRevokedOn() != null) {
			throw new RuleViolation(null, "case.revoke.notDecided");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		pass(CaseStep.REVOKE, user, c, day);
		c.revoked(day, text("reason", reason, 500, true));
		if (c.getPublishedOn() != null && c.getWithdrawnOn() == null) {
			track(user, c, StatutoryRule.PUBLICATION_WITHDRAWAL, day);
		}
		completeOpen(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		log(user, c, day, "REVOKED", "caseLog.REVOKED", c.getRevocationReason());
		audit(c, "decision changed or revoked");
		publisher.publishEvent(new CaseRevoked(c.getTenantId(), c.getId(), c.getDecidedOn(), day));
		return c;
	}

	/**
	 * The decision was changed, revoked or found unlawful or void by a reconsideration body or a court (行政复议法
	 * 第七十七条: the respondent performs the decision): the body's decision, not the user's post, is the authority, so
	 * no step gate is asked; the case is read in the user's scope. As with the office's own revocation, a published
	 * decision is then withdrawn within three working days (行政处罚法 第四十八条第二款). Once only: a case already
	 * revoked is left as it is ({@code false}).
	 */
	public boolean revokeByOutcome(FazhiUser user, long id, LocalDate on, String reason) {
		var c = get(user, id);
		if (c.getDecidedOn() == null || c.getRevokedOn() != null) {
			return false;
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		c.revoked(day, text("reason", reason, 500, true));
		if (c.getPublishedOn() != null && c.getWithdrawnOn() == null) {
			track(user, c, StatutoryRule.PUBLICATION_WITHDRAWAL, day);
		}
		completeOpen(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		log(user, c, day, "REVOKED", "caseLog.REVOKED", c.getRevocationReason());
		audit(c, "decision changed or revoked by reconsideration or a court");
		publisher.publishEvent(new CaseRevoked(c.getTenantId(), c.getId(), c.getDecidedOn(), day));
		return true;
	}

	public PenaltyCase withdrawPublication(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.WITHDRAW, user, id);
		if (c.getPublishedOn() == null || c.getWithdrawnOn() != null || c.getRevokedOn() == null) {
			throw EnforcementRule.WITHDRAW_PUBLICATION.refusal(null);
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getRevokedOn());
		pass(CaseStep.WITHDRAW, user, c, day);
		c.withdrawn(day);
		completeOpen(user, c, StatutoryRule.PUBLICATION_WITHDRAWAL, day);
		log(user, c, day, "WITHDRAWN", "caseLog.WITHDRAWN");
		audit(c, "publication withdrawn");
		return c;
	}
}
