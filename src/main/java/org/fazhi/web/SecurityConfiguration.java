package org.fazhi.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.AccountSessions;
import org.fazhi.organisation.ApiTokens;
import org.fazhi.shared.AccessRule;
import org.fazhi.shared.PublicPaths;
import org.springframework.http.HttpMethod;
import org.springframework.context.MessageSource;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Pages and the JSON API need a signed-in account; what a role may do is decided by the
 * controllers' method security, what it may read by the queries. Health is public, metrics only from the configured
 * networks (a Prometheus server on the internal network).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${fazhi.metrics.allowed-networks}") List<String> metricsNetworks, List<PublicPaths> publicPaths,
			List<AccessRule> accessRules, RefusedAccess refusedAccess, ApiTokens tokens, MessageSource messages,
			LocaleResolver locales, AccountSessions sessions, AuditTrail trail) throws Exception {
		var unauthorised = new JsonUnauthorised(messages, locales);
		String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, open)
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.access(fromNetworks(metricsNetworks))
			.requestMatchers("/actuator/**")
			.denyAll())
			.authorizeHttpRequests(requests -> accessRules.forEach(rule -> requests
				.requestMatchers(rule.method(), rule.pattern())
				.hasAnyRole(rule.roles().toArray(String[]::new))))
			.authorizeHttpRequests(requests -> requests.anyRequest().access(SecurityConfiguration::signedInAndConfined))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refusedAccess)
				.defaultAuthenticationEntryPointFor(unauthorised, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		// programs authenticate each API call with a personal access token; such calls carry no session, hence no
		// CSRF. Only a call on /api/** that a valid token authenticated skips the check: the token filter runs before
		// the CSRF filter and marks the request; any other Authorization header changes nothing.
		http.addFilterBefore(new TokenAuthentication(tokens, unauthorised), CsrfFilter.class)
			.addFilterBefore(new SessionFollowsAccount(sessions, trail), CsrfFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(TokenAuthentication::authenticatedByToken));
		return http.build();
	}

	/**
	 * What the platform operator may reach: the subdistricts, the verification of every audit chain and the
	 * sign-ins no tenant owns, their own account. Nothing of any tenant's records.
	 */
	static final List<String> PLATFORM_OPERATOR_PATHS = List.of("/", "/organisation/tenants", "/organisation/tenants/**",
			"/audit/verify", "/audit/sign-ins", "/api/v1/audit/verify", "/account/**");

	private static AuthorizationDecision signedInAndConfined(
			java.util.function.Supplier<? extends org.springframework.security.core.Authentication> authentication,
			RequestAuthorizationContext context) {
		var who = authentication.get();
		if (who == null || !who.isAuthenticated()
				|| who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
			return new AuthorizationDecision(false);
		}
		boolean operator = who.getAuthorities().stream().anyMatch(a -> "ROLE_PLATFORM_OPERATOR".equals(a.getAuthority()));
		if (!operator) {
			return new AuthorizationDecision(true);
		}
		var request = context.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		var matcher = new org.springframework.util.AntPathMatcher();
		return new AuthorizationDecision(PLATFORM_OPERATOR_PATHS.stream().anyMatch(p -> matcher.match(p, path)));
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromNetworks(List<String> networks) {
		List<IpAddressMatcher> matchers = networks.stream().map(String::strip).filter(n -> !n.isEmpty())
			.map(IpAddressMatcher::new).toList();
		return (authentication, context) -> {
			HttpServletRequest request = context.getRequest();
			return new AuthorizationDecision(matchers.stream().anyMatch(m -> m.matches(request)));
		};
	}
}
