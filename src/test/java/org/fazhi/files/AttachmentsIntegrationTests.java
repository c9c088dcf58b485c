package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attachments: checked by content, size-limited, stored under generated names outside the web root, downloaded only
 * within scope and only as attachments, and refused when the stored bytes were changed. A 4 KB limit here, so the
 * size check is cheap to reach.
 */
@FazhiIntegrationTest
class AttachmentsIntegrationTests {

	/** A real (tiny) PNG: uploads are checked by their structure, so fixtures must be what they claim to be. */
	static final byte[] PNG = image("png");

	static byte[] image(String format) {
		try {
			var out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
					format, out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static byte[] concat(byte[] first, String second) {
		byte[] tail = second.getBytes(StandardCharsets.UTF_8);
		byte[] all = java.util.Arrays.copyOf(first, first.length + tail.length);
		System.arraycopy(tail, 0, all, first.length, tail.length);
		return all;
	}

	/** A one-page PDF written by PDFBox, with something added to its catalogue when given. */
	static byte[] pdf(String catalogueExtra) throws java.io.IOException {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			if (catalogueExtra != null) {
				var action = new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)");
				document.getDocumentCatalog().setOpenAction(action);
			}
			var out = new java.io.ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] zipOf(String entry, String text) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${fazhi.files.max-size}")
	org.springframework.util.unit.DataSize maxSize;

	@Value("${fazhi.files.root}")
	String root;

	private long deadlineOf(FazhiUser legal) {
		return deadlines.register(new RegisterDeadline(legal.tenantId(), legal.departmentId(), null, "TEST", "files",
				"应诉 附件测试", StatutoryRule.LITIGATION_DEFENCE, LocalDate.of(2026, 11, 20), legal.accountId(),
				legal.accountId())).id();
	}

	private long attachmentCount() {
		return jdbc.queryForObject("select count(*) from attachment", Long.class);
	}

	@Test
	void uploadsAndDownloadsWithinScopeAsAnAttachmentAndAudited() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		long deadline = deadlineOf(legal);
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "../../../etc/现场照片.png", "text/html", PNG))
			.with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		long id = jdbc.queryForObject("select max(id) from attachment", Long.class);
		assertThat(jdbc.queryForObject("select original_name from attachment where id = ?", String.class, id))
			.isEqualTo("现场照片.png");
		assertThat(jdbc.queryForObject("select content_type from attachment where id = ?", String.class, id))
			.isEqualTo("image/png");
		String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
		assertThat(key).doesNotContain("..").doesNotContain("现场照片");
		assertThat(Path.of(root, key)).exists();
		assertThat(jdbc.queryForObject("select sm3 from attachment where id = ?", String.class, id)).hasSize(64);

		mvc.perform(get("/files/" + id + "/download").with(user(legal)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("UTF-8''")))
			.andExpect(content().bytes(PNG));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DOWNLOAD' and outcome = 'SUCCESS'"
				+ " and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
		mvc.perform(get("/deadlines/" + deadline).with(user(legal))).andExpect(content().string(containsString("现场照片.png")));

		// a community worker's scope does not reach the justice office's deadline, nor its files
		mvc.perform(get("/files/" + id + "/download").with(user(accounts.loadUserByUsername("worker2"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAWebPageNamedLikeAPhotoAMismatchedNameAndAnOversizedFile() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		long deadline = deadlineOf(legal);
		long before = attachmentCount();
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("refusal", "file.typeNotAllowed"));
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "decision.pdf", "application/pdf", PNG))
			.with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("refusal", "file.typeMismatch"));
		byte[] large = new byte[(int) maxSize.toBytes() + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
			.with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("refusal", "file.tooLarge"));
		assertThat(attachmentCount()).isEqualTo(before);
		try (var leftovers = Files.list(Path.of(root, "tmp"))) {
			assertThat(leftovers).isEmpty();
		}
	}

	@Test
	void polyglotsThatOnlyStartLikeTheirTypeAreRefusedByTheirStructure() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		long deadline = deadlineOf(legal);
		long before = attachmentCount();
		String page = "<html><body><script>alert(document.cookie)</script></body></html>";
		byte[] mp4 = concat(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o',
				'm', 'm', 'p', '4', '1' }, page);
		var polyglots = java.util.Map.of("gif.gif", concat("GIF89a".getBytes(StandardCharsets.US_ASCII), page),
				"photo.jpg", concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, page),
				"decision.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), page),
				"real-image-then-page.png", concat(PNG, page), "letter.docx", zipOf("index.html", page),
				"recording.mp4", mp4, "opens-a-script.pdf", pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"));
		for (var polyglot : polyglots.entrySet()) {
			mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
				.file(new MockMultipartFile("file", polyglot.getKey(), "application/octet-stream", polyglot.getValue()))
				.with(user(legal)).with(csrf()))
				.andExpect(flash().attribute("refusal", "file.structureInvalid"));
		}
		assertThat(attachmentCount()).isEqualTo(before);
		// what is what it claims to be is kept
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "决定书.pdf", "application/pdf", pdf(null))).with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", image("jpg"))).with(user(legal)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
	}

	@Test
	void reportsAStoredFileChangedBehindTheApplicationsBackInsteadOfServingIt() throws Exception {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		long deadline = deadlineOf(legal);
		mvc.perform(multipart("/deadlines/" + deadline + "/attachments")
			.file(new MockMultipartFile("file", "签到表.png", "image/png", PNG)).with(user(legal)).with(csrf()));
		long id = jdbc.queryForObject("select max(id) from attachment", Long.class);
		String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
		byte[] changed = PNG.clone();
		changed[PNG.length - 1] = 9;
		Files.write(Path.of(root, key), changed);
		mvc.perform(get("/files/" + id + "/download").with(user(legal)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("与上传时记录的哈希不一致")));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'DOWNLOAD' and outcome = 'FAILED' and record_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(1);
	}
}
