package org.fazhi.legal.internal.opinions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Legal opinions as JSON: the register (paged and scoped like the page) and recording one, with the same guards. */
@RestController
@RequestMapping("/api/v1/legal/opinions")
class OpinionApi {

	record OpinionView(long id, String opinionNo, LegalOpinion.Subject subject, String subjectRef, String question,
			String opinion, long authorId, LocalDate givenOn, Long fileId) {

		static OpinionView of(LegalOpinion o) {
			return new OpinionView(o.getId(), o.getOpinionNo(), o.getSubjectKind(), o.getSubjectRef(), o.getQuestion(),
					o.getOpinion(), o.getAuthorId(), o.getGivenOn(), o.getFileId());
		}
	}

	record OpinionPage(List<OpinionView> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	private final OpinionWork work;

	OpinionApi(OpinionWork work) {
		this.work = work;
	}

	@GetMapping
	@PreAuthorize(OpinionPages.MAY_READ)
	OpinionPage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		Integer shown = year == null || year < 2000 || year > 2100 ? null : year;
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("givenOn", "id").descending(),
				p -> work.page(user, shown, null, p, exact));
		return new OpinionPage(result.getContent().stream().map(OpinionView::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@PostMapping
	@PreAuthorize(OpinionPages.MAY_RECORD)
	@ResponseStatus(HttpStatus.CREATED)
	OpinionView record(@AuthenticationPrincipal FazhiUser user,
			@RequestParam(required = false) LegalOpinion.Subject subject,
			@RequestParam(required = false) String subjectRef, @RequestParam(required = false) String question,
			@RequestParam(required = false) String opinion, @RequestParam(required = false) Long authorId,
			@RequestParam(required = false) LocalDate givenOn, @RequestParam(required = false) MultipartFile file) {
		var in = new OpinionWork.Record(subject, subjectRef, question, opinion, authorId, givenOn);
		if (file == null || file.isEmpty()) {
			return OpinionView.of(work.record(user, in, null, null));
		}
		try (var content = file.getInputStream()) {
			return OpinionView.of(work.record(user, in, file.getOriginalFilename(), content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
