package org.fazhi.legal.internal.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Procuratorial suggestions as JSON: the register (paged and scoped like the page), one suggestion with its plan and
 * reply period, and every step, with the same guards as the pages.
 */
@RestController
@RequestMapping("/api/v1/legal/suggestions")
class SuggestionApi {

	record SuggestionSummary(long id, String suggestionNo, String procuratorate, String documentNo,
			LocalDate receivedOn, String problems, long handlerId, State state, LocalDate replyDueOn,
			LocalDate repliedOn, String replyText, Boolean repliedOnTime, LocalDate rectifiedOn, Long letterFileId,
			Long replyFileId) {

		static SuggestionSummary of(ProcuratorialSuggestion s) {
			return new SuggestionSummary(s.getId(), s.getSuggestionNo(), s.getProcuratorate(), s.getDocumentNo(),
					s.getReceivedOn(), s.getProblems(), s.getHandlerId(), s.getState(), s.getReplyDueOn(),
					s.getRepliedOn(), s.getReplyText(), s.getRepliedOnTime(), s.getRectifiedOn(), s.getLetterFileId(),
					s.getReplyFileId());
		}
	}

	record ItemSummary(long id, int seq, String problem, String measure, long ownerId, LocalDate dueOn,
			LocalDate doneOn, String doneNote, Long evidenceFileId) {

		static ItemSummary of(RectificationItem i) {
			return new ItemSummary(i.getId(), i.getSeq(), i.getProblem(), i.getMeasure(), i.getOwnerId(), i.getDueOn(),
					i.getDoneOn(), i.getDoneNote(), i.getEvidenceFileId());
		}
	}

	record SuggestionPage(List<SuggestionSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record DeadlineSummary(long id, String rule, String citation, LocalDate due, String status, Boolean completedOnTime) {
	}

	record SuggestionDetail(SuggestionSummary suggestion, List<ItemSummary> plan, List<DeadlineSummary> deadlines) {
	}

	private final SuggestionWork work;

	SuggestionApi(SuggestionWork work) {
		this.work = work;
	}

	private SuggestionDetail detail(FazhiUser user, long id) {
		var s = work.get(user, id);
		return new SuggestionDetail(SuggestionSummary.of(s),
				work.itemsOf(user, id).stream().map(ItemSummary::of).toList(),
				work.deadlinesOf(user, id).stream().map(d -> new DeadlineSummary(d.id(), d.rule().code(),
						d.rule().citation(), d.due(), d.status().name(), d.completedOnTime())).toList());
	}

	@GetMapping
	@PreAuthorize(SuggestionPages.MAY_READ)
	SuggestionPage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) State state,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean exact) {
		var filter = SuggestionPages.filter(state, year, null);
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		return new SuggestionPage(result.getContent().stream().map(SuggestionSummary::of).toList(),
				result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages(),
				result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(SuggestionPages.MAY_READ)
	SuggestionDetail get(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return detail(user, id);
	}

	@PostMapping
	@PreAuthorize(SuggestionPages.MAY_HANDLE)
	@ResponseStatus(HttpStatus.CREATED)
	SuggestionDetail receive(@AuthenticationPrincipal FazhiUser user,
			@RequestParam(required = false) String procuratorate, @RequestParam(required = false) String documentNo,
			@RequestParam(required = false) LocalDate receivedOn, @RequestParam(required = false) String problems,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) MultipartFile file) {
		long[] id = new long[1];
		SuggestionPages.withFile(file, (name, content) -> id[0] = work.receive(user,
				new SuggestionWork.Receipt(procuratorate, documentNo, receivedOn, problems, handlerId), name, content)
			.getId());
		return detail(user, id[0]);
	}

	@PostMapping("/{id}/plan")
	@PreAuthorize(SuggestionPages.MAY_HANDLE)
	@ResponseStatus(HttpStatus.CREATED)
	SuggestionDetail plan(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String problem, @RequestParam(required = false) String measure,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) LocalDate dueOn) {
		work.plan(user, id, problem, measure, ownerId, dueOn);
		return detail(user, id);
	}

	@PostMapping("/{id}/items/{itemId}/done")
	@PreAuthorize(SuggestionPages.MAY_HANDLE)
	SuggestionDetail done(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @PathVariable long itemId,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile file) {
		SuggestionPages.withFile(file, (name, content) -> work.done(user, id, itemId, on, note, name, content));
		return detail(user, id);
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize(SuggestionPages.MAY_HANDLE)
	SuggestionDetail reply(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String replyText,
			@RequestParam(required = false) MultipartFile file) {
		SuggestionPages.withFile(file, (name, content) -> work.reply(user, id, on, replyText, name, content));
		return detail(user, id);
	}
}
