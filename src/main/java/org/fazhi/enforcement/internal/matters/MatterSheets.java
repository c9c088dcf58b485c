package org.fazhi.enforcement.internal.matters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.BoundedSheets;
import org.fazhi.shared.Csv;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue as a spreadsheet (XLSX, written with POI's streaming workbook) or CSV: one matter per row, columns
 * headed in Chinese (English headers are read too). Reading never fails on a bad cell: it reports the row and column.
 */
@Component
public class MatterSheets {

	/** The most rows read from one file. */
	static final int MAXIMUM_ROWS = 5000;

	/** One parsed row: its number as the spreadsheet shows it, the values read, and what could not be read. */
	public record Row(int number, MatterForm form, List<MatterCatalogue.Problem> problems) {
	}

	private record Column(String field, Function<EnforcementMatter, String> value,
			BiConsumer<MatterForm, String> text, boolean money) {
	}

	private final MessageSource messages;
	private final List<Column> columns;

	MatterSheets(MessageSource messages) {
		this.messages = messages;
		this.columns = List.of(new Column("code", EnforcementMatter::getCode, MatterForm::setCode, false),
				new Column("name", EnforcementMatter::getName, MatterForm::setName, false),
				new Column("domain", m -> label(m.getDomain().messageKey(), Locale.SIMPLIFIED_CHINESE), null, false),
				new Column("statute", EnforcementMatter::getStatute, MatterForm::setStatute, false),
				new Column("violatedArticles", EnforcementMatter::getViolatedArticles, MatterForm::setViolatedArticles,
						false),
				new Column("penaltyArticles", EnforcementMatter::getPenaltyArticles, MatterForm::setPenaltyArticles,
						false),
				new Column("penaltyKinds", EnforcementMatter::getPenaltyKinds, MatterForm::setPenaltyKinds, false),
				new Column("orgFineMin", m -> text(m.getOrgFineMin()), null, true),
				new Column("orgFineMax", m -> text(m.getOrgFineMax()), null, true),
				new Column("personFineMin", m -> text(m.getPersonFineMin()), null, true),
				new Column("personFineMax", m -> text(m.getPersonFineMax()), null, true),
				new Column("handoverBasis", EnforcementMatter::getHandoverBasis, MatterForm::setHandoverBasis, false));
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String header(Column column) {
		return label("matter." + column.field(), Locale.SIMPLIFIED_CHINESE);
	}

	private static String text(Long value) {
		return value == null ? "" : value.toString();
	}

	// --- writing ------------------------------------------------------------------------------------------------

	public void writeXlsx(List<EnforcementMatter> matters, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(label("matters.title", Locale.SIMPLIFIED_CHINESE));
			var bold = workbook.createFont();
			bold.setBold(true);
			var headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			var header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				var cell = header.createCell(i);
				cell.setCellValue(header(columns.get(i)));
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 20 * 256);
			}
			int r = 1;
			for (var matter : matters) {
				var row = sheet.createRow(r++);
				for (int i = 0; i < columns.size(); i++) {
					var column = columns.get(i);
					String value = column.value().apply(matter);
					if (value == null || value.isEmpty()) {
						continue;
					}
					if (column.money()) {
						row.createCell(i).setCellValue(Long.parseLong(value));
					}
					else {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	public void writeCsv(List<EnforcementMatter> matters, OutputStream out) {
		var printer = Csv.printer(out);
		printer.row(columns.stream().map(this::header).toList());
		for (var matter : matters) {
			printer.row(columns.stream().map(c -> c.value().apply(matter)).toList());
		}
		printer.close();
	}

	// --- reading ------------------------------------------------------------------------------------------------

	/**
	 * Reads an XLSX or CSV file, told apart by its first bytes; an XLSX with the streaming reader, bounded in rows,
	 * cells and size ({@link BoundedSheets}).
	 */
	public List<Row> read(InputStream in) throws IOException {
		byte[] bytes = BoundedSheets.bytes(in);
		List<List<String>> table = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
				? BoundedSheets.firstSheet(bytes) : csv(bytes);
		if (table.size() > BoundedSheets.MAX_ROWS) {
			throw new RuleViolation("file", "import.tooManyRows", BoundedSheets.MAX_ROWS);
		}
		return rows(table);
	}

	/** RFC 4180 (Apache Commons CSV): quoted cells may hold commas, quotes (doubled) and line breaks. */
	private static List<List<String>> csv(byte[] bytes) {
		return Csv.read(new String(bytes, StandardCharsets.UTF_8));
	}

	private List<Row> rows(List<List<String>> table) {
		if (table.isEmpty()) {
			return List.of();
		}
		List<String> headers = table.get(0);
		int[] position = new int[columns.size()];
		Arrays.fill(position, -1);
		for (int h = 0; h < headers.size(); h++) {
			String title = headers.get(h).strip();
			for (int c = 0; c < columns.size(); c++) {
				String field = "matter." + columns.get(c).field();
				if (title.equals(label(field, Locale.SIMPLIFIED_CHINESE)) || title.equals(label(field, Locale.ENGLISH))) {
					position[c] = h;
				}
			}
		}
		for (int c = 0; c < columns.size(); c++) {
			if (position[c] < 0) {
				throw new RuleViolation("file", "matter.import.column", header(columns.get(c)));
			}
		}
		if (table.size() - 1 > MAXIMUM_ROWS) {
			throw new RuleViolation("file", "matter.import.tooManyRows", MAXIMUM_ROWS);
		}
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			var form = new MatterForm();
			List<MatterCatalogue.Problem> problems = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				var column = columns.get(c);
				String value = position[c] < cells.size() ? cells.get(position[c]).strip() : "";
				switch (column.field()) {
					case "domain" -> form.setDomain(domain(value, problems));
					case "orgFineMin" -> form.setOrgFineMin(money(column.field(), value, problems));
					case "orgFineMax" -> form.setOrgFineMax(money(column.field(), value, problems));
					case "personFineMin" -> form.setPersonFineMin(money(column.field(), value, problems));
					case "personFineMax" -> form.setPersonFineMax(money(column.field(), value, problems));
					default -> column.text().accept(form, value);
				}
			}
			rows.add(new Row(r + 1, form, problems));
		}
		return rows;
	}

	private EnforcementDomain domain(String value, List<MatterCatalogue.Problem> problems) {
		if (value.isEmpty()) {
			return null;
		}
		for (EnforcementDomain domain : EnforcementDomain.values()) {
			if (value.equals(label(domain.messageKey(), Locale.SIMPLIFIED_CHINESE))
					|| value.equalsIgnoreCase(label(domain.messageKey(), Locale.ENGLISH))
					|| value.equalsIgnoreCase(domain.name())) {
				return domain;
			}
		}
		problems.add(new MatterCatalogue.Problem("domain", "matter.domain.unknown", new Object[] { value }));
		return null;
	}

	private static Long money(String field, String value, List<MatterCatalogue.Problem> problems) {
		try {
			return yuan(field, value);
		}
		catch (RuleViolation violation) {
			problems.add(new MatterCatalogue.Problem(field, violation.messageKey(), violation.arguments()));
			return null;
		}
	}

	/**
	 * A sum of whole yuan as people and spreadsheets write it (5000, 5,000 or 5000.0); null when blank.
	 *
	 * @throws RuleViolation when it is not a whole, non-negative number of yuan
	 */
	static Long yuan(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip().replace(",", "").replace("，", "");
		if (digits.endsWith(".0")) {
			digits = digits.substring(0, digits.length() - 2);
		}
		if (!digits.matches("\\d{1,12}")) {
			throw new RuleViolation(field, "matter.fine.format", value);
		}
		return Long.parseLong(digits);
	}
}
