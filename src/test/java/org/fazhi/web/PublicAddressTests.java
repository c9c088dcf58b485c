package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/** The session cookie carries Secure exactly when the configured public address is https. */
class PublicAddressTests {

	@Test
	void cookiesAreSecureBehindHttpsOnly() throws Exception {
		var https = new MockServletContext();
		new PublicAddress().secureCookiesBehindHttps("https://fazhi.luohu.gov.cn").onStartup(https);
		assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
		var http = new MockServletContext();
		new PublicAddress().secureCookiesBehindHttps("http://localhost:8080").onStartup(http);
		assertThat(http.getSessionCookieConfig().isSecure()).isFalse();
	}
}
