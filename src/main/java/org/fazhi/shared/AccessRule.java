package org.fazhi.shared;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * A URL-level permission a module declares as a bean, checked by the security filter chain before any request body
 * is read: for endpoints whose body validation would otherwise answer an unauthorised caller before the method's own
 * {@code @PreAuthorize} does.
 *
 * @param method the HTTP method the rule covers
 * @param pattern the path pattern
 * @param roles role names without the {@code ROLE_} prefix
 */
public record AccessRule(HttpMethod method, String pattern, List<String> roles) {

	public AccessRule {
		roles = List.copyOf(roles);
	}
}
