package org.fazhi.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/** A signed-in user's action outside their permissions: recorded in the audit trail, answered with 403. */
@Component
class RefusedAccess implements AccessDeniedHandler {

	private final AuditTrail trail;
	private final RefusedReads refusals;
	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	RefusedAccess(AuditTrail trail, RefusedReads refusals) {
		this.trail = trail;
		this.refusals = refusals;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			trail.record(AuditAction.REFUSED, "REQUEST", null, AuditOutcome.REFUSED,
					"CSRF " + request.getMethod() + " " + path);
		}
		else {
			refusals.record(request, "403");
		}
		answer.handle(request, response, denied);
	}
}
