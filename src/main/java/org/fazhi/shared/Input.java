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
	 * A typed text, trimmed: refused when required and blank ({@code field.required}) or longer than {@code most}
	 * characters ({@code field.tooLong}); none when blank and optional.
	 */
	public static String text(String field, String value, int most, boolean required) {
		String t = trim(value);
		if (t == null && required) {
			throw new RuleViolation(field, "field.required");
		}
		if (t != null && t.length() > most) {
			throw new RuleViolation(field, "field.tooLong");
		}
		return t;
	}

	/**
	 * The day a step was taken: today when not given; refused ({@code form.date.pastRange}) when later than today,
	 * before 2000, or before the day of the step it follows ({@code notBefore}, none for no such bound).
	 */
	public static LocalDate pastDay(String field, LocalDate on, LocalDate today, LocalDate notBefore) {
		LocalDate d = on == null ? today : on;
		if (d.isAfter(today) || d.getYear() < 2000 || (notBefore != null && d.isBefore(notBefore))) {
			throw new RuleViolation(field, "form.date.pastRange");
		}
		return d;
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
