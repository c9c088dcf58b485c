package org.fazhi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/**
 * The layout of official documents per GB/T 9704-2012: A4 paper, margins top 37 mm, bottom 35 mm, left 28 mm, right
 * 26 mm; the title in 2号 (22 pt) 小标宋, the body in 3号 (16 pt) 仿宋, 22 lines of 28 characters (a fixed line pitch
 * of 28.95 pt on a line-and-character grid). The templates the platform ships are written in it, with the fields
 * {@code {{title}}}, {@code {{number}}}, the body paragraphs ({@code {{?paragraphs}}{{text}}{{/paragraphs}}}),
 * {@code {{issuer}}} and {@code {{date}}}; dates read as 2024年5月6日.
 */
public final class Gbt9704 {

	/** One twip is 1/20 point; one millimetre is 56.7 twips. */
	static final int A4_WIDTH = 11906;
	static final int A4_HEIGHT = 16838;
	static final int MARGIN_TOP = 2098;
	static final int MARGIN_BOTTOM = 1984;
	static final int MARGIN_LEFT = 1588;
	static final int MARGIN_RIGHT = 1474;
	/** 22 lines on the 225 mm type area: 28.95 pt = 579 twips. */
	static final int LINE_PITCH = 579;
	static final String TITLE_FONT = "方正小标宋简体";
	static final String BODY_FONT = "仿宋_GB2312";
	static final int TITLE_SIZE = 22;
	static final int BODY_SIZE = 16;

	/** The fields of a document in this layout; the body is a list of paragraphs, each with its {@code text}. */
	public static final java.util.Set<String> FIELDS = java.util.Set.of("title", "number", "paragraphs",
			"paragraphs.text", "issuer", "date");

	/** What a document says: title, its number, the body paragraphs, and the issuing body and date at the foot. */
	public record Content(String title, String number, List<String> paragraphs, String issuer, LocalDate date) {

		/** The content as template fields. */
		public java.util.Map<String, Object> fields() {
			var fields = new java.util.HashMap<String, Object>();
			fields.put("title", title);
			fields.put("number", number == null ? "" : number);
			fields.put("paragraphs", paragraphs.stream().map(text -> java.util.Map.of("text", text)).toList());
			fields.put("issuer", issuer);
			fields.put("date", chineseDate(date));
			return fields;
		}
	}

	private Gbt9704() {
	}

	/** The template the platform ships: this layout with the fields in their places. */
	public static byte[] template() {
		return render(new Content("{{title}}", "{{number}}", List.of("{{?paragraphs}}", "{{text}}", "{{/paragraphs}}"),
				"{{issuer}}", null), "{{date}}");
	}

	private static byte[] render(Content content, String dateText) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var section = document.getDocument().getBody().addNewSectPr();
			var size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(A4_WIDTH));
			size.setH(BigInteger.valueOf(A4_HEIGHT));
			var margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(MARGIN_TOP));
			margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
			margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
			margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
			var grid = section.addNewDocGrid();
			grid.setType(STDocGrid.LINES_AND_CHARS);
			grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));

			var title = paragraph(document, ParagraphAlignment.CENTER);
			run(title, content.title(), TITLE_FONT, TITLE_SIZE);
			var number = paragraph(document, ParagraphAlignment.RIGHT);
			run(number, content.number(), BODY_FONT, BODY_SIZE);
			paragraph(document, ParagraphAlignment.LEFT);
			for (String text : content.paragraphs()) {
				var body = paragraph(document, ParagraphAlignment.BOTH);
				body.setIndentationFirstLine(BODY_SIZE * 20 * 2);
				run(body, text, BODY_FONT, BODY_SIZE);
			}
			paragraph(document, ParagraphAlignment.LEFT);
			// the seal goes over the issuer's name and the date (GB/T 9704-2012 7.4.2)
			var seal = paragraph(document, ParagraphAlignment.RIGHT);
			seal.setIndentationRight(BODY_SIZE * 20 * 6);
			run(seal, "（印章）", BODY_FONT, BODY_SIZE);
			var issuer = paragraph(document, ParagraphAlignment.RIGHT);
			issuer.setIndentationRight(BODY_SIZE * 20 * 4);
			run(issuer, content.issuer(), BODY_FONT, BODY_SIZE);
			var date = paragraph(document, ParagraphAlignment.RIGHT);
			date.setIndentationRight(BODY_SIZE * 20 * 4);
			run(date, dateText, BODY_FONT, BODY_SIZE);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** 2024年5月6日 */
	public static String chineseDate(LocalDate date) {
		return date == null ? "    年  月  日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(LINE_PITCH / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size) {
		var run = paragraph.createRun();
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setText(text);
		return run;
	}
}
