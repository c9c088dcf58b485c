package org.fazhi.shared;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from {@code 0-9A-HJ-NPQRTUWXY}, the
 * last a check character computed from the first 17.
 */
public final class CreditCodes {

	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static boolean valid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		String upper = code.toUpperCase(java.util.Locale.ROOT);
		for (int i = 0; i < 18; i++) {
			if (CHARACTERS.indexOf(upper.charAt(i)) < 0) {
				return false;
			}
		}
		return upper.charAt(17) == checkCharacter(upper.substring(0, 17));
	}

	/** The check character of the first 17 characters: (31 - sum mod 31) mod 31 as a code character. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARACTERS.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}
}
