package org.fazhi.enforcement.internal.publication;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.enforcement.internal.cases.CaseRecords;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Publication after enforcement (公示): the penalty decisions of a subdistrict, readable without signing in. What is
 * published is built from the structured fields (a person's name as 张某, an organisation with its name and credit
 * code, the matter, its legal basis, the penalty) and the summary written for publication, which the publication step
 * screened for identity and phone numbers, names and home addresses (个人信息保护法); the facts as investigated are never
 * published. A decision
 * changed or revoked is withdrawn (行政处罚法 第四十八条第二款) and no longer listed.
 */
@Controller
public class PublicDecisions {

	/** A decision as the public reads it. */
	record PublicDecision(String decisionNo, String party, String creditCode, String matter, EnforcementDomain domain,
			String summary, String legalBasis, PenaltyCase.PenaltyKind penaltyKind, Long fine, LocalDate decidedOn, LocalDate publishedOn,
			boolean publishedOnTime) {
	}

	record PublicDecisionList(String tenant, String name, int year, List<PublicDecision> decisions) {
	}

	private final OrganisationDirectory directory;
	private final CaseRecords cases;
	private final EnforcementMatters matters;
	private final StatutoryCalendar calendar;

	PublicDecisions(OrganisationDirectory directory, CaseRecords cases, EnforcementMatters matters,
			StatutoryCalendar calendar) {
		this.directory = directory;
		this.cases = cases;
		this.matters = matters;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	PublicDecisionList decisions(String tenantCode, String yearText) {
		var tenant = directory.activeTenant(tenantCode).orElseThrow(() -> new NotFound("tenant", tenantCode));
		int year;
		try {
			year = yearText == null || yearText.isBlank() ? Year.now().getValue() : Integer.parseInt(yearText.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("year", "metrics.year");
		}
		if (year < 2000 || year > Year.now().getValue() + 1) {
			throw new RuleViolation("year", "metrics.year");
		}
		var byId = new java.util.HashMap<Long, EnforcementMatter>();
		matters.findByTenantIdOrderByCode(tenant.id()).forEach(m -> byId.put(m.getId(), m));
		var periods = calendar.periods();
		var list = cases.published(tenant.id(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
			.map(c -> {
				var matter = byId.get(c.getMatterId());
				LocalDate due = periods.after(c.getDecidedOn(), StatutoryRule.PENALTY_PUBLICATION.length(),
						StatutoryRule.PENALTY_PUBLICATION.unit()).due();
				String party = party(c);
				return new PublicDecision(c.getDecisionNo(), party, c.isPerson() ? null : c.getPartyCode(),
						matter.getName(), matter.getDomain(), c.getPublicSummary(), matter.getCitation(),
						c.getPenaltyKind(), c.getFine(), c.getDecidedOn(), c.getPublishedOn(), !c.getPublishedOn().isAfter(due));
			})
			.toList();
		return new PublicDecisionList(tenant.code(), tenant.city() + tenant.district() + tenant.name(), year, list);
	}

	/** 张三 becomes 张某; an organisation keeps its name. */
	public static String party(PenaltyCase c) {
		return c.isPerson() ? maskName(c.getPartyName()) : c.getPartyName();
	}

	public static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, 1) + "某";
	}

	@GetMapping("/public/enforcement/decisions")
	String page(@RequestParam(required = false) String tenant, @RequestParam(required = false) String year,
			Model model, jakarta.servlet.http.HttpServletResponse response) {
		if (directory.activeTenant(tenant).isEmpty()) {
			throw new org.fazhi.shared.UnknownPublicTenant(tenant);
		}
		try {
			model.addAttribute("list", decisions(tenant, year));
		}
		catch (RuleViolation unreadableYear) {
			// a year that cannot be read: the current year's list, saying so, answered 400
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("badYear", true);
			model.addAttribute("list", decisions(tenant, null));
		}
		return "enforcement/publication/public-decisions";
	}

	/** The same list as JSON, for the provincial publication platform and anyone else (no login). */
	@org.springframework.web.bind.annotation.RestController
	static class Json {

		private final PublicDecisions decisions;

		Json(PublicDecisions decisions) {
			this.decisions = decisions;
		}

		@GetMapping("/api/v1/public/enforcement/decisions")
		PublicDecisionList json(@RequestParam(required = false) String tenant,
				@RequestParam(required = false) String year) {
			return decisions.decisions(tenant, year);
		}
	}
}
