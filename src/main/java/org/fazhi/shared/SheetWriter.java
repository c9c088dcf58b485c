package org.fazhi.shared;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX export written as it goes (POI's streaming workbook: a window of rows in memory, the rest in a compressed
 * temporary file removed on close), so its memory does not grow with its rows. A sheet holds at most 1,048,576 rows;
 * the rows after that continue on a next sheet with the same header.
 */
public final class SheetWriter implements AutoCloseable {

	/** The rows of one sheet of the format, its header included. */
	static final int SHEET_ROWS = 1_048_576;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final String name;
	private final String[] headers;
	private final int sheetRows;
	private Sheet sheet;
	private int next;
	private long rows;

	public SheetWriter(String name, String... headers) {
		this(SHEET_ROWS, name, headers);
	}

	SheetWriter(int sheetRows, String name, String... headers) {
		this.name = name;
		this.headers = headers.clone();
		this.sheetRows = sheetRows;
		workbook.setCompressTempFiles(true);
		newSheet();
	}

	private void newSheet() {
		int number = workbook.getNumberOfSheets() + 1;
		sheet = workbook.createSheet(number == 1 ? name : name + " (" + number + ")");
		var header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(headers[i]);
		}
		next = 1;
	}

	/** The next row: numbers as numbers, dates and everything else as their text, {@code null} as an empty cell. */
	public void row(Object... cells) {
		if (next == sheetRows) {
			newSheet();
		}
		Row row = sheet.createRow(next++);
		for (int i = 0; i < cells.length; i++) {
			Object value = cells[i];
			if (value instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (value instanceof Enum<?> e) {
				row.createCell(i).setCellValue(e.name());
			}
			else if (value != null) {
				row.createCell(i).setCellValue(value.toString());
			}
		}
		rows++;
	}

	/** The data rows written, headers not counted. */
	public long rows() {
		return rows;
	}

	public int sheets() {
		return workbook.getNumberOfSheets();
	}

	public void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
