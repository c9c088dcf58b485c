package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ReviewOpinion;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gates of a penalty case: for each step, whether it fits the case's state, whose step it is, and which rule of
 * the rulebook keeps it closed now and until when. The case page offers a step only through its gate, and every use
 * case of {@link CaseWork} passes the same gate before it changes anything, so the procedure's guards live here and
 * each step of the work reads as a short sequence.
 */
@Component
@Transactional(readOnly = true)
public class CaseGates {

	private final CaseEvidenceRecords evidence;
	private final CaseDocumentRecords caseDocuments;
	private final EnforcementMatters matters;
	private final Deadlines deadlines;
	private final StatutoryCalendar calendar;
	private final int defenceWorkingDays;
	private final long largePersonFine;
	private final long largeOrganisationFine;

	CaseGates(CaseEvidenceRecords evidence, CaseDocumentRecords caseDocuments, EnforcementMatters matters, Deadlines deadlines, StatutoryCalendar calendar,
			@Value("${fazhi.enforcement.defence-working-days:3}") int defenceWorkingDays,
			@Value("${fazhi.enforcement.large-fine.person:5000}") long largePersonFine,
			@Value("${fazhi.enforcement.large-fine.organisation:50000}") long largeOrganisationFine) {
		this.evidence = evidence;
		this.caseDocuments = caseDocuments;
		this.matters = matters;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.defenceWorkingDays = defenceWorkingDays;
		this.largePersonFine = largePersonFine;
		this.largeOrganisationFine = largeOrganisationFine;
	}

	private LocalDate today() {
		return deadlines.today();
	}

	/** The open deadline of the case under a rule, if any. */
	DeadlineView openDeadline(PenaltyCase c, StatutoryRule rule) {
		return deadlines.ofRecord(c.getTenantId(), CaseWork.CASE, String.valueOf(c.getId())).stream()
			.filter(d -> d.rule() == rule && d.open()).findFirst().orElse(null);
	}

	/** The gates of every step the case is at, for this user today: the page's actions and its reasons. */
	@Transactional(readOnly = true)
	public List<Gate> steps(FazhiUser user, PenaltyCase c) {
		LocalDate today = today();
		List<Gate> gates = new ArrayList<>();
		for (CaseStep step : CaseStep.values()) {
			if (!fits(step, c)) {
				continue;
			}
			var gate = gate(step, user, c, today);
			// a waiver once the period has run out is simply not needed: nothing to explain
			if (gate.isOpen() || (gate.shownClosed() && step != CaseStep.DEFENCE_WAIVER)) {
				gates.add(gate);
			}
		}
		return gates;
	}

	/**
	 * The gate of one step on {@code day}: first whose step it is (a role of the office, or the one person it was given
	 * to), then where the case stands, then the rules of law that keep it closed on that day.
	 */
	public Gate gate(CaseStep step, FazhiUser user, PenaltyCase c, LocalDate day) {
		var role = role(step, user, c);
		if (!role.isOpen()) {
			return role;
		}
		if (!fits(step, c)) {
			return Gate.notNow(step);
		}
		var violation = rule(step, c, day == null ? today() : day);
		return violation == null ? Gate.open(step) : Gate.closed(step, violation);
	}

	static boolean isOfficer(FazhiUser user) {
		return user.hasRole(Role.ENFORCEMENT_OFFICER);
	}

	/** Whose step it is. */
	Gate role(CaseStep step, FazhiUser user, PenaltyCase c) {
		return switch (step) {
			// 行政处罚法 第五十四条: the head approves the filing
			case APPROVE -> user.hasRole(Role.LEADER) ? Gate.open(step) : Gate.waiting(step, EnforcementRule.FILING_BY_HEAD);
			// 行政处罚法 第五十七条: the head of the body decides on the investigation's result
			case DECIDE -> user.hasRole(Role.LEADER) ? Gate.open(step)
					: Gate.waiting(step, EnforcementRule.DECISION_BY_HEAD);
			case DISCUSSION -> user.hasRole(Role.LEADER) ? Gate.open(step)
					: requiresCollectiveDiscussion(c) ? Gate.waiting(step, EnforcementRule.DISCUSSION_BY_HEADS)
							: Gate.notYours(step);
			// 行政处罚法 第五十八条: the reviewer it was given to, who did not investigate
			case REVIEW -> user.hasRole(Role.LEGAL_REVIEWER) && c.getReviewerId() != null
					&& c.getReviewerId() == user.accountId() && !c.investigatedBy(user.accountId()) ? Gate.open(step)
							: Gate.waiting(step, "case.review.notAssigned", c.getReviewerName());
			// the two officers who investigated submit its result, nobody else (第五十七条第一款)
			case PROPOSE -> isOfficer(user) && c.investigatedBy(user.accountId()) ? Gate.open(step)
					: isOfficer(user) || user.hasRole(Role.LEADER) ? Gate.waiting(step, EnforcementRule.PROPOSAL_BY_OFFICERS,
							c.getOfficerNames()) : Gate.notYours(step);
			case REVOKE, WITHDRAW, SUSPEND, RESUME, END -> isOfficer(user) || user.hasRole(Role.LEADER) ? Gate.open(step)
					: Gate.notYours(step);
			default -> isOfficer(user) ? Gate.open(step) : Gate.notYours(step);
		};
	}

	/** Whether the case stands where the step is taken. */
	boolean fits(CaseStep step, PenaltyCase c) {
		State st = c.getState();
		boolean general = c.getProcedureKind() == PenaltyCase.Procedure.GENERAL;
		boolean fine = c.getPenaltyKind() == PenaltyKind.FINE;
		boolean hearingOpen = st == State.NOTIFIED && c.isHearingRight() && c.getHearingRequestedOn() == null
				&& c.getHearingWaivedOn() == null;
		return switch (step) {
			case APPROVE -> st == State.REGISTERED;
			case EVIDENCE -> st == State.FILED || st == State.NOTIFIED || st == State.HEARING;
			case NOTICE -> st == State.FILED;
			case DEFENCE -> (st == State.NOTIFIED || st == State.HEARING || st == State.REVIEW)
					&& c.getDefenceWaivedOn() == null;
			case DEFENCE_WAIVER -> st == State.NOTIFIED && !c.partyHeard() && c.getProposalOn() == null;
			case HEARING_REQUEST, HEARING_WAIVER -> hearingOpen;
			case HEARING_NOTICE -> st == State.HEARING && c.getHearingOn() == null;
			case HEARING_RECORD -> st == State.HEARING && c.getHearingOn() != null;
			case SUBMIT_REVIEW -> st == State.NOTIFIED
					&& (c.getReviewOpinion() == null || c.getReviewOpinion() == ReviewOpinion.RETURN);
			case REVIEW -> st == State.REVIEW;
			case DISCUSSION -> st == State.NOTIFIED && c.getDiscussionOn() == null;
			case PROPOSE -> (st == State.FILED || st == State.NOTIFIED) && c.getProposalOn() == null;
			case DECIDE -> general && (st == State.FILED || st == State.NOTIFIED);
			case SERVE -> st == State.DECIDED;
			case PAY -> (st == State.SERVED || st == State.COURT_APPLIED) && fine;
			case DEFER -> st == State.SERVED && fine;
			case URGE -> st == State.SERVED && fine && c.getUrgedOn() == null;
			case COURT -> st == State.SERVED && fine && c.getUrgedOn() != null;
			case PUBLISH -> c.getOutcome() == Outcome.PENALTY && c.getPublishedOn() == null && c.getRevokedOn() == null;
			case CLOSE -> st == State.SERVED || st == State.EXECUTED || st == State.COURT_APPLIED;
			case REVOKE -> c.getDecidedOn() != null && c.getRevokedOn() == null;
			case WITHDRAW -> c.getRevokedOn() != null && c.getPublishedOn() != null && c.getWithdrawnOn() == null;
			case SUSPEND -> st == State.FILED || st == State.NOTIFIED;
			case RESUME -> st == State.SUSPENDED;
			case END -> st == State.REGISTERED || st == State.FILED || st == State.NOTIFIED || st == State.SUSPENDED;
		};
	}

	/** The rule of law that keeps the step closed on {@code day}, or null. */
	RuleViolation rule(CaseStep step, PenaltyCase c, LocalDate day) {
		return switch (step) {
			// 行政处罚法 第四十条: no penalty where the facts are not established by evidence
			case NOTICE -> {
				if (evidence.countByCaseId(c.getId()) == 0) {
					yield EnforcementRule.NOTICE_NEEDS_EVIDENCE.refusal(null);
				}
				// 行政处罚法 第四十四条: the notice states the facts, reasons and basis: the article breached among them
				var matter = matters.findById(c.getMatterId()).orElseThrow();
				yield matter.getViolatedArticles() == null || matter.getViolatedArticles().isBlank()
						? EnforcementRule.NOTICE_NEEDS_ARTICLE.refusal(null, matter.getName()) : null;
			}
			case HEARING_REQUEST -> {
				var due = calendar.due(StatutoryRule.HEARING_REQUEST, c.getNoticeOn()).due();
				yield day.isAfter(due) ? EnforcementRule.HEARING_REQUEST_PERIOD.refusal("on", due) : null;
			}
			case DEFENCE_WAIVER -> defenceDue(c) != null && day.isAfter(defenceDue(c))
					? new RuleViolation("on", "case.defence.waiverLate", defenceDue(c)) : null;
			case HEARING_RECORD -> day.isBefore(c.getHearingOn())
					? new RuleViolation("on", "case.hearing.beforeDay", c.getHearingOn()) : null;
			case PROPOSE -> c.getState() == State.NOTIFIED ? partyNotYetHeard(c, day) : null;
			// before a proposal, a notified case is heading for a penalty: its party must be heard first
			case DECIDE -> decisionRule(c, day, c.getProposalOutcome() != null ? c.getProposalOutcome()
					: c.getNoticeOn() != null ? Outcome.PENALTY : null);
			case URGE -> {
				var payment = openDeadline(c, StatutoryRule.FINE_PAYMENT);
				yield payment == null || !day.isAfter(payment.due())
						? new RuleViolation("on", "case.urge.notDue", payment == null ? c.getServedOn() : payment.due())
						: null;
			}
			case COURT -> courtRule(c, day);
			case CLOSE -> {
				long missing = fileCheck(c, caseDocuments.findByCaseIdOrderByIdAsc(c.getId())).stream()
					.filter(i -> !i.present()).count();
				yield missing > 0 ? new RuleViolation(null, "case.close.incomplete", missing) : null;
			}
			default -> null;
		};
	}

	/**
	 * 行政处罚法 第四十五条、第六十二条: the party is heard before the decision: the statement-and-defence period has run
	 * out, or the party has stated and defended, or waived it in writing; 第六十四条第一项: the five working days to ask
	 * for a hearing have passed unless answered; 第六十五条: a requested hearing is held first.
	 */
	private RuleViolation partyNotYetHeard(PenaltyCase c, LocalDate day) {
		if (c.getState() == State.HEARING) {
			return EnforcementRule.DECISION_AFTER_HEARING.refusal(null);
		}
		LocalDate defenceEnds = defenceDue(c);
		if (!c.partyHeardBy(day) && defenceEnds != null && !day.isAfter(defenceEnds)) {
			return EnforcementRule.DEFENCE_PERIOD.refusal("on", defenceEnds, defenceEnds.plusDays(1));
		}
		if (c.isHearingRight() && c.getHearingRequestedOn() == null && c.getHearingWaivedOn() == null) {
			var due = calendar.due(StatutoryRule.HEARING_REQUEST, c.getNoticeOn()).due();
			if (!day.isAfter(due)) {
				return EnforcementRule.HEARING_PERIOD_OPEN.refusal("on", due);
			}
		}
		return null;
	}

	/** The statement-and-defence period of the office's rules, in working days (第四十五条). */
	int defenceWorkingDays() {
		return defenceWorkingDays;
	}

	/**
	 * The last day of the statement-and-defence period: as recorded with the notice, or, for a case notified before
	 * the period was recorded, counted now from the notice by the office's rule.
	 */
	LocalDate defenceDue(PenaltyCase c) {
		if (c.getDefenceDueOn() != null || c.getNoticeOn() == null) {
			return c.getDefenceDueOn();
		}
		return calendar.due(c.getNoticeOn(), defenceWorkingDays, org.fazhi.deadlines.PeriodUnit.WORKING_DAYS).due();
	}

	/** What keeps the head's decision closed on {@code day}, for the decision's outcome. */
	RuleViolation decisionRule(PenaltyCase c, LocalDate day, Outcome outcome) {
		if (outcome == Outcome.PENALTY && c.getNoticeOn() != null) {
			var unheard = partyNotYetHeard(c, day);
			if (unheard != null) {
				return unheard;
			}
		}
		if (c.getProposalOn() == null) {
			// 行政处罚法 第五十七条第一款: the head decides on the investigation's result and the proposed decision
			return EnforcementRule.DECISION_ON_PROPOSAL.refusal(null);
		}
		if (outcome == Outcome.PENALTY) {
			if (c.getNoticeOn() == null) {
				// 行政处罚法 第四十四条、第六十二条: no decision without notice of the intended penalty
				return EnforcementRule.DECISION_AFTER_NOTICE.refusal(null);
			}
			if (requiresLegalReview(c) && (c.getReviewOpinion() == null || c.getReviewOpinion() == ReviewOpinion.RETURN)) {
				return EnforcementRule.DECISION_AFTER_REVIEW.refusal(null);
			}
			if (requiresCollectiveDiscussion(c) && c.getDiscussionOn() == null) {
				return EnforcementRule.DECISION_AFTER_DISCUSSION.refusal(null);
			}
		}
		if (c.getDecisionDeadlineId() != null) {
			// 行政处罚法 第六十条: within ninety days of filing (paused while the case is suspended)
			var limit = deadlines.ofRecord(c.getTenantId(), CaseWork.CASE, String.valueOf(c.getId())).stream()
				.filter(d -> d.id() == c.getDecisionDeadlineId()).findFirst().orElse(null);
			if (limit != null && day.isAfter(limit.due())) {
				return EnforcementRule.DECISION_PERIOD.refusal("on", limit.due());
			}
		}
		return null;
	}

	/** 行政强制法 第五十三条、第五十四条: after the urging's ten working days and the remedy periods, within three months. */
	RuleViolation courtRule(PenaltyCase c, LocalDate day) {
		LocalDate urgingEnds = calendar.due(StatutoryRule.ENFORCEMENT_URGING, c.getUrgedOn()).due();
		if (!day.isAfter(urgingEnds)) {
			return EnforcementRule.COURT_URGING_PERIOD.refusal("on", urgingEnds);
		}
		LocalDate remediesEnd = remediesEnd(c);
		if (!day.isAfter(remediesEnd)) {
			return EnforcementRule.COURT_NOT_BEFORE_REMEDIES.refusal("on", remediesEnd);
		}
		LocalDate latest = calendar.due(StatutoryRule.COURT_ENFORCEMENT, remediesEnd).due();
		if (day.isAfter(latest)) {
			return EnforcementRule.COURT_WITHIN_THREE_MONTHS.refusal("on", latest);
		}
		return null;
	}

	/** Whether 行政处罚法 第五十八条 requires legal review before the decision, and which of its items apply. */
	public List<String> legalReviewGrounds(PenaltyCase c) {
		List<String> grounds = new ArrayList<>();
		if (c.isMajorInterest()) {
			grounds.add("MAJOR_INTEREST");
		}
		if (c.getHearingHeldOn() != null) {
			grounds.add("HEARING_HELD");
		}
		if (c.isComplexCase()) {
			grounds.add("COMPLEX");
		}
		return grounds;
	}

	public boolean requiresLegalReview(PenaltyCase c) {
		return !legalReviewGrounds(c).isEmpty();
	}

	/** 行政处罚法 第五十七条第二款: complex cases and penalties for grave violations are decided collectively. */
	public boolean requiresCollectiveDiscussion(PenaltyCase c) {
		return c.isComplexCase() || c.isMajorInterest() || c.isHearingRight();
	}

	/** 行政处罚法 第六十三条: whether the intended penalty gives the party the right to ask for a hearing. */
	boolean hearingRight(PartyKind party, PenaltyKind kind, Long fine) {
		if (kind == PenaltyKind.SUSPENSION || kind == PenaltyKind.REVOCATION) {
			return true;
		}
		long large = party == PartyKind.PERSON ? largePersonFine : largeOrganisationFine;
		return kind == PenaltyKind.FINE && fine != null && fine >= large;
	}

	/** The day the periods for reconsideration and litigation, or an approved deferral, end (行政强制法 第五十三条). */
	LocalDate remediesEnd(PenaltyCase c) {
		LocalDate end = calendar.due(c.getServedOn(), CaseExecution.LITIGATION_MONTHS, org.fazhi.deadlines.PeriodUnit.MONTHS).due();
		// 行政处罚法 第七十二条第二款: after an approved deferral, the period runs from its end
		if (c.getPaymentDeferredTo() != null && c.getPaymentDeferredTo().isAfter(end)) {
			return c.getPaymentDeferredTo();
		}
		return end;
	}

	/** The completeness check of the case file: what the procedure the case took requires, and whether it is there. */
	@Transactional(readOnly = true)
	public List<CaseWork.FileItem> fileCheck(PenaltyCase c, List<CaseDocument> documents) {
		Map<String, Boolean> items = new LinkedHashMap<>();
		java.util.function.Predicate<CaseDocument.Type> has = t -> documents.stream().anyMatch(d -> d.getDocType() == t);
		boolean general = c.getProcedureKind() == PenaltyCase.Procedure.GENERAL;
		if (general) {
			items.put("FILING", c.getFiledOn() != null && has.test(CaseDocument.Type.FILING_APPROVAL));
			items.put("EVIDENCE", evidence.countByCaseId(c.getId()) > 0);
			if (c.getOutcome() == Outcome.PENALTY) {
				items.put("NOTICE", c.getNoticeOn() != null && has.test(CaseDocument.Type.PRIOR_NOTICE));
			}
			if (c.getHearingNoticeOn() != null) {
				items.put("HEARING", c.getHearingHeldOn() != null && has.test(CaseDocument.Type.HEARING_NOTICE));
			}
			if (c.getReviewOn() != null || requiresLegalReview(c)) {
				items.put("REVIEW", c.getReviewOn() != null && has.test(CaseDocument.Type.REVIEW_OPINION));
			}
			if (requiresCollectiveDiscussion(c) && c.getOutcome() == Outcome.PENALTY) {
				items.put("DISCUSSION", c.getDiscussionOn() != null);
			}
		}
		items.put("DECISION", c.getDecidedOn() != null && has.test(CaseDocument.Type.DECISION));
		items.put("SERVICE", c.getServedOn() != null && (!general || has.test(CaseDocument.Type.SERVICE_RECEIPT)));
		if (c.getPenaltyKind() == PenaltyKind.FINE) {
			items.put("PAYMENT", c.getPaidOn() != null || c.getCourtAppliedOn() != null);
		}
		if (c.getUrgedOn() != null) {
			items.put("URGING", has.test(CaseDocument.Type.URGING_NOTICE));
		}
		if (c.getOutcome() == Outcome.PENALTY) {
			items.put("PUBLICATION", c.getPublishedOn() != null);
		}
		return items.entrySet().stream().map(e -> new CaseWork.FileItem(e.getKey(), e.getValue())).toList();
	}
}
