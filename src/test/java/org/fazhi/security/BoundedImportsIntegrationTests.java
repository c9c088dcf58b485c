package org.fazhi.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports are bounded: a sheet of too many (empty) cells, a zip bomb and garbage behind a ZIP header are each refused
 * with a clear message, never with an error page, and nothing is imported.
 */
@FazhiIntegrationTest
class BoundedImportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
			+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
			+ "</Types>";

	private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
			+ "</Relationships>";

	private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
			+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
			+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

	private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
			+ "</Relationships>";

	/** A workbook whose one sheet holds the given rows of empty cells; stored or deflated. */
	private static byte[] workbook(int rows, int cellsPerRow, boolean stored) throws IOException {
		var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 1; r <= rows; r++) {
			sheet.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < cellsPerRow; c++) {
				sheet.append("<c/>");
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", CONTENT_TYPES, false);
			entry(zip, "_rels/.rels", ROOT_RELS, false);
			entry(zip, "xl/workbook.xml", WORKBOOK, false);
			entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, false);
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString(), stored);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text, boolean stored) throws IOException {
		byte[] data = text.getBytes(StandardCharsets.UTF_8);
		var entry = new ZipEntry(name);
		if (stored) {
			var crc = new CRC32();
			crc.update(data);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(data.length);
			entry.setCompressedSize(data.length);
			entry.setCrc(crc.getValue());
		}
		zip.putNextEntry(entry);
		zip.write(data);
		zip.closeEntry();
	}

	private void refused(byte[] file, String message) throws Exception {
		mvc.perform(multipart("/enforcement/matters/import")
			.file(new MockMultipartFile("file", "matters.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void aSheetOfTooManyEmptyCellsIsRefusedWhileItIsRead() throws Exception {
		refused(workbook(1_000, 300, true), "文件单元格过多");
	}

	@Test
	void aSheetOfTooManyRowsIsRefused() throws Exception {
		refused(workbook(6_000, 1, true), "文件行数过多");
	}

	@Test
	void aZipBombAndGarbageBehindAZipHeaderAreRefusedWithAMessage() throws Exception {
		// one entry of 40 MB of blanks deflates to a few kilobytes: far past POI's inflate ratio
		var bomb = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bomb)) {
			entry(zip, "[Content_Types].xml", CONTENT_TYPES, false);
			entry(zip, "_rels/.rels", ROOT_RELS, false);
			entry(zip, "xl/workbook.xml", WORKBOOK, false);
			entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, false);
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] blanks = new byte[1024 * 1024];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 40; i++) {
				zip.write(blanks);
			}
			zip.closeEntry();
		}
		refused(bomb.toByteArray(), "无法读取该文件");
		byte[] garbage = new byte[4096];
		new java.util.Random(7).nextBytes(garbage);
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		refused(garbage, "无法读取该文件");
	}
}
