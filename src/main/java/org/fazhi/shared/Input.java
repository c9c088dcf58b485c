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

	/** A choice of a form's list by its code; none when blank; an unknown code refused with the field's name. */
	public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
		String text = trim(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "form.value.unknown", field);
		}
	}

	/** A whole number typed in a form; none when blank; anything else refused with the field's name. */
	public static Long number(String field, String value) {
		String text = trim(value);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "form.number", field);
		}
	}
}
