package org.fazhi.ledger.internal.meetings;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.organisation.FazhiUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting a meeting's decision done by the API: its deadline, completed. */
@RestController
@PreAuthorize("isAuthenticated()")
class MeetingActionApi {

	private final MeetingActionWork work;

	MeetingActionApi(MeetingActionWork work) {
		this.work = work;
	}

	@PostMapping("/api/v1/ledgers/meeting-actions/{id}/done")
	ResponseEntity<DeadlineView> doneByApi(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on) {
		return ResponseEntity.ok(work.done(user, id, MeetingActionPages.day(on)));
	}
}
