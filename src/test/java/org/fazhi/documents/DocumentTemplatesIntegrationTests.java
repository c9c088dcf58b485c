package org.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.enforcement.internal.cases.CaseDocument;
import org.fazhi.enforcement.internal.cases.CaseDocuments;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Official documents from templates: the enforcement documents come from the platform's GB/T 9704 templates; the
 * administrator's replacement, checked against the fields of its kind, is used from the next document on, the documents
 * already generated keep theirs, and the platform's template comes back when asked for.
 */
@FazhiIntegrationTest
class DocumentTemplatesIntegrationTests {

	private static final String PAGE = "/documents/templates";

	private static final String DECISION = PAGE + "/enforcement/DECISION";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CaseDocuments documents;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	private FazhiUser account(String name) {
		return (FazhiUser) accounts.loadUserByUsername(name);
	}

	private static byte[] template(String... paragraphs) throws IOException {
		try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				docx.createParagraph().createRun().setText(text);
			}
			docx.write(out);
			return out.toByteArray();
		}
	}

	private String text(FazhiUser user, CaseDocument document) throws IOException {
		try (var docx = new XWPFDocument(attachments.open(user, document.getAttachmentId()).content())) {
			return String.join("\n", docx.getParagraphs().stream().map(p -> p.getText()).toList());
		}
	}

	@Test
	void theAdministratorsTemplateIsUsedForTheNextDocumentAndTheOlderOnesKeepTheirs() throws Exception {
		var officer = account("officer");
		var admin = account("admin");
		List<Long> decided = jdbc.queryForList("select id from penalty_case where tenant_id = ? and decided_on is not null"
				+ " and outcome = 'PENALTY' order by id", Long.class, officer.tenantId());
		var before = documents.generate(officer, decided.get(0), CaseDocument.Type.DECISION);
		assertThat(before.getTemplateVersion()).isZero();
		String beforeText = text(officer, before);
		assertThat(beforeText).contains("行政处罚决定书").doesNotContain("{{", "东湖街道定制模板");

		// the page lists every enforcement document with the platform's template; only administrators see it
		mvc.perform(get(PAGE).with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"template-enforcement-DECISION\"")))
			.andExpect(content().string(containsString("平台模板")));
		mvc.perform(get(PAGE).with(user(officer))).andExpect(status().isForbidden());
		var bundled = mvc.perform(get(DECISION + "/download").with(user(admin))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(OfficialDocuments.fieldsOf(bundled)).isEqualTo(Gbt9704.FIELDS);

		// a field the document does not have, a required field left out, and a file that is no DOCX are refused
		mvc.perform(multipart(DECISION).file(new MockMultipartFile("file", "决定书.docx", null,
				template("{{title}}", "{{number}}", "{{?paragraphs}}", "{{text}}", "{{/paragraphs}}", "{{issuer}}",
						"{{date}}", "{{partyPhone}}"))).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("refusal", "template.fields.unknown"));
		mvc.perform(multipart(DECISION).file(new MockMultipartFile("file", "决定书.docx", null,
				template("{{title}}", "{{number}}", "{{?paragraphs}}", "{{text}}", "{{/paragraphs}}", "{{date}}")))
			.with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("refusal", "template.fields.missing"));
		mvc.perform(multipart(DECISION).file(new MockMultipartFile("file", "决定书.docx", null,
				"%PDF-1.7 not a template".getBytes())).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("refusal", "template.unreadable"));
		mvc.perform(multipart(DECISION).file(new MockMultipartFile("file", "决定书.docx", null,
				template("{{title}}"))).with(user(officer)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from document_template where tenant_id = ?", Long.class,
				admin.tenantId())).isZero();

		// the office's own template, from the next document on
		mvc.perform(multipart(DECISION).file(new MockMultipartFile("file", "东湖决定书.docx", null,
				template("{{title}}", "{{number}}", "东湖街道定制模板", "{{?paragraphs}}", "{{text}}", "{{/paragraphs}}",
						"{{issuer}}", "{{date}}")))
			.param("note", "加入街道的联系方式").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get(PAGE).with(user(admin)))
			.andExpect(content().string(containsString("东湖决定书.docx")))
			.andExpect(content().string(containsString("加入街道的联系方式")));
		var after = documents.generate(officer, decided.get(1), CaseDocument.Type.DECISION);
		assertThat(after.getTemplateVersion()).isEqualTo(1);
		assertThat(text(officer, after)).contains("东湖街道定制模板", "行政处罚决定书").doesNotContain("{{");
		// the older document keeps its file and its hash
		assertThat(text(officer, before)).isEqualTo(beforeText);
		assertThat(jdbc.queryForObject("select sm3 from attachment where id = ?", String.class, before.getAttachmentId()))
			.isEqualTo(before.getSm3());
		// another subdistrict still writes with the platform's template
		assertThat(jdbc.queryForObject("select count(*) from document_template where tenant_id <> ?", Long.class,
				admin.tenantId())).isZero();

		// a note longer than the form allows is refused, not cut
		mvc.perform(post(DECISION + "/revert").param("note", "很长的说明".repeat(50)).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("refusal", "field.tooLong"));
		// back to the platform's template, once: again is refused
		mvc.perform(post(DECISION + "/revert").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post(DECISION + "/revert").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("refusal", "template.alreadyBundled"));
		var reverted = documents.generate(officer, decided.get(2), CaseDocument.Type.DECISION);
		assertThat(reverted.getTemplateVersion()).isEqualTo(2);
		assertThat(text(officer, reverted)).doesNotContain("东湖街道定制模板");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'DOCUMENT_TEMPLATE'"
				+ " and outcome = 'SUCCESS'", Long.class)).isEqualTo(2);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(bundled))) {
			assertThat(docx.getParagraphs()).isNotEmpty();
		}
	}
}
