package org.fazhi.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form submission carries a one-time token ({@code _submission}, added to every form by fazhi.js). The first
 * submission with a token runs; a second one with the same token (a double click, a retry after a timeout, the back
 * button) does not run again: it is sent where the first one was sent, or, while the first is still running, told
 * to wait. A submission that ended without a redirect (a form shown again with its refusal) frees its token, since it
 * changed nothing. Tokens are kept per session, the last {@value #KEPT} of them.
 */
@Component
class OneTimeSubmissions extends OncePerRequestFilter {

	static final String PARAMETER = "_submission";
	static final int KEPT = 200;
	private static final String RUNNING = "";
	private static final String ATTRIBUTE = OneTimeSubmissions.class.getName();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getParameter(PARAMETER);
		HttpSession session = request.getSession(false);
		if (token == null || token.isBlank() || token.length() > 64 || session == null) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String> seen = seen(session);
		String earlier;
		synchronized (seen) {
			earlier = seen.putIfAbsent(token, RUNNING);
		}
		if (earlier != null) {
			if (earlier.equals(RUNNING)) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("此表单已提交，正在处理，请稍候刷新页面。 This form was sent already and is being processed.");
			}
			else {
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", earlier);
			}
			return;
		}
		var recording = new Recording(response);
		boolean done = false;
		try {
			chain.doFilter(request, recording);
			done = recording.location != null;
		}
		finally {
			synchronized (seen) {
				if (done) {
					seen.put(token, recording.location);
				}
				else {
					seen.remove(token);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> seen(HttpSession session) {
		synchronized (session) {
			var seen = (Map<String, String>) session.getAttribute(ATTRIBUTE);
			if (seen == null) {
				seen = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
					@Override
					protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
						return size() > KEPT;
					}
				});
				session.setAttribute(ATTRIBUTE, seen);
			}
			return seen;
		}
	}

	/** Remembers where the submission was redirected. */
	private static final class Recording extends HttpServletResponseWrapper {

		private String location;

		Recording(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String target) throws IOException {
			this.location = target;
			super.sendRedirect(target);
		}
	}
}
