package org.fazhi.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.organisation.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries a personal access token ({@code Authorization: Bearer fz_...}) for that
 * request only: no session is created. A token that is unknown, expired or revoked answers 401.
 */
class TokenAuthentication extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final AuthenticationEntryPoint unauthorised;

	TokenAuthentication(ApiTokens tokens, AuthenticationEntryPoint unauthorised) {
		this.tokens = tokens;
		this.unauthorised = unauthorised;
	}

	private static final String AUTHENTICATED = TokenAuthentication.class.getName() + ".authenticated";

	/** Whether a valid personal access token authenticated this API request. */
	static boolean authenticatedByToken(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
	}

	static String bearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return bearerToken(request) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = tokens.authenticate(bearerToken(request));
		if (user.isEmpty()) {
			unauthorised.commence(request, response, new BadCredentialsException("token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
