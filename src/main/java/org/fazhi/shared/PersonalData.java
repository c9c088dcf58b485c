package org.fazhi.shared;

import java.util.regex.Pattern;

/**
 * Identity numbers (公民身份号码, GB 11643-1999) and phone numbers: checking and masking. Personal data is shown masked
 * unless a role allowed to see it asks, and each such look is audited (个人信息保护法).
 */
public final class PersonalData {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private PersonalData() {
	}

	/**
	 * Whether a citizen identity number has 18 characters, a birth date that exists (not before 1900, not in the
	 * future) and the right check character (GB 11643-1999).
	 */
	public static boolean validIdentityNumber(String number) {
		if (number == null || !number.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		try {
			var born = java.time.LocalDate.parse(number.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			if (born.getYear() < 1900 || born.isAfter(java.time.LocalDate.now(HumanDates.ZONE))) {
				return false;
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return Character.toUpperCase(number.charAt(17)) == CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** The 18-character number whose first 17 digits are given: the check character appended (GB 11643-1999). */
	public static String withCheckCharacter(String first17) {
		if (first17 == null || !first17.matches("\\d{17}")) {
			throw new IllegalArgumentException("17 digits expected");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** A mainland mobile number (11 digits starting 13-19) or a landline with area code. */
	public static boolean validPhone(String phone) {
		return phone != null && (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches());
	}

	/** 110105********002X: the six-digit region code and the last four characters remain. */
	public static String maskIdentityNumber(String number) {
		if (number == null || number.length() < 10) {
			return number == null ? null : "*".repeat(number.length());
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}

	/** 138****5678: the first three and last four digits remain. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}
}
