package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records refused reads in the audit trail: a signed-in user asking for a record that does not exist or lies outside
 * their tenant or scope (404), and, through {@link RefusedAccess}, a step their role does not allow (403). Probing
 * is what an intruder does, so it is kept; at most {@value #PER_MINUTE} entries a minute per account, then one entry
 * saying how many more were left out, so that nobody can flood the trail.
 */
@Component
class RefusedReads implements HandlerExceptionResolver, Ordered {

	static final int PER_MINUTE = 30;

	private final AuditTrail trail;
	private final org.fazhi.shared.PerMinute<Long> perAccount = new org.fazhi.shared.PerMinute<>();

	RefusedReads(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex instanceof NotFound) {
			record(request, "404");
		}
		return null; // the page or API answer is given by the usual resolvers
	}

	/** Records one refusal of the signed-in caller, within the rate limit. */
	void record(HttpServletRequest request, String status) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) {
			return;
		}
		int counted = perAccount.count(actor.accountId());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (counted <= PER_MINUTE) {
			trail.record(AuditAction.REFUSED, "REQUEST", null, AuditOutcome.REFUSED,
					status + " " + request.getMethod() + " " + path);
		}
		else if (counted == PER_MINUTE + 1) {
			trail.record(AuditAction.REFUSED, "REQUEST", null, AuditOutcome.REFUSED,
					"more than " + PER_MINUTE + " refused requests this minute; further ones are not recorded");
		}
	}
}
