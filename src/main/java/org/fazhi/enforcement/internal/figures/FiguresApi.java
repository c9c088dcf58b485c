package org.fazhi.enforcement.internal.figures;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fazhi.enforcement.EnforcementFigures;
import org.fazhi.shared.Actor;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's subdistrict's enforcement figures of a year: {@code {"year": ..., "metrics": {"code": value}}}, for
 * those who read the whole tenant (403 for everyone else).
 */
@RestController
@RequestMapping("/api/v1/enforcement/metrics")
class FiguresApi {

	private final EnforcementFigures figures;

	FiguresApi(EnforcementFigures figures) {
		this.figures = figures;
	}

	@GetMapping
	Map<String, Object> metrics(@AuthenticationPrincipal Actor user, @RequestParam(required = false) String year) {
		// the figures count every record of the tenant: only who reads every record of the tenant reads them, so
		// that figures, lists and details always agree (the one data-scope rule)
		if (!(user instanceof org.fazhi.organisation.FazhiUser staff) || !EnforcementFigures.readableBy(staff)) {
			throw new org.springframework.security.access.AccessDeniedException("figures count the whole tenant");
		}
		int value;
		try {
			value = Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("year", "metrics.year");
		}
		if (value < 2000 || value > Year.now().getValue() + 1) {
			throw new RuleViolation("year", "metrics.year");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", value);
		body.put("metrics", figures.of(user.tenantId(), value));
		return body;
	}

}
