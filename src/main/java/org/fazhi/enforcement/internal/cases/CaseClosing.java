package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.internal.cases.CaseWork.FileItem;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 中止、终结与结案: suspension and resumption, ending a case, and closing it with its file complete. */
@Service
@Transactional
public class CaseClosing extends CaseProcedure {

	CaseClosing(Parts parts) {
		super(parts);
	}

	/** Suspension (中止): the 90 days of 第六十条 stop running until the case resumes. */
	public PenaltyCase suspend(FazhiUser user, long id, LocalDate from, String reason) {
		var c = whoseStep(CaseStep.SUSPEND, user, id);
		requireState(c, State.FILED, State.NOTIFIED);
		LocalDate day = notFuture("from", from);
		pass(CaseStep.SUSPEND, user, c, day);
		deadlines.pauseForRecord(user, c.getDecisionDeadlineId(), day, text("reason", reason, 500, true));
		c.suspended(day);
		log(user, c, day, "SUSPENDED", "caseLog.SUSPENDED", reason);
		audit(c, "suspended");
		return c;
	}

	public PenaltyCase resume(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.RESUME, user, id);
		requireState(c, State.SUSPENDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getSuspendedFrom());
		pass(CaseStep.RESUME, user, c, day);
		deadlines.resumeForRecord(user, c.getDecisionDeadlineId(), day);
		c.resumed();
		log(user, c, day, "RESUMED", "caseLog.RESUMED");
		audit(c, "resumed");
		return c;
	}

	/**
	 * Transfer (第二十七条、第五十七条第一款第四项: a suspected crime goes to the judicial organs; a matter outside the
	 * subdistrict's powers to the competent body) or termination (终止): the case ends without a decision.
	 */
	public PenaltyCase end(FazhiUser user, long id, LocalDate on, boolean transfer, String to, String reason) {
		var c = whoseStep(CaseStep.END, user, id);
		requireState(c, State.REGISTERED, State.FILED, State.NOTIFIED, State.SUSPENDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getRegisteredOn());
		String text = text("reason", reason, 500, true);
		String receiver = transfer ? text("transferredTo", to, 200, true) : null;
		pass(CaseStep.END, user, c, day);
		// a suspended case's paused 90 days are resumed and completed by completeOpen
		completeOpen(user, c, StatutoryRule.PENALTY_DECISION, day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		c.ended(transfer ? State.TRANSFERRED : State.TERMINATED, day, text, receiver);
		log(user, c, day, transfer ? "TRANSFERRED" : "TERMINATED", transfer ? "caseLog.TRANSFERRED" : "caseLog.TERMINATED",
				transfer ? receiver : text, text);
		audit(c, transfer ? "transferred to " + receiver : "terminated");
		return c;
	}

	/** The completeness check of the case file: what the procedure the case took requires, and whether it is there. */
	public List<FileItem> fileCheck(PenaltyCase c, List<CaseDocument> documents) {
		return gates.fileCheck(c, documents);
	}

	/** 结案: only with a complete case file. */
	public PenaltyCase close(FazhiUser user, long id, LocalDate on, List<CaseDocument> documents) {
		var c = whoseStep(CaseStep.CLOSE, user, id);
		requireState(c, State.SERVED, State.EXECUTED, State.COURT_APPLIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getServedOn());
		long missing = fileCheck(c, documents).stream().filter(i -> !i.present()).count();
		if (missing > 0) {
			throw new RuleViolation(null, "case.close.incomplete", missing);
		}
		pass(CaseStep.CLOSE, user, c, day);
		c.closed(day);
		log(user, c, day, "CLOSED", "caseLog.CLOSED");
		audit(c, "closed");
		return c;
	}
}
