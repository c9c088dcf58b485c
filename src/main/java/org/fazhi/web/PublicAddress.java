package org.fazhi.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The address the platform is reached at ({@code FAZHI_PUBLIC_URL}): the only source of absolute URLs, never the
 * {@code Host} header a client sent. When it is https, the session cookie carries {@code Secure}.
 */
@Configuration(proxyBeanMethods = false)
class PublicAddress {

	@Bean
	ServletContextInitializer secureCookiesBehindHttps(@Value("${fazhi.public-url}") String publicUrl) {
		boolean https = "https".equalsIgnoreCase(URI.create(publicUrl.strip()).getScheme());
		return servletContext -> servletContext.getSessionCookieConfig().setSecure(https);
	}
}
