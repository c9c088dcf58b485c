package org.fazhi.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.AccountSessions;
import org.fazhi.organisation.FazhiUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account was deactivated, reset or given another role, scope or placement,
 * or its tenant was switched off: the request goes on as an anonymous one (so it is sent to sign in, or answered 401
 * on the API) and the session is invalidated. Token calls are checked by the token filter itself.
 */
class SessionFollowsAccount extends OncePerRequestFilter {

	private final AccountSessions sessions;
	private final AuditTrail trail;

	SessionFollowsAccount(AccountSessions sessions, AuditTrail trail) {
		this.sessions = sessions;
		this.trail = trail;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof FazhiUser user
				&& !TokenAuthentication.authenticatedByToken(request) && !sessions.stillValid(user)) {
			trail.record(user.tenantId(), user.accountId(), user.getUsername(), AuditAction.LOGOUT, "SESSION",
					user.accountId(), AuditOutcome.REFUSED, "session ended: account changed");
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}
}
