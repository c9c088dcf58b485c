package org.fazhi.legal.internal.decisions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.fazhi.audit.Refusals;
import org.fazhi.legal.internal.decisions.MajorDecision.Kind;
import org.fazhi.legal.internal.decisions.MajorDecision.State;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of major decisions and normative documents, its figures' drill-down, the form that enters a matter,
 * and one matter with its procedure and only the steps the 条例 and the user's post allow now.
 */
@Controller
@RequestMapping("/legal/decisions")
class DecisionPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'LEGAL_REVIEWER', 'AUDITOR')";
	static final String MAY_DRAFT = "hasAnyRole('LEADER', 'LEGAL_OFFICER')";
	static final String MAY_REVIEW = "hasAnyRole('LEGAL_OFFICER', 'LEGAL_REVIEWER')";
	static final String MAY_DISCUSS = "hasRole('LEADER')";

	private final DecisionWork work;
	private final OrganisationDirectory directory;
	private final LegalFigureBook figures;
	private final Refusals refusals;

	DecisionPages(DecisionWork work, OrganisationDirectory directory, LegalFigureBook figures, Refusals refusals) {
		this.work = work;
		this.directory = directory;
		this.figures = figures;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry decisionsNavigation() {
		return new NavigationEntry(63, "legal", "nav.decisions", "/legal/decisions",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_REVIEWER", "AUDITOR"));
	}

	@GetMapping
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) State state, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		var drill = figures.decisionDrill(user, figure, figureYear);
		var filter = new DecisionWork.DecisionFilter(kind, state, year == null || year < 2000 || year > 2100 ? null : year, null);
		var result = Paging.clamped(page, 50, Sort.by("catalogueYear", "id").descending(), p -> work.page(user, filter,
				drill.map(LegalFigureBook.Drill::records).orElse(null), p, exact));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("decisions", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("states", State.values());
		model.addAttribute("mayDraft", DecisionWork.mayDraft(user));
		model.addAttribute("thisYear", work.today().getYear());
		int catalogueYear = filter.year() == null ? work.today().getYear() : filter.year();
		var catalogue = work.catalogueOf(user, catalogueYear).orElse(null);
		model.addAttribute("catalogueYear", catalogueYear);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("mayPublishCatalogue", catalogue == null && DecisionWork.mayDiscuss(user));
		model.addAttribute("tenantCode", user.tenantCode());
		model.addAttribute("today", work.today());
		return "legal/decisions/decisions";
	}

	private String act(RedirectAttributes redirect, String path, Long id, Runnable action) {
		return refusals.actThenRedirect(redirect, path, DecisionWork.DECISION, id, action);
	}

	@PostMapping
	@PreAuthorize(MAY_DRAFT)
	String enter(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions", null, () -> work.enter(user,
				Input.choice(Kind.class, "kind", form.get("kind")), form.get("title"),
				year(form.get("year")),
				"on".equals(form.get("expertNeeded")), "on".equals(form.get("riskNeeded"))));
	}

	@PostMapping("/catalogue")
	@PreAuthorize(MAY_DISCUSS)
	String publishCatalogue(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Integer year = year(form.get("year"));
		return act(redirect, "/legal/decisions" + (year == null || year < 0 ? "" : "?year=" + year), null,
				() -> work.publishCatalogue(user, year, optionalDate("on", form.get("on")), form.get("where")));
	}

	/** A year as typed; one far outside any calendar becomes -1, which the use case refuses as out of range. */
	static Integer year(String value) {
		Long n = Input.number("year", value);
		return n == null ? null : n < 0 || n > 9999 ? -1 : n.intValue();
	}

	private static LocalDate optionalDate(String field, String value) {
		return Input.trim(value) == null ? null : Input.date(field, value);
	}

	@GetMapping("/{id}")
	@PreAuthorize(MAY_READ)
	String decision(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var d = work.get(user, id);
		model.addAttribute("d", d);
		model.addAttribute("deadlines", work.deadlinesOf(user, id));
		Map<Long, String> names = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		model.addAttribute("names", names);
		model.addAttribute("today", work.today());
		boolean draft = DecisionWork.mayDraft(user);
		boolean drafting = d.getState() == State.DRAFTING;
		model.addAttribute("mayOpenComment", draft && drafting && d.getCommentFrom() == null);
		model.addAttribute("mayCloseComment", draft && d.getState() == State.COMMENT);
		model.addAttribute("mayAssess", draft && drafting);
		model.addAttribute("maySendForReview", draft && drafting);
		model.addAttribute("reviewers", draft && drafting ? work.reviewers(user) : java.util.List.of());
		model.addAttribute("mayReview", DecisionWork.mayReview(user) && d.getState() == State.REVIEW);
		model.addAttribute("mayDiscuss", DecisionWork.mayDiscuss(user) && d.getState() == State.REVIEWED);
		// why the discussion is closed: 第二十五条
		model.addAttribute("discussionClosed", DecisionWork.mayDiscuss(user) && d.getState() != State.REVIEWED
				&& d.getDiscussedOn() == null);
		model.addAttribute("mayPublish", draft && d.getState() == State.DECIDED);
		model.addAttribute("mayArchive", draft && (d.getState() == State.PUBLISHED || d.getState() == State.REJECTED));
		model.addAttribute("mayEvaluate", draft && d.getPublishedOn() != null && d.getEvaluatedOn() == null);
		model.addAttribute("reviews", MajorDecision.Review.values());
		model.addAttribute("resolutions", MajorDecision.Resolution.values());
		return "legal/decisions/decision";
	}

	@PostMapping("/{id}/comment")
	@PreAuthorize(MAY_DRAFT)
	String openComment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String from, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.openComment(user, id, optionalDate("from", from)));
	}

	@PostMapping("/{id}/comment/close")
	@PreAuthorize(MAY_DRAFT)
	String closeComment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.closeComment(user, id,
				optionalDate("on", form.get("on")), form.get("shortenedReason")));
	}

	@PostMapping("/{id}/assessed")
	@PreAuthorize(MAY_DRAFT)
	String assessed(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.assessed(user, id,
				"EXPERT".equals(form.get("what")), optionalDate("on", form.get("on"))));
	}

	@PostMapping("/{id}/review/send")
	@PreAuthorize(MAY_DRAFT)
	String send(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String reviewerId, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id,
				() -> work.sendForReview(user, id, Input.number("reviewerId", reviewerId)));
	}

	@PostMapping("/{id}/review")
	@PreAuthorize(MAY_REVIEW)
	String review(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.review(user, id,
				Input.choice(MajorDecision.Review.class, "review", form.get("review")), form.get("reviewText"),
				optionalDate("on", form.get("on"))));
	}

	@PostMapping("/{id}/discuss")
	@PreAuthorize(MAY_DISCUSS)
	String discuss(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.discuss(user, id,
				optionalDate("on", form.get("on")), form.get("meeting"), form.get("opinions"), form.get("dissent"),
				Input.choice(MajorDecision.Resolution.class, "resolution", form.get("resolution"))));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(MAY_DRAFT)
	String publish(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.publish(user, id,
				optionalDate("on", form.get("on")), form.get("where"), optionalDate("filedOn", form.get("filedOn"))));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(MAY_DRAFT)
	String archive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.archive(user, id, optionalDate("on", on)));
	}

	@PostMapping("/{id}/evaluate")
	@PreAuthorize(MAY_DRAFT)
	String evaluate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/legal/decisions/" + id, id, () -> work.evaluate(user, id,
				optionalDate("on", form.get("on")), form.get("evaluation")));
	}
}
