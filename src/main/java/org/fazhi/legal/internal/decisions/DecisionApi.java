package org.fazhi.legal.internal.decisions;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.decisions.MajorDecision.Kind;
import org.fazhi.legal.internal.decisions.MajorDecision.State;
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

/**
 * Major decisions and normative documents as JSON: the catalogue (paged and scoped like the page), one matter with its
 * periods, every step of the 条例 with the same guards as the pages, and the year's catalogue publication.
 */
@RestController
@RequestMapping("/api/v1/legal/decisions")
class DecisionApi {

	record DecisionSummary(long id, String decisionNo, Kind kind, String title, int catalogueYear, State state,
			boolean expertNeeded, boolean riskNeeded, LocalDate commentFrom, LocalDate commentDueOn,
			LocalDate commentClosedOn, String shortenedReason, LocalDate expertReviewOn, LocalDate riskAssessedOn,
			Long reviewerId, MajorDecision.Review review, LocalDate reviewOn, String reviewText, LocalDate discussedOn,
			String meeting, String opinions, String dissent, MajorDecision.Resolution resolution, LocalDate publishedOn,
			String publishedWhere, LocalDate filedOn, LocalDate archivedOn, LocalDate evaluatedOn, String evaluation) {

		static DecisionSummary of(MajorDecision d) {
			return new DecisionSummary(d.getId(), d.getDecisionNo(), d.getKind(), d.getTitle(), d.getCatalogueYear(),
					d.getState(), d.isExpertNeeded(), d.isRiskNeeded(), d.getCommentFrom(), d.getCommentDueOn(),
					d.getCommentClosedOn(), d.getShortenedReason(), d.getExpertReviewOn(), d.getRiskAssessedOn(),
					d.getReviewerId(), d.getReview(), d.getReviewOn(), d.getReviewText(), d.getDiscussedOn(),
					d.getMeeting(), d.getOpinions(), d.getDissent(), d.getResolution(), d.getPublishedOn(),
					d.getPublishedWhere(), d.getFiledOn(), d.getArchivedOn(), d.getEvaluatedOn(), d.getEvaluation());
		}
	}

	record DecisionPage(List<DecisionSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record DeadlineSummary(long id, String rule, String citation, LocalDate due, String status, Boolean completedOnTime) {
	}

	record DecisionDetail(DecisionSummary decision, List<DeadlineSummary> deadlines) {
	}

	record CatalogueStatus(int year, boolean published, LocalDate publishedOn, String publishedWhere) {
	}

	private final DecisionWork work;

	DecisionApi(DecisionWork work) {
		this.work = work;
	}

	private DecisionDetail detail(FazhiUser user, long id) {
		var d = work.get(user, id);
		return new DecisionDetail(DecisionSummary.of(d), work.deadlinesOf(user, id).stream()
			.map(x -> new DeadlineSummary(x.id(), x.rule().code(), x.rule().citation(), x.due(), x.status().name(),
					x.completedOnTime()))
			.toList());
	}

	@GetMapping
	@PreAuthorize(DecisionPages.MAY_READ)
	DecisionPage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) State state, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		var filter = new DecisionWork.DecisionFilter(kind, state, year == null || year < 2000 || year > 2100 ? null : year, null);
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("catalogueYear", "id").descending(),
				p -> work.page(user, filter, null, p, exact));
		return new DecisionPage(result.getContent().stream().map(DecisionSummary::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(DecisionPages.MAY_READ)
	DecisionDetail get(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return detail(user, id);
	}

	@PostMapping
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	@ResponseStatus(HttpStatus.CREATED)
	DecisionDetail enter(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "false") boolean expertNeeded,
			@RequestParam(defaultValue = "false") boolean riskNeeded) {
		var d = work.enter(user, kind, title, DecisionPages.year(year), expertNeeded, riskNeeded);
		return detail(user, d.getId());
	}

	@PostMapping("/{id}/comment")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail openComment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate from) {
		work.openComment(user, id, from);
		return detail(user, id);
	}

	@PostMapping("/{id}/comment/close")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail closeComment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String shortenedReason) {
		work.closeComment(user, id, on, shortenedReason);
		return detail(user, id);
	}

	/** {@code what}: EXPERT for the expert review (第十九条), RISK for the risk assessment (第二十二条). */
	@PostMapping("/{id}/assessed")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail assessed(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String what, @RequestParam(required = false) LocalDate on) {
		if (!"EXPERT".equals(what) && !"RISK".equals(what)) {
			throw new org.fazhi.shared.RuleViolation("what", "field.required");
		}
		work.assessed(user, id, "EXPERT".equals(what), on);
		return detail(user, id);
	}

	@PostMapping("/{id}/review/send")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail send(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) Long reviewerId) {
		work.sendForReview(user, id, reviewerId);
		return detail(user, id);
	}

	@PostMapping("/{id}/review")
	@PreAuthorize(DecisionPages.MAY_REVIEW)
	DecisionDetail review(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) MajorDecision.Review review,
			@RequestParam(required = false) String reviewText, @RequestParam(required = false) LocalDate on) {
		work.review(user, id, review, reviewText, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/discuss")
	@PreAuthorize(DecisionPages.MAY_DISCUSS)
	DecisionDetail discuss(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String meeting,
			@RequestParam(required = false) String opinions, @RequestParam(required = false) String dissent,
			@RequestParam(required = false) MajorDecision.Resolution resolution) {
		work.discuss(user, id, on, meeting, opinions, dissent, resolution);
		return detail(user, id);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail publish(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String where,
			@RequestParam(required = false) LocalDate filedOn) {
		work.publish(user, id, on, where, filedOn);
		return detail(user, id);
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail archive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on) {
		work.archive(user, id, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/evaluate")
	@PreAuthorize(DecisionPages.MAY_DRAFT)
	DecisionDetail evaluate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String evaluation) {
		work.evaluate(user, id, on, evaluation);
		return detail(user, id);
	}

	@GetMapping("/catalogue")
	@PreAuthorize(DecisionPages.MAY_READ)
	CatalogueStatus catalogue(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Integer year) {
		int y = year == null || year < 2000 || year > 2100 ? work.today().getYear() : year;
		var c = work.catalogueOf(user, y);
		return new CatalogueStatus(y, c.isPresent(), c.map(DecisionCatalogue::getPublishedOn).orElse(null),
				c.map(DecisionCatalogue::getPublishedWhere).orElse(null));
	}

	@PostMapping("/catalogue")
	@PreAuthorize(DecisionPages.MAY_DISCUSS)
	@ResponseStatus(HttpStatus.CREATED)
	CatalogueStatus publishCatalogue(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String where) {
		var c = work.publishCatalogue(user, DecisionPages.year(year), on, where);
		return new CatalogueStatus(c.getCatalogueYear(), true, c.getPublishedOn(), c.getPublishedWhere());
	}
}
