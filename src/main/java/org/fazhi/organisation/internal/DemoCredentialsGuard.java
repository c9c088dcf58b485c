package org.fazhi.organisation.internal;

import java.util.Locale;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application refuses to start while a demo password is configured or while any active
 * account still uses the demo password, so that a demo database can never go live with publicly known credentials.
 */
@Component
@Profile("!demo")
class DemoCredentialsGuard implements InitializingBean {

	static final String PASSWORD_PROPERTY = "fazhi.demo.password";

	private final Environment environment;
	private final StaffAccounts accounts;
	private final MessageSource messages;

	DemoCredentialsGuard(Environment environment, StaffAccounts accounts, MessageSource messages) {
		this.environment = environment;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public void afterPropertiesSet() {
		if (environment.containsProperty(PASSWORD_PROPERTY)) {
			throw refusal("startup.demoPasswordOutsideDemo", PASSWORD_PROPERTY);
		}
		long demoAccounts = accounts.countByActiveTrueAndDemoCredentialsTrue();
		if (demoAccounts > 0) {
			throw refusal("startup.demoAccountsOutsideDemo", demoAccounts);
		}
	}

	private IllegalStateException refusal(String key, Object argument) {
		Object[] arguments = { argument };
		return new IllegalStateException(messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE) + " / "
				+ messages.getMessage(key, arguments, Locale.ENGLISH));
	}
}
