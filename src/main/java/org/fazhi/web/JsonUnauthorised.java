package org.fazhi.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** The API's answer to a call without a valid session or token: 401 with a JSON message, never a login page. */
class JsonUnauthorised implements AuthenticationEntryPoint {

	private final MessageSource messages;
	private final LocaleResolver locales;

	JsonUnauthorised(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		var locale = locales.resolveLocale(request);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/json;charset=UTF-8");
		response.getWriter().write(JsonMapper.shared().writeValueAsString(java.util.Map.of("status", 401, "message",
				messages.getMessage("api.unauthorised", null, locale))));
	}
}
