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

import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attachments: checked by content, size-limited, stored under generated names outside the web root, downloaded only
 * within scope and only as attachments, and refused when the stored bytes were changed. A 4 KB limit here, so the
 * size check is cheap to reach.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestPropertySource(properties = { "fazhi.test.context=files", "fazhi.files.max-size=4KB" })
class AttachmentsIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1,
			2, 3 };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

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
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DOWNLOAD' and outcome = 'SUCCESS'",
				Long.class)).isEqualTo(1);
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
		byte[] large = new byte[5 * 1024];
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
