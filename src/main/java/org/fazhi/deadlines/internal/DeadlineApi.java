package org.fazhi.deadlines.internal;

import java.util.List;

import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's deadlines as JSON: the same rows, in the same scope, as the deadlines page. */
@RestController
@RequestMapping("/api/v1/deadlines")
class DeadlineApi {

	private final Deadlines deadlines;

	DeadlineApi(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	/**
	 * A page of the caller's deadlines, as the deadlines page lists them: the running ones most urgent first, or those
	 * of one {@code status} ({@code COMPLETED}: the latest first). {@code totalCapped}: past
	 * {@link org.fazhi.shared.CappedPage#CAP} rows the total is a lower bound; {@code exact=true} counts it.
	 */
	@GetMapping
	DeadlinePage visible(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) DeadlineStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		int bounded = Math.min(Math.max(size, 1), 500);
		// a page past the last answers the last, as the page does
		var result = Paging.clamped(page, bounded,
				org.springframework.data.domain.Sort.unsorted(), p -> deadlines.page(user, status, p, exact));
		return new DeadlinePage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages(), result.isCapped());
	}

	record DeadlinePage(List<DeadlineView> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	@GetMapping("/{id}")
	DeadlineView one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return deadlines.get(user, id);
	}
}
