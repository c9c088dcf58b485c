package org.fazhi.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Clean-up and parsing of what people type, shared by every form and request parameter. */
public final class Input {

	private Input() {
	}

	/** Surrounding blanks (including full-width spaces) are never part of a value; a blank value is no value. */
	public static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * A required ISO date (YYYY-MM-DD), refused with a message naming the field when missing or not a real date.
	 */
	public static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "calendar.date.required", field);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "calendar.date.format", field, value);
		}
	}
}
