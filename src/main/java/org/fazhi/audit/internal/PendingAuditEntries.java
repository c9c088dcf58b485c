package org.fazhi.audit.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.internal.AuditLog.Pending;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refusals, failures and reads recorded inside a transaction are written when the request ends, in a transaction of
 * their own: by then the request holds no connection, so writing them never waits for a second one (which, under
 * load, is how a connection pool deadlocks). The filter wraps every other, the security filters included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PendingAuditEntries extends OncePerRequestFilter {

	private static final String ATTRIBUTE = PendingAuditEntries.class.getName();

	private final AuditLog log;

	PendingAuditEntries(AuditLog log) {
		this.log = log;
	}

	/** Queues the entry for the end of the current request; false outside a request this filter wraps. */
	@SuppressWarnings("unchecked")
	public static boolean addToRequest(Pending entry) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return false;
		}
		var pending = (List<Pending>) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (pending == null) {
			return false;
		}
		pending.add(entry);
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Pending> pending = new ArrayList<>();
		request.setAttribute(ATTRIBUTE, pending);
		try {
			chain.doFilter(request, response);
		}
		finally {
			request.removeAttribute(ATTRIBUTE);
			if (!pending.isEmpty()) {
				log.appendAlone(List.copyOf(pending));
			}
		}
	}
}
