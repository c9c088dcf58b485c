package org.fazhi.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the first sheet of an uploaded XLSX with POI's streaming (event) reader, never building the workbook in
 * memory, and counts rows and cells while reading: a sheet past the limits is refused as soon as the limit is passed,
 * whatever it holds (14 million empty cells cost a second and no memory). A file that is not a readable workbook, a
 * zip bomb included, is refused with a message, never answered with an error page. One import at a time per tenant.
 */
public final class BoundedSheets {

	/** The most rows, cells and bytes an import reads. */
	public static final int MAX_ROWS = 5_000;
	public static final int MAX_CELLS = 200_000;
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final ConcurrentHashMap<Long, Boolean> RUNNING = new ConcurrentHashMap<>();

	private BoundedSheets() {
	}

	/** Runs an import of the tenant; a second one while the first runs is refused. */
	public static <T> T oneAtATime(long tenantId, java.util.function.Supplier<T> work) {
		if (RUNNING.putIfAbsent(tenantId, Boolean.TRUE) != null) {
			throw new RuleViolation("file", "import.busy");
		}
		try {
			return work.get();
		}
		finally {
			RUNNING.remove(tenantId);
		}
	}

	/** The uploaded bytes, refused past {@link #MAX_BYTES}. */
	public static byte[] bytes(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new RuleViolation("file", "import.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		return bytes;
	}

	/** The rows of the first sheet as text, each cell formatted as shown in the spreadsheet. */
	public static List<List<String>> firstSheet(byte[] bytes) {
		List<List<String>> table = new ArrayList<>();
		eachRow(bytes, MAX_ROWS, MAX_CELLS, (number, cells) -> {
			while (table.size() < number) {
				table.add(new ArrayList<>());
			}
			table.add(cells);
		});
		return table;
	}

	/** One row of a sheet as it is read: its number (0 for the first) and its cells as text. */
	@FunctionalInterface
	public interface RowHandler {

		void row(int number, List<String> cells);
	}

	/**
	 * Streams the rows of the first sheet to the handler as they are read, none of them kept: an import of 100,000
	 * rows reads in the memory of one row (and the sheet's shared strings). Past {@code maxRows} rows or
	 * {@code maxCells} cells the sheet is refused; a handler's refusal ({@link RuleViolation}) ends the reading.
	 */
	public static void eachRow(byte[] bytes, int maxRows, long maxCells, RowHandler handler) {
		try (var pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			var reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new RuleViolation("file", "import.unreadable");
			}
			try (InputStream sheet = sheets.next()) {
				var rows = new Collector(handler);
				var contents = new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
						new DataFormatter(java.util.Locale.ROOT), false);
				var parser = XMLHelper.newXMLReader();
				var counting = new Counting(maxRows, maxCells);
				counting.setParent(parser);
				counting.setContentHandler(contents);
				counting.parse(new InputSource(sheet));
			}
		}
		catch (RuleViolation violation) {
			throw violation;
		}
		catch (Limit limit) {
			throw new RuleViolation("file", limit.messageKey, limit.limit);
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException
				| org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			if (ex.getCause() instanceof Limit limit) {
				throw new RuleViolation("file", limit.messageKey, limit.limit);
			}
			if (ex.getCause() instanceof RuleViolation violation) {
				throw violation;
			}
			// not a workbook, a damaged one, or a zip bomb (POI refuses entries that inflate too far)
			throw new RuleViolation("file", "import.unreadable");
		}
	}

	/** Counts rows and cells as the XML goes by, before any of it is kept. */
	private static final class Counting extends XMLFilterImpl {

		private final int maxRows;
		private final long maxCells;
		private int rows;
		private long cells;

		Counting(int maxRows, long maxCells) {
			this.maxRows = maxRows;
			this.maxCells = maxCells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if ("row".equals(localName)) {
				if (++rows > maxRows) {
					throw new Limit("import.tooManyRows", maxRows);
				}
			}
			else if ("c".equals(localName) && ++cells > maxCells) {
				throw new Limit("import.tooManyCells", (int) Math.min(Integer.MAX_VALUE, maxCells));
			}
			super.startElement(uri, localName, qName, atts);
		}
	}

	private static final class Limit extends SAXException {

		private final String messageKey;
		private final int limit;

		Limit(String messageKey, int limit) {
			super(messageKey);
			this.messageKey = messageKey;
			this.limit = limit;
		}
	}

	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private List<String> row;
		private int number;

		Collector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			number = rowNum;
			row = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(number, row);
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? row.size()
					: new org.apache.poi.ss.util.CellReference(reference).getCol();
			while (row.size() < column) {
				row.add("");
			}
			row.add(value == null ? "" : value);
		}
	}
}
