package org.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.enforcement.internal.cases.CaseDocument;
import org.junit.jupiter.api.Test;

/**
 * The templates the platform ships: one per kind of enforcement document, laid out per GB/T 9704 and using the fields
 * of their kind. Run with {@code -Dfazhi.templates.write=true} to write them anew from {@link Gbt9704}.
 */
class BundledTemplatesTests {

	private static final Path FOLDER = Path.of("src/main/resources/documents/templates/enforcement");

	@Test
	void everyEnforcementDocumentHasATemplateInTheOfficialLayoutWithTheFieldsOfItsKind() throws IOException {
		if (Boolean.getBoolean("fazhi.templates.write")) {
			Files.createDirectories(FOLDER);
			for (CaseDocument.Type type : CaseDocument.Type.values()) {
				Files.write(FOLDER.resolve(type.name() + ".docx"), Gbt9704.template());
			}
		}
		for (CaseDocument.Type type : CaseDocument.Type.values()) {
			byte[] template = Files.readAllBytes(FOLDER.resolve(type.name() + ".docx"));
			assertThat(OfficialDocuments.fieldsOf(template)).as(type.name()).isEqualTo(Gbt9704.FIELDS);
			try (var docx = new XWPFDocument(new ByteArrayInputStream(template))) {
				var section = docx.getDocument().getBody().getSectPr();
				// GB/T 9704-2012 5.2.1, 5.2.2: A4, top 37 mm and left 28 mm
				assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
				assertThat(section.getPgMar().getTop().toString()).isEqualTo("2098");
				assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1588");
				assertThat(docx.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
			}
		}
	}

	@Test
	void everyMediationDocumentHasATemplateInTheOfficialLayout() throws IOException {
		Path folder = Path.of("src/main/resources/documents/templates/mediation");
		for (var type : org.fazhi.mediation.internal.disputes.AgreementDocuments.Type.values()) {
			byte[] template = Files.readAllBytes(folder.resolve(type.name() + ".docx"));
			assertThat(OfficialDocuments.fieldsOf(template)).as(type.name()).isEqualTo(Gbt9704.FIELDS);
		}
	}

	@Test
	void aRenderedDocumentRepeatsTheBodyParagraphAndLeavesNoFieldBehind() throws IOException {
		var content = new Gbt9704.Content("行政处罚决定书", "罗东执罚〔2024〕37号", List.of("第一段。", "第二段。", "第三段。"),
				"深圳市罗湖区人民政府东湖街道办事处", java.time.LocalDate.of(2024, 5, 6));
		try (var template = com.deepoove.poi.XWPFTemplate.compile(new ByteArrayInputStream(Gbt9704.template()));
				var out = new java.io.ByteArrayOutputStream()) {
			template.render(content.fields()).write(out);
			try (var docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
				List<String> texts = docx.getParagraphs().stream().map(p -> p.getText()).toList();
				assertThat(texts).contains("行政处罚决定书", "罗东执罚〔2024〕37号", "第一段。", "第二段。", "第三段。",
						"深圳市罗湖区人民政府东湖街道办事处", "2024年5月6日");
				assertThat(String.join("", texts)).doesNotContain("{{", "}}");
				var body = docx.getParagraphs().stream().filter(p -> p.getText().equals("第二段。")).findFirst()
					.orElseThrow();
				// 3号 仿宋, two characters' indent
				assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
				assertThat(body.getIndentationFirstLine()).isEqualTo(640);
			}
		}
	}
}
