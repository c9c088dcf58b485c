package org.fazhi.shared;

/** CSV cells for exports: quoted, quotes doubled, and a leading formula character neutralised for spreadsheets. */
public final class Csv {

	private Csv() {
	}

	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
