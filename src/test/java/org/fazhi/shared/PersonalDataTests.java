package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 公民身份号码 check characters (GB 11643-1999) and masking. */
class PersonalDataTests {

	@Test
	void acceptsAnIdentityNumberWithTheRightCheckCharacterPerGb11643() {
		assertThat(PersonalData.validIdentityNumber("11010519491231002X")).isTrue();
		assertThat(PersonalData.validIdentityNumber("11010519491231002x")).isTrue();
		assertThat(PersonalData.validIdentityNumber("110105194912310021")).isFalse();
		assertThat(PersonalData.validIdentityNumber("1101051949123100")).isFalse();
		assertThat(PersonalData.withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
	}

	@Test
	void checksPhoneNumbers() {
		assertThat(PersonalData.validPhone("13812345678")).isTrue();
		assertThat(PersonalData.validPhone("0755-25661234")).isTrue();
		assertThat(PersonalData.validPhone("12812345678")).isFalse();
		assertThat(PersonalData.validPhone("138123")).isFalse();
	}

	@Test
	void masksAsOfficesDo() {
		assertThat(PersonalData.maskIdentityNumber("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
	}
}
