package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 统一社会信用代码 check characters (GB 32100-2015). */
class CreditCodesTests {

	@Test
	void acceptsACodeWithTheRightCheckCharacterPerGb32100() {
		assertThat(CreditCodes.valid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.valid("91350100m000100y43")).isTrue();
		assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void refusesAWrongCheckCharacterAForbiddenLetterOrAWrongLength() {
		assertThat(CreditCodes.valid("91350100M000100Y44")).isFalse();
		assertThat(CreditCodes.valid("91350100M000100Z43")).isFalse();
		assertThat(CreditCodes.valid("91350100M000100Y4")).isFalse();
		assertThat(CreditCodes.valid(null)).isFalse();
	}
}
