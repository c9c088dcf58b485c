package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 告知、陈述申辩与听证: the notice of the intended penalty (行政处罚法 第四十四条), statement and defence (第四十五条) and the hearing
 * (第六十三条、第六十四条).
 */
@Service
@Transactional
public class CaseNotice extends CaseProcedure {

	CaseNotice(Parts parts) {
		super(parts);
	}

	/**
	 * 行政处罚法 第四十四条: the party is told the intended penalty, its facts, reasons and basis, and the right to state
	 * and defend, and (第六十三条) to ask for a hearing; the five working days of 第六十四条第一项 start.
	 */
	public PenaltyCase notifyIntendedPenalty(FazhiUser user, long id, LocalDate on, PenaltyKind kind, Long fine,
			DiscretionLevel level) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getFiledOn());
		pass(CaseStep.NOTICE, user, c, day);
		var matter = matterOf(c);
		checkPenalty(c, matter, required("proposedKind", kind), fine, level);
		boolean hearing = gates.hearingRight(c.getPartyKind(), kind, fine);
		c.notified(day, kind, kind == PenaltyKind.FINE ? fine : null, level, hearing);
		// 行政处罚法 第四十五条: the period to state and defend, as long as the office's rules set it
		var period = deadlines.register(new RegisterDeadline(c.getTenantId(), officerDepartment(user, c),
				c.getCommunityId(), CaseWork.CASE, String.valueOf(c.getId()), title(c), StatutoryRule.STATEMENT_DEFENCE, day,
				c.getOfficer1Id(), user.accountId(), gates.defenceWorkingDays()));
		c.defencePeriod(period.due());
		if (hearing) {
			track(user, c, StatutoryRule.HEARING_REQUEST, day);
		}
		log(user, c, day, "NOTIFIED", kind == PenaltyKind.FINE ? "caseLog.NOTIFIED.fine" : "caseLog.NOTIFIED",
				CaseLog.label("penaltyKind." + kind), fine == null ? 0L : fine, hearing ? CaseLog.label("caseLog.hearingRight") : "",
				c.getDefenceDueOn());
		audit(c, "notified " + kind + " " + fine);
		return c;
	}

	/**
	 * 行政处罚法 第四十五条: the party's statement and defence are heard and recorded, and reviewed (复核): which points
	 * were adopted and why, which not and why. The period to be heard ends with it.
	 */
	public PenaltyCase recordDefence(FazhiUser user, long id, LocalDate on, String text, boolean adopted,
			String review) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.DEFENCE, user, c, day);
		c.defence(day, text("defenceText", text, 2000, true), adopted, text("defenceReview", review, 2000, true));
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		log(user, c, day, "DEFENCE", adopted ? "caseLog.DEFENCE.adopted" : "caseLog.DEFENCE.notAdopted");
		audit(c, "defence recorded and reviewed");
		return c;
	}

	/** The party's written waiver of statement and defence (第四十五条): the decision need not wait out the period. */
	public PenaltyCase waiveDefence(FazhiUser user, long id, LocalDate on, String waiver) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.DEFENCE_WAIVER, user, c, day);
		c.defenceWaived(day, text("waiver", waiver, 500, true));
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		log(user, c, day, "DEFENCE_WAIVED", "caseLog.DEFENCE_WAIVED", c.getDefenceWaiver());
		audit(c, "statement and defence waived in writing");
		return c;
	}

	/** 行政处罚法 第六十四条第一项: a hearing is asked for within five working days of the notice. */
	public PenaltyCase requestHearing(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.HEARING_REQUEST, user, id);
		requireState(c, State.NOTIFIED);
		if (!c.isHearingRight()) {
			throw EnforcementRule.HEARING_RIGHT.refusal(null);
		}
		if (c.getHearingRequestedOn() != null || c.getHearingWaivedOn() != null) {
			throw new RuleViolation(null, "case.hearing.alreadyAnswered");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		var due = calendar.due(StatutoryRule.HEARING_REQUEST, c.getNoticeOn()).due();
		if (day.isAfter(due)) {
			throw EnforcementRule.HEARING_REQUEST_PERIOD.refusal("on", due);
		}
		pass(CaseStep.HEARING_REQUEST, user, c, day);
		c.hearingRequested(day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		event(user, c, day, "HEARING_REQUESTED", null);
		audit(c, "hearing requested");
		return c;
	}

	/** The party declined the hearing it may ask for: the decision need not wait out the five working days. */
	public PenaltyCase waiveHearing(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.HEARING_WAIVER, user, id);
		requireState(c, State.NOTIFIED);
		if (!c.isHearingRight() || c.getHearingRequestedOn() != null || c.getHearingWaivedOn() != null) {
			throw new RuleViolation(null, "case.hearing.alreadyAnswered");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.HEARING_WAIVER, user, c, day);
		c.hearingWaived(day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		event(user, c, day, "HEARING_WAIVED", null);
		audit(c, "hearing waived");
		return c;
	}

	/**
	 * 行政处罚法 第六十四条第二项、第四项: the hearing is notified at least seven working days before it, and chaired by
	 * someone who did not investigate the case.
	 */
	public PenaltyCase noticeHearing(FazhiUser user, long id, LocalDate noticeOn, LocalDate hearingOn, String place,
			Long chairId) {
		var c = whoseStep(CaseStep.HEARING_NOTICE, user, id);
		requireState(c, State.HEARING);
		LocalDate notice = notBefore("noticeOn", notFuture("noticeOn", noticeOn), c.getHearingRequestedOn());
		LocalDate hearing = required("hearingOn", hearingOn);
		// the last day on which the notice may go out for a hearing on that day (seven working days before it)
		var latest = calendar.due(StatutoryRule.HEARING_NOTICE, hearing).due();
		if (notice.isAfter(latest)) {
			throw EnforcementRule.HEARING_NOTICE_PERIOD.refusal("hearingOn", latest, hearing);
		}
		var chair = directory.staffMember(user.tenantId(), required("chairId", chairId))
			.orElseThrow(() -> new RuleViolation("chairId", "case.hearing.chairUnknown"));
		if (c.investigatedBy(chair.accountId())) {
			throw EnforcementRule.HEARING_CHAIR.refusal("chairId");
		}
		pass(CaseStep.HEARING_NOTICE, user, c, notice);
		c.hearingNotified(notice, hearing, text("place", place, 200, true), chair.accountId(), chair.fullName());
		log(user, c, notice, "HEARING_NOTICE", "caseLog.HEARING_NOTICE", hearing, c.getHearingPlace(), chair.fullName());
		audit(c, "hearing notified for " + hearing);
		return c;
	}

	/** 行政处罚法 第六十四条第八项、第六十五条: the hearing is recorded, and the decision is made on its record. */
	public PenaltyCase recordHearing(FazhiUser user, long id, LocalDate on, String record) {
		var c = whoseStep(CaseStep.HEARING_RECORD, user, id);
		requireState(c, State.HEARING);
		if (c.getHearingOn() == null) {
			throw new RuleViolation(null, "case.hearing.notNotified");
		}
		LocalDate day = notFuture("on", on);
		if (day.isBefore(c.getHearingOn())) {
			throw new RuleViolation("on", "case.hearing.beforeDay", c.getHearingOn());
		}
		pass(CaseStep.HEARING_RECORD, user, c, day);
		c.hearingHeld(day, text("hearingRecord", record, 2000, true));
		event(user, c, day, "HEARING_HELD", null);
		audit(c, "hearing held");
		return c;
	}
}
