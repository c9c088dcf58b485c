package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Exported cells never start a formula, whatever follows the first character; what is written reads back. */
class CsvTests {

	@Test
	void aLeadingFormulaCharacterIsNeutralisedWhateverFollowsIt() {
		for (String attack : List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=HYPERLINK(\"x\")",
				"=\nHYPERLINK(\"http://evil.example\")", "＝1+1", "＋1", "－1", "＠A1")) {
			assertThat(Csv.safe(attack)).as(attack).startsWith("'");
		}
		assertThat(Csv.safe("东湖街道")).isEqualTo("东湖街道");
		assertThat(Csv.safe("a=b")).isEqualTo("a=b");
		assertThat(Csv.safe(null)).isEmpty();
		assertThat(Csv.safe(37)).isEqualTo("37");
	}

	@Test
	void writtenRowsReadBackWithCommasQuotesAndLineBreaks() {
		var out = new ByteArrayOutputStream();
		try (var printer = Csv.printer(out)) {
			printer.row("编号", "名称");
			printer.row(1, "一个\"引号\"，一个逗号, 和\n换行");
		}
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"编号\"");
		assertThat(Csv.read(text)).containsExactly(List.of("编号", "名称"), List.of("1", "一个\"引号\"，一个逗号, 和\n换行"));
	}

	@Test
	void aMalformedFileIsRefusedWithAMessage() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.read("a,\"unclosed\nb"))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "import.csv.malformed");
	}
}
