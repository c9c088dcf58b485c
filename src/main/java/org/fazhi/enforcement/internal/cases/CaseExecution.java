package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达与执行: service of the decision (行政处罚法 第六十一条), deferment and instalments (第六十六条), payment and surcharge
 * (第六十七条、第七十二条), urging and the application to the court (第七十三条, 行政强制法 第五十四条).
 */
@Service
@Transactional
public class CaseExecution extends CaseProcedure {

	CaseExecution(Parts parts) {
		super(parts);
	}

	/** 行政处罚法 第七十二条第一款第一项: 3% of the fine a day. */
	static final int SURCHARGE_PERCENT_A_DAY = 3;

	/** 行政处罚法 第六十一条: served within seven working days; a later service is kept and shown as late. */
	public PenaltyCase serve(FazhiUser user, long id, LocalDate on, PenaltyCase.ServiceMethod method) {
		var c = whoseStep(CaseStep.SERVE, user, id);
		requireState(c, State.DECIDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		pass(CaseStep.SERVE, user, c, day);
		c.served(day, required("method", method));
		var service = completeOpen(user, c, StatutoryRule.PENALTY_SERVICE, day);
		if (c.getPenaltyKind() == PenaltyKind.FINE) {
			track(user, c, StatutoryRule.FINE_PAYMENT, day);
		}
		boolean late = service != null && Boolean.FALSE.equals(service.completedOnTime());
		log(user, c, day, "SERVED", late ? "caseLog.SERVED.late" : "caseLog.SERVED", CaseLog.label("serviceMethod." + method),
				late ? service.due() : "");
		audit(c, "served " + method + (late ? " late" : ""));
		return c;
	}

	/** The most instalments a payment plan may have. */
	static final int MAXIMUM_INSTALMENTS = 12;

	/** 行政处罚法 第六十六条第二款: deferred payment approved on the party's application. */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn) {
		return deferPayment(user, id, to, approvedBy, reason, approvedOn, null);
	}

	/**
	 * 行政处罚法 第六十六条第二款: payment deferred, or in {@code instalments} instalments, until {@code to}, approved on
	 * the party's application for economic hardship.
	 */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn, Integer instalments) {
		if (instalments != null && (instalments < 2 || instalments > MAXIMUM_INSTALMENTS)) {
			throw EnforcementRule.INSTALMENTS.refusal("instalments", MAXIMUM_INSTALMENTS);
		}
		var c = whoseStep(CaseStep.DEFER, user, id);
		requireState(c, State.SERVED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		var payment = openDeadline(c, StatutoryRule.FINE_PAYMENT);
		LocalDate until = required("to", to);
		if (payment == null || !until.isAfter(payment.due())) {
			throw EnforcementRule.DEFERRAL_LATER.refusal("to", payment == null ? null : payment.due());
		}
		LocalDate approved = notFuture("approvedOn", approvedOn);
		pass(CaseStep.DEFER, user, c, approved);
		// the extension lengthens the period itself: counted from the period's own end, not from the due date that a
		// weekend or holiday may already have moved (民事诉讼法 第八十五条), so that the new due date is never before `to`
		LocalDate periodEnd = payment.triggerDate().plusDays(StatutoryRule.FINE_PAYMENT.length() + payment.extensionLength());
		deadlines.extendForRecord(user, payment.id(), (int) ChronoUnit.DAYS.between(periodEnd, until),
				text("approvedBy", approvedBy, 100, true), text("reason", reason, 500, true), approved);
		c.deferred(until, instalments);
		log(user, c, approved, "PAYMENT_DEFERRED", instalments == null ? "caseLog.PAYMENT_DEFERRED"
				: "caseLog.PAYMENT_DEFERRED.instalments", until, instalments == null ? 0 : instalments);
		audit(c, "payment deferred to " + until);
		return c;
	}

	/**
	 * The late-payment surcharge of 行政处罚法 第七十二条第一款第一项 if the fine is paid on {@code paidOn}: 3% of the
	 * fine for each day after the payment period, never more than the fine.
	 */
	public long surcharge(PenaltyCase c, LocalDate paidOn) {
		if (c.getFine() == null) {
			return 0;
		}
		var payment = deadlines.ofRecord(c.getTenantId(), CaseWork.CASE, String.valueOf(c.getId())).stream()
			.filter(d -> d.rule() == StatutoryRule.FINE_PAYMENT).findFirst().orElse(null);
		if (payment == null || !paidOn.isAfter(payment.due())) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(payment.due(), paidOn);
		return Math.min(c.getFine(), c.getFine() * SURCHARGE_PERCENT_A_DAY * days / 100);
	}

	/**
	 * The bank's receipt of the fine (第六十七条: the deciding body does not collect it), with any surcharge due: the
	 * whole amount at once, or, where instalments were approved (第六十六条第二款), one instalment at a time until the
	 * fine is paid.
	 */
	public PenaltyCase recordPayment(FazhiUser user, long id, LocalDate on, Long amount) {
		var c = whoseStep(CaseStep.PAY, user, id);
		requireState(c, State.SERVED, State.COURT_APPLIED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getServedOn());
		pass(CaseStep.PAY, user, c, day);
		long surcharge = surcharge(c, day);
		long before = c.getAmountPaid() == null ? 0 : c.getAmountPaid();
		long outstanding = c.getFine() + surcharge - before;
		if (c.getInstalments() == null) {
			if (amount == null || amount != outstanding) {
				throw EnforcementRule.SURCHARGE.refusal("amount", c.getFine(), surcharge, outstanding);
			}
		}
		else if (amount == null || amount <= 0 || amount > outstanding) {
			throw new RuleViolation("amount", "case.pay.instalment", outstanding);
		}
		payments.save(new CasePayment(id, day, amount, user.accountId()));
		long total = before + amount;
		if (total < c.getFine() + surcharge) {
			c.partlyPaid(total);
			log(user, c, day, "PAID_INSTALMENT", "caseLog.PAID_INSTALMENT", amount, c.getFine() + surcharge - total);
			audit(c, "instalment paid " + amount);
			return c;
		}
		c.paid(day, total, surcharge);
		completeOpen(user, c, StatutoryRule.FINE_PAYMENT, day);
		log(user, c, day, "PAID", surcharge > 0 ? "caseLog.PAID.surcharge" : "caseLog.PAID", total, surcharge);
		audit(c, "paid " + total);
		return c;
	}

	/** The period for reconsideration and litigation after service ends six months on (行政诉讼法 第四十六条). */
	static final int LITIGATION_MONTHS = 6;

	/**
	 * 行政强制法 第五十四条: before applying to the court the body urges the party in writing; the urging is served
	 * only after the fine was due and not paid. The three months of 第五十三条 are tracked from the end of the periods
	 * for reconsideration and litigation.
	 */
	public PenaltyCase urge(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.URGE, user, id);
		requireState(c, State.SERVED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		var payment = openDeadline(c, StatutoryRule.FINE_PAYMENT);
		LocalDate day = notFuture("on", on);
		if (payment == null || !day.isAfter(payment.due())) {
			throw new RuleViolation("on", "case.urge.notDue", payment == null ? c.getServedOn() : payment.due());
		}
		if (c.getUrgedOn() != null) {
			throw new RuleViolation(null, "case.urge.already");
		}
		pass(CaseStep.URGE, user, c, day);
		c.urged(day);
		track(user, c, StatutoryRule.ENFORCEMENT_URGING, day);
		track(user, c, StatutoryRule.COURT_ENFORCEMENT, gates.remediesEnd(c));
		log(user, c, day, "URGED", "caseLog.URGED");
		audit(c, "urging notice served");
		return c;
	}

	/**
	 * 行政处罚法 第七十二条第一款第四项, 行政强制法 第五十三条、第五十四条: the body, which has no enforcement power of
	 * its own, applies to the court: after the urging and its ten working days, after the periods for reconsideration
	 * and litigation, and within three months of their end.
	 */
	public PenaltyCase applyToCourt(FazhiUser user, long id, LocalDate on, String court) {
		var c = whoseStep(CaseStep.COURT, user, id);
		requireState(c, State.SERVED);
		if (c.getUrgedOn() == null) {
			throw EnforcementRule.COURT_AFTER_URGING.refusal(null);
		}
		LocalDate day = notFuture("on", on);
		var closed = gates.courtRule(c, day);
		if (closed != null) {
			throw closed;
		}
		pass(CaseStep.COURT, user, c, day);
		c.appliedToCourt(day, text("court", court, 100, true));
		completeOpen(user, c, StatutoryRule.ENFORCEMENT_URGING, day);
		completeOpen(user, c, StatutoryRule.COURT_ENFORCEMENT, day);
		completeOpen(user, c, StatutoryRule.FINE_PAYMENT, day);
		log(user, c, day, "COURT_APPLIED", "caseLog.COURT_APPLIED", c.getCourt());
		audit(c, "applied to " + c.getCourt() + " for enforcement");
		return c;
	}
}
