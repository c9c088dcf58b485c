package org.fazhi.organisation.internal;

/** Input clean-up shared by the forms: surrounding blanks (including full-width spaces) are never part of a value. */
final class Text {

	private Text() {
	}

	static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
