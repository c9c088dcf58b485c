package org.fazhi.legal.internal.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.documents.DocumentNumbers;
import org.fazhi.legal.LegalAffairsRule;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.legal.internal.decisions.MajorDecision.Kind;
import org.fazhi.legal.internal.decisions.MajorDecision.State;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major administrative decisions and normative documents, every step a use case with its guard and its audit entry
 * in the same transaction: the drafting department (or the justice office) enters a matter in the year's catalogue,
 * opens the public comment for at least 30 days (第十五条, a deadline; shorter only with the urgency stated), records
 * expert review and risk assessment where needed, sends the draft to legality review, which nothing replaces and
 * without a passed opinion there is no discussion (第二十五条); the head records the collective discussion with the
 * members' opinions and any dissent (第三十条); then publication (第三十二条), filing of a normative document, archive
 * (第三十三条) and post-evaluation (第三十六条).
 */
@Service
@Transactional
public class DecisionWork {

	public static final String DECISION = "MAJOR_DECISION";

	/** {@code reviewerId}: only the drafts sent to this reviewer (the reviewer's to-dos); null for all. */
	public record DecisionFilter(Kind kind, State state, Integer year, Long reviewerId) {
	}

	private final MajorDecisions decisions;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final DocumentNumbers numbers;
	private final AuditTrail trail;
	private final EntityManager entityManager;
	private final DecisionCatalogues catalogues;

	DecisionWork(MajorDecisions decisions, OrganisationDirectory directory, Deadlines deadlines, DocumentNumbers numbers,
			AuditTrail trail, EntityManager entityManager, DecisionCatalogues catalogues) {
		this.catalogues = catalogues;
		this.decisions = decisions;
		this.directory = directory;
		this.deadlines = deadlines;
		this.numbers = numbers;
		this.trail = trail;
		this.entityManager = entityManager;
	}

	/** The drafting side: the leadership and the justice office. */
	public static boolean mayDraft(FazhiUser user) {
		return user.hasRole(Role.LEADER) || user.hasRole(Role.LEGAL_OFFICER);
	}

	/** The legality review: the justice office (with the lawyers' opinions, 第二十八条) or a legal reviewer. */
	public static boolean mayReview(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER) || user.hasRole(Role.LEGAL_REVIEWER);
	}

	/** The collective discussion and the decision: the head of the office. */
	public static boolean mayDiscuss(FazhiUser user) {
		return user.hasRole(Role.LEADER);
	}

	public LocalDate today() {
		return deadlines.today();
	}

	@Transactional(readOnly = true)
	public MajorDecision get(FazhiUser user, long id) {
		return decisions.findOne(DataScopes.<MajorDecision>readable(user, LegalRecords.DECISION, id))
			.orElseThrow(() -> new NotFound("decision", id));
	}

	@Transactional(readOnly = true)
	public CappedPage<MajorDecision> page(FazhiUser user, DecisionFilter filter, Specification<MajorDecision> figure,
			Pageable page, boolean exact) {
		Specification<MajorDecision> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.year() != null) {
				where.add(cb.equal(root.get("catalogueYear"), filter.year()));
			}
			if (filter.reviewerId() != null) {
				where.add(cb.equal(root.get("reviewerId"), filter.reviewerId()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<MajorDecision>readable(user, LegalRecords.DECISION).and(filtered);
		return CappedPage.read(decisions, entityManager, MajorDecision.class,
				figure == null ? readable : readable.and(figure), page, exact);
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var d = get(user, id);
		return deadlines.ofRecord(d.getTenantId(), DECISION, String.valueOf(id));
	}

	/** Who may review: the justice office and the legal reviewers of the tenant. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> reviewers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() == Role.LEGAL_OFFICER || s.role() == Role.LEGAL_REVIEWER).toList();
	}

	private LocalDate day(String field, LocalDate on, LocalDate notBefore) {
		return Input.pastDay(field, on, today(), notBefore);
	}

	private static void notNow(MajorDecision d) {
		throw new RuleViolation(null, "decision.step.notNow", d.getState().asArgument());
	}

	private MajorDecision drafted(FazhiUser user, long id) {
		if (!mayDraft(user)) {
			throw new AccessDeniedException("the drafting side takes this step");
		}
		return get(user, id);
	}

	/** A matter entered in the year's catalogue (第三条、第四条), or a normative document being drafted. */
	public MajorDecision enter(FazhiUser user, Kind kind, String title, Integer year, boolean expertNeeded,
			boolean riskNeeded) {
		if (!mayDraft(user)) {
			throw new AccessDeniedException("the leadership and the justice office keep the catalogue");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "field.required");
		}
		String name = Input.text("title", title, 200, true);
		int y = year == null ? today().getYear() : year;
		if (y < 2000 || y > today().getYear() + 1) {
			throw new RuleViolation("year", "contract.date.range");
		}
		int n = numbers.next(user.tenantId(), "LEGAL-" + kind.name(), y);
		var d = decisions.save(new MajorDecision(user.tenantId(), user.departmentId(),
				"（" + y + "）" + (kind == Kind.MAJOR_DECISION ? "重大决策第" : "规范性文件第") + n + "号", kind, name, y,
				expertNeeded, riskNeeded, user.accountId()));
		trail.record(AuditAction.CREATE, DECISION, d.getId(), AuditOutcome.SUCCESS, d.getDecisionNo() + " "
				+ kind.name().toLowerCase(Locale.ROOT));
		return d;
	}

	/** The draft is published for comment (第十五条): the period runs at least 30 days from the day. */
	public MajorDecision openComment(FazhiUser user, long id, LocalDate from) {
		var d = drafted(user, id);
		if (d.getState() != State.DRAFTING || d.getCommentFrom() != null) {
			notNow(d);
		}
		LocalDate day = day("from", from, null);
		var deadline = deadlines.register(new RegisterDeadline(d.getTenantId(), d.getDepartmentId(), null, DECISION,
				String.valueOf(id), d.getDecisionNo() + " " + d.getTitle() + " 公开征求意见",
				StatutoryRule.DECISION_PUBLIC_COMMENT, day, user.accountId(), user.accountId()));
		d.commentOpened(day, deadline.due(), deadline.id());
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "public comment from " + day
				+ " until at least " + deadline.due());
		return d;
	}

	/**
	 * The comment is closed: not before its 30 days end, unless the urgency that shortens it was stated when it was
	 * opened and is recorded now (第十五条第一款).
	 */
	public MajorDecision closeComment(FazhiUser user, long id, LocalDate on, String shortenedReason) {
		var d = drafted(user, id);
		if (d.getState() != State.COMMENT) {
			notNow(d);
		}
		LocalDate day = day("on", on, d.getCommentFrom());
		String reason = Input.text("shortenedReason", shortenedReason, 500, false);
		if (day.isBefore(d.getCommentDueOn()) && reason == null) {
			throw LegalAffairsRule.DECISION_COMMENT_PERIOD.refusal("on", d.getCommentDueOn());
		}
		if (d.getCommentDeadlineId() != null) {
			deadlines.completeForRecord(user, d.getCommentDeadlineId(),
					day.isBefore(d.getCommentDueOn()) ? day : d.getCommentDueOn());
		}
		d.commentClosed(day, day.isBefore(d.getCommentDueOn()) ? reason : null);
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "public comment closed " + day
				+ (d.getShortenedReason() == null ? "" : ", shortened: " + d.getShortenedReason()));
		return d;
	}

	/** Expert review (第十九条) or risk assessment (第二十二条) recorded. */
	public MajorDecision assessed(FazhiUser user, long id, boolean expert, LocalDate on) {
		var d = drafted(user, id);
		if (d.getState() != State.DRAFTING) {
			notNow(d);
		}
		LocalDate day = day("on", on, null);
		if (expert) {
			d.expertReviewed(day);
		}
		else {
			d.riskAssessed(day);
		}
		trail.record(AuditAction.UPDATE, DECISION, id, AuditOutcome.SUCCESS, (expert ? "expert review " : "risk assessment ") + day);
		return d;
	}

	/** The draft goes to the legality review (第二十六条), once its needed expert review and risk assessment are done. */
	public MajorDecision sendForReview(FazhiUser user, long id, Long reviewerId) {
		var d = drafted(user, id);
		if (d.getState() != State.DRAFTING) {
			notNow(d);
		}
		if ((d.isExpertNeeded() && d.getExpertReviewOn() == null) || (d.isRiskNeeded() && d.getRiskAssessedOn() == null)) {
			throw new RuleViolation(null, "decision.review.assessmentsFirst");
		}
		if (reviewerId == null) {
			throw new RuleViolation("reviewerId", "field.required");
		}
		var reviewer = reviewers(user).stream().filter(s -> s.accountId() == reviewerId).findFirst()
			.orElseThrow(() -> new RuleViolation("reviewerId", "contract.lawyer.unknown"));
		d.sentForReview(reviewer.accountId());
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "sent for legality review to " + reviewer.fullName());
		return d;
	}

	/** The legality review's opinion (第二十七条、第二十八条): passed, or returned for changes. */
	public MajorDecision review(FazhiUser user, long id, MajorDecision.Review review, String text, LocalDate on) {
		if (!mayReview(user)) {
			throw new AccessDeniedException("the justice office or a legal reviewer reviews legality");
		}
		var d = get(user, id);
		if (d.getState() != State.REVIEW) {
			notNow(d);
		}
		if (review == null) {
			throw new RuleViolation("review", "field.required");
		}
		String why = Input.text("reviewText", text, 4000, true);
		d.reviewed(review, day("on", on, null), why);
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "legality review "
				+ review.name().toLowerCase(Locale.ROOT));
		return d;
	}

	/**
	 * The collective discussion (第三十条): only of a draft whose legality review passed (第二十五条: nothing replaces
	 * it); the members' opinions are recorded, and a dissent as it was said.
	 */
	public MajorDecision discuss(FazhiUser user, long id, LocalDate on, String meeting, String opinions,
			String dissent, MajorDecision.Resolution resolution) {
		if (!mayDiscuss(user)) {
			throw new AccessDeniedException("the head decides on the collective discussion");
		}
		var d = get(user, id);
		if (d.getReview() != MajorDecision.Review.PASSED || d.getState() != State.REVIEWED) {
			throw LegalAffairsRule.DECISION_LEGALITY_REVIEW.refusal(null);
		}
		String held = Input.text("meeting", meeting, 100, true);
		String said = Input.text("opinions", opinions, 4000, false);
		if (said == null) {
			throw LegalAffairsRule.DECISION_DISCUSSION_RECORDED.refusal("opinions");
		}
		if (resolution == null) {
			throw new RuleViolation("resolution", "field.required");
		}
		d.discussed(day("on", on, d.getReviewOn()), held, said, Input.text("dissent", dissent, 4000, false), resolution);
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "discussed at " + held + ": "
				+ resolution.name().toLowerCase(Locale.ROOT) + (d.getDissent() == null ? "" : ", dissent recorded"));
		return d;
	}

	/** Publication of an adopted decision or document (第三十二条), and a normative document's filing. */
	public MajorDecision publish(FazhiUser user, long id, LocalDate on, String where, LocalDate filedOn) {
		var d = drafted(user, id);
		if (d.getState() != State.DECIDED) {
			notNow(d);
		}
		LocalDate day = day("on", on, d.getDiscussedOn());
		d.published(day, Input.text("where", where, 200, true));
		if (d.getKind() == Kind.NORMATIVE_DOCUMENT) {
			if (filedOn == null) {
				throw new RuleViolation("filedOn", "decision.filing.required");
			}
			d.filed(day("filedOn", filedOn, d.getDiscussedOn()));
		}
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "published " + day);
		return d;
	}

	/** The record and materials archived (第三十三条). */
	public MajorDecision archive(FazhiUser user, long id, LocalDate on) {
		var d = drafted(user, id);
		if (d.getState() != State.PUBLISHED && d.getState() != State.REJECTED) {
			notNow(d);
		}
		d.archived(day("on", on, d.getDiscussedOn()));
		trail.record(AuditAction.STATE_CHANGE, DECISION, id, AuditOutcome.SUCCESS, "archived");
		return d;
	}

	/** A post-evaluation (第三十六条) of a published decision. */
	public MajorDecision evaluate(FazhiUser user, long id, LocalDate on, String text) {
		var d = drafted(user, id);
		if (d.getPublishedOn() == null) {
			notNow(d);
		}
		d.evaluated(day("on", on, d.getPublishedOn()), Input.text("evaluation", text, 4000, true));
		trail.record(AuditAction.UPDATE, DECISION, id, AuditOutcome.SUCCESS, "post-evaluation");
		return d;
	}

	/** The year's catalogue as published, if it was (第四条). */
	@Transactional(readOnly = true)
	public java.util.Optional<DecisionCatalogue> catalogueOf(FazhiUser user, int year) {
		return catalogues.findByTenantIdAndCatalogueYear(user.tenantId(), year);
	}

	/**
	 * The head publishes the year's catalogue of major decision matters (第四条): once per year, and only a catalogue
	 * that holds at least one matter; matters entered later are published with the page as they are entered.
	 */
	public DecisionCatalogue publishCatalogue(FazhiUser user, Integer year, LocalDate on, String where) {
		if (!mayDiscuss(user)) {
			throw new AccessDeniedException("the decision-making body adopts and publishes the catalogue");
		}
		if (year == null || year < 2000 || year > today().getYear() + 1) {
			throw new RuleViolation("year", "contract.date.range");
		}
		if (catalogues.findByTenantIdAndCatalogueYear(user.tenantId(), year).isPresent()) {
			throw new RuleViolation("year", "decision.catalogue.published");
		}
		if (decisions.countByTenantIdAndCatalogueYearAndKind(user.tenantId(), year, Kind.MAJOR_DECISION) == 0) {
			throw new RuleViolation("year", "decision.catalogue.empty");
		}
		LocalDate day = day("on", on, null);
		String place = Input.text("where", where, 200, true);
		DecisionCatalogue catalogue;
		try {
			catalogue = catalogues.saveAndFlush(new DecisionCatalogue(user.tenantId(), year, day, place, user.accountId()));
		}
		catch (org.springframework.dao.DataIntegrityViolationException raced) {
			throw new RuleViolation("year", "decision.catalogue.published");
		}
		trail.record(AuditAction.CREATE, "DECISION_CATALOGUE", catalogue.getId(), AuditOutcome.SUCCESS,
				"catalogue " + year + " published " + day + " (" + place + ")");
		return catalogue;
	}
}
