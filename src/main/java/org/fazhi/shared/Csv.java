package org.fazhi.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV through Apache Commons CSV (RFC 4180): exports that spreadsheet programs open as UTF-8 (with a byte-order
 * mark), every cell quoted, and a cell that begins with a formula character neutralised whatever follows it (line
 * breaks included), so that no exported text runs as a formula; and imports read by the same library.
 */
public final class Csv {

	private static final CSVFormat EXPORT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	/** What a spreadsheet may read as the start of a formula, in half- and full-width forms. */
	private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";

	private Csv() {
	}

	/** A cell as it is safe to export: a leading formula character is preceded by an apostrophe. */
	public static String safe(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** A printer for an export: UTF-8 with a byte-order mark; close it (or flush it) when done. */
	public static Printer printer(OutputStream out) {
		try {
			var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			return new Printer(new CSVPrinter(writer, EXPORT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads CSV text (a byte-order mark is skipped) into rows of cells. */
	public static List<List<String>> read(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> table = new ArrayList<>();
		try (var parser = CSVFormat.RFC4180.parse(new StringReader(body))) {
			for (CSVRecord record : parser) {
				table.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new RuleViolation("file", "import.csv.malformed");
		}
		return table;
	}

	/** Writes rows whose every cell is made safe first. */
	public static final class Printer implements AutoCloseable {

		private final CSVPrinter printer;

		private Printer(CSVPrinter printer) {
			this.printer = printer;
		}

		public void row(Object... cells) {
			row(Arrays.asList(cells));
		}

		public void row(List<?> cells) {
			try {
				printer.printRecord(cells.stream().map(Csv::safe).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
