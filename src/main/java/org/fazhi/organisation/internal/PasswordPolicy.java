package org.fazhi.organisation.internal;

import java.util.Locale;

import org.fazhi.shared.RuleViolation;

/**
 * The password rule for staff accounts: at least 10 characters, with letters, digits and a symbol, and not containing
 * the user name.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			throw new RuleViolation(field, "password.tooShort", MINIMUM_LENGTH);
		}
		boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean symbol = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
		if (!(letter && digit && symbol)) {
			throw new RuleViolation(field, "password.classes");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new RuleViolation(field, "password.containsUsername");
		}
	}
}
