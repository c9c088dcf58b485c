package org.fazhi.mediation.internal.pay;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.SheetWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mediators' subsidy per case (以案定补, 深圳条例 第八十一条): the sheet of a month with each mediator's cases by kind
 * and amount, its export, and the standards per dispute kind, set by the justice office from a month on; as pages and
 * as JSON.
 */
@Controller
class PayPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'MEDIATOR', 'AUDITOR')";
	static final String MAY_SET = "hasAnyRole('ADMIN', 'LEGAL_OFFICER')";

	private final CasePay pay;
	private final Refusals refusals;
	private final AuditTrail trail;

	PayPages(CasePay pay, Refusals refusals, AuditTrail trail) {
		this.pay = pay;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry mediationPayNavigation() {
		return new NavigationEntry(54, "mediation", "nav.mediationPay", "/mediation/pay",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "MEDIATOR", "AUDITOR"));
	}

	/** The month asked for, by default the last one (a month is paid once it is over). */
	static YearMonth month(CasePay pay, String text) {
		if (Input.trim(text) == null) {
			return pay.thisMonth().minusMonths(1);
		}
		try {
			var month = YearMonth.parse(text.strip());
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				throw new RuleViolation("month", "mediationPay.month.invalid");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("month", "mediationPay.month.invalid");
		}
	}

	@GetMapping("/mediation/pay")
	@PreAuthorize(MAY_READ)
	String page(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String month, Model model) {
		YearMonth shown;
		try {
			shown = month(pay, month);
		}
		catch (RuleViolation ex) {
			model.addAttribute("monthInvalid", true);
			shown = pay.thisMonth().minusMonths(1);
		}
		model.addAttribute("sheet", pay.sheet(user, shown));
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("monthLabel", shown.format(java.time.format.DateTimeFormatter.ofPattern(
				"zh".equals(locale.getLanguage()) ? "yyyy年M月" : "MMMM yyyy", locale)));
		model.addAttribute("kinds", Dispute.Kind.values());
		model.addAttribute("maySet", CasePay.setsStandards(user));
		model.addAttribute("nextFrom", pay.thisMonth().toString());
		model.addAttribute("current", pay.standards(user.tenantId(), pay.thisMonth()));
		model.addAttribute("history", pay.history(user.tenantId()));
		model.addAttribute("mostPerCase", CasePay.MOST_PER_CASE);
		model.addAttribute("roster", pay.roster(user, shown.getYear()));
		model.addAttribute("rosterYear", shown.getYear());
		return "mediation/pay/pay";
	}

	@PostMapping("/mediation/pay/standards")
	@PreAuthorize(MAY_SET)
	String setStandards(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String from,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/pay", CasePay.WEIGHT, null, () -> {
			List<CasePay.StandardInput> standards = new ArrayList<>();
			for (Dispute.Kind kind : Dispute.Kind.values()) {
				Long amount = Input.number("amount_" + kind.name(), form.get("amount_" + kind.name()));
				Long major = Input.number("majorAmount_" + kind.name(), form.get("majorAmount_" + kind.name()));
				if (amount != null || major != null) {
					standards.add(new CasePay.StandardInput(kind, bounded(amount), bounded(major)));
				}
			}
			pay.setStandards(user, Input.trim(from) == null ? null : month(pay, from), standards);
		});
	}

	/** A long as entered, kept within int so the range check of the standard speaks, not an overflow. */
	private static Integer bounded(Long value) {
		return value == null ? null : (int) Math.max(-1, Math.min(value, CasePay.MOST_PER_CASE + 1L));
	}

	@GetMapping("/mediation/pay/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String month,
			HttpServletResponse response) throws IOException {
		YearMonth asked;
		try {
			asked = month(pay, month);
		}
		catch (RuleViolation ex) {
			// the page says what is wrong with the month
			response.sendRedirect("/mediation/pay?month=" + java.net.URLEncoder.encode(month,
					java.nio.charset.StandardCharsets.UTF_8));
			return;
		}
		var sheet = pay.sheet(user, asked);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"mediation-pay-" + sheet.month() + ".xlsx\"");
		List<String> columns = new ArrayList<>(List.of("month", "account_id", "mediator", "dispute_id", "dispute_no",
				"kind", "major_difficult", "effective_on", "mediators", "share_yuan"));
		try (var out = new SheetWriter("mediation_pay", columns.toArray(String[]::new))) {
			long rows = 0;
			for (CasePay.PayLine line : sheet.lines()) {
				for (CasePay.PaidCase paid : line.paid()) {
					out.row(sheet.month().toString(), line.accountId(), line.name(), paid.disputeId(), paid.disputeNo(),
							paid.kind(), paid.major(), paid.effectiveOn(), paid.mediators(),
							java.math.BigDecimal.valueOf(paid.shareFen(), 2));
					rows++;
				}
			}
			trail.record(AuditAction.EXPORT, CasePay.WEIGHT, null, AuditOutcome.SUCCESS,
					"pay sheet " + sheet.month() + " rows " + rows);
			out.writeTo(response.getOutputStream());
		}
	}
}
