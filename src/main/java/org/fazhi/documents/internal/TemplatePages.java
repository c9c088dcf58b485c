package org.fazhi.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.fazhi.audit.Refusals;
import org.fazhi.documents.OfficialDocuments;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's templates page: every kind of official document with the template in use (the platform's or the
 * office's own version), its history, a download of the current file to edit in Word, the upload of a replacement
 * (checked against the fields of its kind) and the return to the platform's template.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplatePages {

	private static final String PAGE = "/documents/templates";

	private final OfficialDocuments documents;
	private final Refusals refusals;

	TemplatePages(OfficialDocuments documents, Refusals refusals) {
		this.documents = documents;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry templatesEntry() {
		return new NavigationEntry(94, "system", "nav.documentTemplates", PAGE, Set.of("ADMIN"));
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal Actor user, Model model) {
		model.addAttribute("kinds", documents.kinds(user));
		return "documents/templates";
	}

	@GetMapping(PAGE + "/{module}/{type}/download")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor user, @PathVariable String module,
			@PathVariable String type) {
		byte[] file = documents.currentTemplate(user, module, type);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(module + "-" + type + ".docx", StandardCharsets.UTF_8).build().toString())
			.body(file);
	}

	@PostMapping(PAGE + "/{module}/{type}")
	String replace(@AuthenticationPrincipal Actor user, @PathVariable String module, @PathVariable String type,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		documents.kind(module, type);
		return refusals.actThenRedirect(redirect, PAGE, "DOCUMENT_TEMPLATE", module + "/" + type, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "file.empty");
			}
			try {
				documents.replace(user, module, type, file.getOriginalFilename(), file.getBytes(), note);
			}
			catch (IOException ex) {
				throw new RuleViolation("file", "template.unreadable");
			}
		});
	}

	@PostMapping(PAGE + "/{module}/{type}/revert")
	String revert(@AuthenticationPrincipal Actor user, @PathVariable String module, @PathVariable String type,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		documents.kind(module, type);
		return refusals.actThenRedirect(redirect, PAGE, "DOCUMENT_TEMPLATE", module + "/" + type,
				() -> documents.revert(user, module, type, note));
	}
}
