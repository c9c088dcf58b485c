package org.fazhi.ledger.internal.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.fazhi.organisation.Role;

/**
 * One typed field of a ledger: its name (the JPA attribute and, as {@code ledger.field.NAME}, its label), the SQL
 * column it is written to, its type and bounds, and how a record's value is read. The form, the list, the import
 * template, the import's checks and the export are all made from a ledger's columns.
 *
 * @param name the attribute name, e.g. {@code askerKind}
 * @param sql the column of the ledger's table, e.g. {@code asker_kind}
 * @param type text, whole number, one choice of a list, several choices, or a staff account of a role
 * @param required whether a record needs it
 * @param min the least number (0 for the other types)
 * @param max the most characters of a text, or the largest number
 * @param choices the list a choice is made from (its message keys are {@code choice.ENUM.CONSTANT})
 * @param role the role of the accounts an account field names, or {@code null} for any staff account of the office
 * @param value the record's value: text, number, enum constant, list of constants or account id
 * @param capitals whether a text is a code kept in capitals whatever the case it was typed in (a credit code)
 */
public record Column<T extends LedgerEntry>(String name, String sql, Type type, boolean required, int min, int max,
		Class<? extends Enum<?>> choices, Role role, Function<T, Object> value, boolean capitals) {

	public enum Type {
		TEXT, NUMBER, CHOICE, CHOICES, ACCOUNT
	}

	public static <T extends LedgerEntry> Column<T> text(String name, String sql, int max, boolean required,
			Function<T, Object> value) {
		return new Column<>(name, sql, Type.TEXT, required, 0, max, null, null, value, false);
	}

	/** A code of letters and digits, such as a GB 32100 credit code, kept in capitals. */
	public static <T extends LedgerEntry> Column<T> code(String name, String sql, int max, boolean required,
			Function<T, Object> value) {
		return new Column<>(name, sql, Type.TEXT, required, 0, max, null, null, value, true);
	}

	public static <T extends LedgerEntry> Column<T> number(String name, String sql, int max,
			Function<T, Object> value) {
		return number(name, sql, 0, max, value);
	}

	/** A whole number from {@code min} to {@code max}. */
	public static <T extends LedgerEntry> Column<T> number(String name, String sql, int min, int max,
			Function<T, Object> value) {
		return new Column<>(name, sql, Type.NUMBER, true, min, max, null, null, value, false);
	}

	public static <T extends LedgerEntry> Column<T> choice(String name, String sql, Class<? extends Enum<?>> choices,
			Function<T, Object> value) {
		return new Column<>(name, sql, Type.CHOICE, true, 0, 0, choices, null, value, false);
	}

	public static <T extends LedgerEntry> Column<T> choices(String name, String sql, int max,
			Class<? extends Enum<?>> choices, Function<T, Object> value) {
		return new Column<>(name, sql, Type.CHOICES, true, 0, max, choices, null, value, false);
	}

	public static <T extends LedgerEntry> Column<T> account(String name, String sql, Role role, boolean required,
			Function<T, Object> value) {
		return new Column<>(name, sql, Type.ACCOUNT, required, 0, 0, null, role, value, false);
	}

	public String labelKey() {
		return "ledger.field." + name;
	}

	/** The constants of the choice list, in their order. */
	public List<? extends Enum<?>> options() {
		return choices == null ? List.of() : Arrays.asList(choices.getEnumConstants());
	}

	/** The message key of one constant of the choice list. */
	public static String choiceKey(Enum<?> constant) {
		return "choice." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
	}

	public boolean isText() {
		return type == Type.TEXT;
	}

	public boolean isLongText() {
		return type == Type.TEXT && max > 200;
	}

	public boolean isNumber() {
		return type == Type.NUMBER;
	}

	public boolean isChoice() {
		return type == Type.CHOICE;
	}

	public boolean isChoices() {
		return type == Type.CHOICES;
	}

	public boolean isAccount() {
		return type == Type.ACCOUNT;
	}

	/**
	 * A record's value of this column as a form and the audit trail write it: the code of a choice, the codes of
	 * several joined by commas, an account's id, a number or a text; {@code null} when empty.
	 */
	public String code(T entry) {
		Object read = value.apply(entry);
		if (read instanceof Enum<?> constant) {
			return constant.name();
		}
		if (read instanceof List<?> list) {
			return list.isEmpty() ? null : list.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
				.collect(java.util.stream.Collectors.joining(","));
		}
		return read == null || read.toString().isEmpty() ? null : read.toString();
	}

	/** Whether an account field may name a staff member of this role. */
	public boolean accepts(Role staffRole) {
		return role == null || role == staffRole;
	}

	/** The message key naming whom an account field names: a role, or any staff member. */
	public String accountKey() {
		return role == null ? "ledger.account.anyStaff" : role.messageKey();
	}
}
