package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.files.Attachments;
import org.fazhi.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads: always as an attachment with a safe file name and a neutral content type, so no uploaded file is ever
 * rendered by the browser; a file whose bytes no longer match its hash is reported instead of served.
 */
@Controller
class DownloadController {

	private final Attachments attachments;

	DownloadController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/files/{id}/download")
	String download(@AuthenticationPrincipal Actor user, @PathVariable long id, HttpServletResponse response,
			Model model) throws IOException {
		Attachments.Download download;
		try {
			download = attachments.open(user, id);
		}
		catch (Attachments.AttachmentTampered ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("attachmentId", id);
			return "files/tampered";
		}
		var attachment = download.attachment();
		response.setContentType("application/octet-stream");
		response.setContentLengthLong(attachment.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = download.content()) {
			in.transferTo(response.getOutputStream());
		}
		return null;
	}
}
