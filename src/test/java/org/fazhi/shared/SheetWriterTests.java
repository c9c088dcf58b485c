package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTests {

	@Test
	void rowsPastASheetsLimitContinueOnANextSheetWithTheHeader() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var sheet = new SheetWriter(3, "cases", "id", "day", "note")) {
			for (int i = 1; i <= 5; i++) {
				sheet.row(i, LocalDate.of(2024, 1, i), i % 2 == 0 ? null : "行" + i);
			}
			assertThat(sheet.rows()).isEqualTo(5);
			assertThat(sheet.sheets()).isEqualTo(3);
			sheet.writeTo(out);
		}
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetName(0)).isEqualTo("cases");
			assertThat(book.getSheetName(2)).isEqualTo("cases (3)");
			var third = book.getSheetAt(2);
			assertThat(third.getRow(0).getCell(1).getStringCellValue()).isEqualTo("day");
			assertThat(third.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5.0);
			assertThat(third.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2024-01-05");
			assertThat(third.getRow(1).getCell(2).getStringCellValue()).isEqualTo("行5");
			assertThat(book.getSheetAt(0).getRow(2).getCell(2)).isNull();
		}
	}
}
