package org.fazhi.deadlines.internal;

import java.util.List;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.organisation.FazhiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's deadlines as JSON: the same rows, in the same scope, as the deadlines page. */
@RestController
@RequestMapping("/api/v1/deadlines")
class DeadlineApi {

	private final Deadlines deadlines;

	DeadlineApi(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping
	List<DeadlineView> visible(@AuthenticationPrincipal FazhiUser user) {
		return deadlines.visibleTo(user);
	}

	@GetMapping("/{id}")
	DeadlineView one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return deadlines.get(user, id);
	}
}
