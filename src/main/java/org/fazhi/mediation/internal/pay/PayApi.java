package org.fazhi.mediation.internal.pay;

import java.time.YearMonth;
import java.util.List;

import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 以案定补 as JSON: the sheet of a month, the roster of a year with cases handled and subsidy, and the standards with
 * their history; setting standards answers 400 with the message that refuses them, like the page.
 */
@RestController
class PayApi {

	/** The standards as the API takes them: from a month on ("2025-01"), per kind, in yuan. */
	record StandardsRequest(String from, List<CasePay.StandardInput> standards) {
	}

	record StandardView(Dispute.Kind kind, String validFrom, int amount, int majorAmount, long setBy,
			java.time.Instant setAt) {
	}

	private final CasePay pay;

	PayApi(CasePay pay) {
		this.pay = pay;
	}

	@GetMapping("/api/v1/mediation/pay")
	@PreAuthorize(PayPages.MAY_READ)
	CasePay.PaySheet sheet(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String month) {
		return pay.sheet(user, PayPages.month(pay, month));
	}

	@GetMapping("/api/v1/mediation/pay/standards")
	@PreAuthorize(PayPages.MAY_READ)
	List<StandardView> standards(@AuthenticationPrincipal FazhiUser user) {
		return pay.history(user.tenantId()).stream().map(PayApi::view).toList();
	}

	@PostMapping("/api/v1/mediation/pay/standards")
	@PreAuthorize(PayPages.MAY_SET)
	List<StandardView> setStandardsJson(@AuthenticationPrincipal FazhiUser user, @RequestBody StandardsRequest r) {
		return pay.setStandards(user, Input.trim(r.from()) == null ? null : PayPages.month(pay, r.from()), r.standards()).stream().map(PayApi::view).toList();
	}

	/** A mediator of the roster with the year's cases handled and subsidy (yuan, two decimals). */
	record RosterView(long mediatorId, String name, String body, String grade, String certificateNo,
			int trainingHours, Long accountId, long handled, int paidCases, java.math.BigDecimal subsidy) {
	}

	@GetMapping("/api/v1/mediation/pay/roster")
	@PreAuthorize(PayPages.MAY_READ)
	List<RosterView> roster(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Integer year) {
		int shown = year == null ? pay.thisMonth().getYear() : year;
		if (shown < 2000 || shown > 2100) {
			throw new RuleViolation("year", "mediationPay.year.invalid");
		}
		return pay.roster(user, shown).stream().map(r -> new RosterView(r.mediator().getId(),
				r.mediator().getFullName(), r.body(), r.mediator().getGrade().name(), r.mediator().getCertificateNo(),
				r.mediator().getTrainingHours(), r.mediator().getAccountId(), r.handled(), r.paidCases(),
				java.math.BigDecimal.valueOf(r.amountFen(), 2))).toList();
	}

	private static StandardView view(PayWeight w) {
		return new StandardView(w.getKind(), YearMonth.from(w.getValidFrom()).toString(), w.getAmount(),
				w.getMajorAmount(), w.getSetBy(), w.getSetAt());
	}
}
