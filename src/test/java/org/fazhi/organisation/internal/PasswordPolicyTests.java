package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsALongPasswordWithLettersDigitsAndASymbol() {
		assertThatCode(() -> PasswordPolicy.check("p", "Donghu#2024x", "zhang")).doesNotThrowAnyException();
	}

	@Test
	void refusesAShortPassword() {
		assertThatThrownBy(() -> PasswordPolicy.check("p", "Ab#12345", "zhang"))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "password.tooShort");
	}

	@Test
	void refusesAPasswordWithoutASymbol() {
		assertThatThrownBy(() -> PasswordPolicy.check("p", "Donghu20241", "zhang"))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "password.classes");
	}

	@Test
	void refusesAPasswordContainingTheUserName() {
		assertThatThrownBy(() -> PasswordPolicy.check("p", "Zhang.wei#2024", "zhang.wei"))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "password.containsUsername");
	}
}
