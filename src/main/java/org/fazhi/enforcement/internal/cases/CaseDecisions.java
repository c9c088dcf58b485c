package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.CaseDecided;
import org.fazhi.enforcement.CaseRegistered;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.cases.CaseWork.Decision;
import org.fazhi.enforcement.internal.cases.CaseWork.Registration;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ReviewOpinion;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核、讨论与决定: legal review (行政处罚法 第五十八条), collective discussion (第五十七条), the decision (第五十九条、第六十条、第六十二条) and the
 * summary procedure (第五十一条、第五十二条).
 */
@Service
@Transactional
public class CaseDecisions extends CaseProcedure {

	private final CaseFiling filing;

	CaseDecisions(Parts parts, CaseFiling filing) {
		super(parts);
		this.filing = filing;
	}

	/** 行政处罚法 第五十一条: the largest fines decided on the spot. */
	static final long SUMMARY_PERSON_LIMIT = 200;
	static final long SUMMARY_ORGANISATION_LIMIT = 3000;

	/** 行政处罚法 第五十八条: the case goes to a legal reviewer who did not investigate it. */
	public PenaltyCase submitForReview(FazhiUser user, long id, LocalDate on, Long reviewerId) {
		var c = whoseStep(CaseStep.SUBMIT_REVIEW, user, id);
		requireState(c, State.NOTIFIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		var reviewer = directory.staffMember(user.tenantId(), required("reviewerId", reviewerId))
			.filter(s -> s.role() == Role.LEGAL_REVIEWER)
			.orElseThrow(() -> new RuleViolation("reviewerId", "case.review.notReviewer"));
		if (c.investigatedBy(reviewer.accountId())) {
			throw EnforcementRule.REVIEW_NOT_BY_INVESTIGATOR.refusal("reviewerId");
		}
		// 行政处罚法 第五十八条第二款: a first-time reviewer holds the legal-profession qualification
		if (reviewer.qualificationNo() == null
				&& !cases.existsByTenantIdAndReviewerIdAndReviewOnIsNotNull(user.tenantId(), reviewer.accountId())) {
			throw EnforcementRule.REVIEWER_QUALIFIED.refusal("reviewerId", reviewer.fullName());
		}
		pass(CaseStep.SUBMIT_REVIEW, user, c, day);
		c.submittedForReview(day, reviewer.accountId(), reviewer.fullName());
		log(user, c, day, "REVIEW_SUBMITTED", "caseLog.REVIEW_SUBMITTED", reviewer.fullName());
		audit(c, "submitted for legal review to " + reviewer.fullName());
		return c;
	}

	/** The reviewer's opinion: agree, amend (the decision follows the amendment), or return for more investigation. */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text) {
		return review(user, id, on, opinion, text, null);
	}

	/**
	 * The reviewer's opinion; an amending opinion on a fine sets the amended fine, within the matter's range, and the
	 * decision follows it (行政处罚法 第五十八条: no decision that did not pass the review).
	 */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text,
			Long amendedFine) {
		var c = get(user, id);
		requireState(c, State.REVIEW);
		// 行政处罚法 第五十八条: review by the legal reviewer the case was given to, never by an investigator
		if (!user.hasRole(Role.LEGAL_REVIEWER) || c.investigatedBy(user.accountId())) {
			throw EnforcementRule.REVIEW_NOT_BY_INVESTIGATOR.refusal(null);
		}
		if (c.getReviewerId() == null || c.getReviewerId() != user.accountId()) {
			throw new RuleViolation(null, "case.review.notAssigned", c.getReviewerName());
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getReviewSubmittedOn());
		Long reviewedFine = null;
		if (opinion == ReviewOpinion.AMEND && c.getProposedKind() == PenaltyKind.FINE) {
			if (amendedFine == null) {
				throw new RuleViolation("amendedFine", "case.review.amendedFine");
			}
			checkPenalty(c, matterOf(c), PenaltyKind.FINE, amendedFine, null);
			reviewedFine = amendedFine;
		}
		// the same gate the page offers the step by
		pass(CaseStep.REVIEW, user, c, day);
		c.reviewed(day, required("opinion", opinion), text("reviewText", text, 2000, true), reviewedFine);
		if (opinion == ReviewOpinion.RETURN) {
			// back to investigation: the party is notified again before any decision (第四十四条)
			completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
			completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
			c.notified(null, null, null, null, false);
			c.moveTo(State.FILED);
		}
		log(user, c, day, "REVIEWED", reviewedFine == null ? "caseLog.REVIEWED" : "caseLog.REVIEWED.fine",
				CaseLog.label("reviewOpinion." + opinion), reviewedFine == null ? 0L : reviewedFine);
		audit(c, "legal review " + opinion);
		return c;
	}

	/** 行政处罚法 第五十七条第二款: the heads discuss a complex or grave case collectively; the minutes are kept. */
	public PenaltyCase recordDiscussion(FazhiUser user, long id, LocalDate on, String attendees, String minutes) {
		var c = whoseStep(CaseStep.DISCUSSION, user, id);
		requireState(c, State.NOTIFIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.DISCUSSION, user, c, day);
		c.discussed(day, text("attendees", attendees, 300, true), text("minutes", minutes, 2000, true));
		log(user, c, day, "DISCUSSED", "caseLog.DISCUSSED", c.getDiscussionAttendees());
		audit(c, "collective discussion");
		return c;
	}

	/**
	 * 行政处罚法 第五十七条第一款: the investigation ends with the officers' result and proposed decision (拟处理意见) and
	 * its reasons, submitted to the head of the body; a penalty is proposed only once the party has been heard.
	 */
	public PenaltyCase propose(FazhiUser user, long id, Decision proposal) {
		var c = get(user, id);
		var outcome = required("outcome", proposal.outcome());
		LocalDate day = notBefore("on", notFuture("on", proposal.on()), c.getNoticeOn() == null ? c.getFiledOn()
				: c.getNoticeOn());
		for (LocalDate step : new LocalDate[] { c.getDefenceOn(), c.getDefenceWaivedOn(), c.getHearingWaivedOn(),
				c.getHearingHeldOn() }) {
			notBefore("on", day, step);
		}
		pass(CaseStep.PROPOSE, user, c, day);
		PenaltyKind kind = null;
		Long fine = null;
		if (outcome == Outcome.PENALTY) {
			if (c.getNoticeOn() == null) {
				throw EnforcementRule.DECISION_AFTER_NOTICE.refusal(null);
			}
			kind = required("kind", proposal.kind());
			fine = kind == PenaltyKind.FINE ? proposal.fine() : null;
			checkPenalty(c, matterOf(c), kind, fine, proposal.level());
			checkNotHeavier(c, kind, fine);
		}
		c.proposed(day, user.fullName(), outcome, kind, fine, outcome == Outcome.PENALTY ? proposal.level() : null,
				text("reason", proposal.reason(), 2000, true));
		log(user, c, day, "PROPOSED", fine != null ? "caseLog.PROPOSED.fine" : kind != null ? "caseLog.PROPOSED.kind"
				: "caseLog.PROPOSED", CaseLog.label("caseOutcome." + outcome), kind == null ? "" : CaseLog.label("penaltyKind." + kind),
				fine == null ? 0L : fine);
		audit(c, "proposed decision " + outcome + " submitted to the head");
		return c;
	}

	public PenaltyCase decide(FazhiUser user, long id, Decision decision) {
		var c = get(user, id);
		// 行政处罚法 第五十七条: in the general procedure the head of the body decides, never the investigating officer
		gates.role(CaseStep.DECIDE, user, c).enforce();
		var outcome = required("outcome", decision.outcome());
		LocalDate day = notFuture("on", decision.on());
		if (c.getState() == State.HEARING) {
			// 行政处罚法 第六十五条: after a requested hearing the decision follows its record
			throw EnforcementRule.DECISION_AFTER_HEARING.refusal(null);
		}
		if (outcome == Outcome.PENALTY) {
			if (c.getState() == State.FILED) {
				// 行政处罚法 第四十四条、第六十二条: no decision without notice of the intended penalty
				throw EnforcementRule.DECISION_AFTER_NOTICE.refusal(null);
			}
			requireState(c, State.NOTIFIED);
		}
		else {
			requireState(c, State.FILED, State.NOTIFIED);
		}
		// the decision comes after every step it rests on
		for (LocalDate step : new LocalDate[] { c.getFiledOn(), c.getNoticeOn(), c.getHearingHeldOn(), c.getReviewOn(),
				c.getDiscussionOn(), c.getProposalOn(), c.getDefenceOn(), c.getDefenceWaivedOn(),
				c.getHearingWaivedOn() }) {
			notBefore("on", day, step);
		}
		// 第五十七条 (a proposal), 第四十五条、第六十二条、第六十四条 (the party heard), 第五十八条, 第五十七条第二款, 第六十条
		var closed = gates.decisionRule(c, day, outcome);
		if (closed != null) {
			throw closed;
		}
		PenaltyKind kind = null;
		Long fine = null;
		DiscretionLevel level = null;
		if (outcome == Outcome.PENALTY) {
			kind = required("kind", decision.kind());
			fine = kind == PenaltyKind.FINE ? decision.fine() : null;
			level = decision.level();
			checkPenalty(c, matterOf(c), kind, fine, level);
			if (c.getReviewOpinion() == ReviewOpinion.AMEND && c.getReviewedFine() != null
					&& !c.getReviewedFine().equals(fine)) {
				// 行政处罚法 第五十八条: the decision is the one that passed the review
				throw EnforcementRule.DECISION_AS_REVIEWED.refusal("fine", c.getReviewedFine());
			}
			checkNotHeavier(c, kind, fine);
		}
		String reason = text("reason", decision.reason(), 2000, outcome != Outcome.PENALTY);
		String number = numbers.next(user, CaseDocument.Type.DECISION.series(), CaseDocument.Type.DECISION.name(),
				day.getYear());
		c.decided(outcome, kind, fine, level, number, day, reason);
		c.decidedBy(user.fullName());
		completeOpen(user, c, StatutoryRule.PENALTY_DECISION, day);
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		track(user, c, StatutoryRule.PENALTY_SERVICE, day);
		if (outcome == Outcome.PENALTY) {
			track(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		}
		log(user, c, day, "DECIDED", fine != null ? "caseLog.DECIDED.fine" : kind != null ? "caseLog.DECIDED.kind"
				: "caseLog.DECIDED", number, CaseLog.label("caseOutcome." + outcome), kind == null ? "" : CaseLog.label("penaltyKind." + kind),
				fine == null ? 0L : fine);
		audit(c, "decided " + number + " " + outcome + " " + fine);
		publisher.publishEvent(new CaseDecided(c.getTenantId(), c.getId(), number, outcome.name(), day));
		return c;
	}

	/**
	 * 行政处罚法 第五十一条、第五十二条: a warning or a small fine decided on the spot by two officers, the decision
	 * handed over there and then.
	 */
	public PenaltyCase decideOnTheSpot(FazhiUser user, Registration form, PenaltyKind kind, Long fine) {
		requireOfficer(user);
		if (kind != PenaltyKind.WARNING && kind != PenaltyKind.FINE) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("kind", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		var party = form.entityId() != null ? PartyKind.ORGANISATION : required("partyKind", form.partyKind());
		long limit = party == PartyKind.PERSON ? SUMMARY_PERSON_LIMIT : SUMMARY_ORGANISATION_LIMIT;
		if (kind == PenaltyKind.FINE && (fine == null || fine > limit)) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("fine", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		var c = filing.register(user, form);
		// the party as registered decides the limit: an individual business's operator is a person (第五十一条)
		if (kind == PenaltyKind.FINE && fine > (c.isPerson() ? SUMMARY_PERSON_LIMIT : SUMMARY_ORGANISATION_LIMIT)) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("fine", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		checkPenalty(c, matterOf(c), kind, fine, null);
		LocalDate day = c.getRegisteredOn();
		c.summary();
		String number = numbers.next(user, CaseDocument.Type.DECISION.series(), CaseDocument.Type.DECISION.name(),
				day.getYear());
		c.decided(Outcome.PENALTY, kind, kind == PenaltyKind.FINE ? fine : null, null, number, day, null);
		c.decidedBy(c.getOfficerNames());
		c.served(day, PenaltyCase.ServiceMethod.IN_PERSON);
		if (kind == PenaltyKind.FINE) {
			track(user, c, StatutoryRule.FINE_PAYMENT, day);
		}
		track(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		log(user, c, day, "SUMMARY_DECIDED", fine != null ? "caseLog.SUMMARY_DECIDED.fine" : "caseLog.SUMMARY_DECIDED",
				number, CaseLog.label("penaltyKind." + kind), fine == null ? 0L : fine);
		audit(c, "summary decision " + number);
		publisher.publishEvent(new CaseRegistered(c.getTenantId(), c.getId(), day));
		publisher.publishEvent(new CaseDecided(c.getTenantId(), c.getId(), number, Outcome.PENALTY.name(), day));
		return c;
	}

	/** 行政处罚法 第四十四条、第四十五条第二款: nothing heavier than the notice, and never heavier after a defence. */
	private static void checkNotHeavier(PenaltyCase c, PenaltyKind kind, Long fine) {
		boolean heavier = kind.ordinal() > c.getProposedKind().ordinal() || (fine != null
				&& c.getProposedFine() != null && fine > c.getProposedFine())
				|| (fine != null && c.getProposedKind() != PenaltyKind.FINE);
		if (heavier) {
			if (c.getDefenceOn() != null) {
				// 行政处罚法 第四十五条第二款: a statement or defence never leads to a heavier penalty
				throw EnforcementRule.NOT_HEAVIER_AFTER_DEFENCE.refusal("fine", notifiedFine(c));
			}
			// 行政处罚法 第四十四条: a penalty heavier than the one notified needs a new notice
			throw EnforcementRule.NOT_HEAVIER_THAN_NOTICE.refusal("fine", notifiedFine(c));
		}
	}
}
