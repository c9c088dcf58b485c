package org.fazhi.enforcement.internal.cases;

import org.fazhi.shared.CappedPage;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.internal.cases.CaseWork.CaseFilter;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading penalty cases within the reader's scope: the lists, the agenda, a case and what hangs on it. */
@Service
@Transactional
public class CaseReading extends CaseProcedure {

	private final jakarta.persistence.EntityManager entityManager;

	CaseReading(Parts parts, jakarta.persistence.EntityManager entityManager) {
		super(parts);
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Page<PenaltyCase> list(FazhiUser user, CaseFilter filter, Pageable page) {
		return list(user, filter, page, false);
	}

	/** A page of the list, its total counted up to {@link CappedPage#CAP} unless {@code exact}. */
	public CappedPage<PenaltyCase> list(FazhiUser user, CaseFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(cases, entityManager, PenaltyCase.class, specification(user, filter), page, exact);
	}

	/** Every case of the filtered list, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEach(FazhiUser user, CaseFilter filter, java.util.function.Consumer<PenaltyCase> each) {
		return org.fazhi.shared.Keyset.forEach(cases, entityManager, specification(user, filter), PenaltyCase::getId,
				each);
	}

	Specification<PenaltyCase> specification(FazhiUser user, CaseFilter filter) {
		List<Long> overdueIds = filter.overdue() ? overdueCaseIds(user) : List.of();
		Specification<PenaltyCase> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.domain() != null) {
				var sub = query.subquery(Long.class);
				var matter = sub.from(EnforcementMatter.class);
				sub.select(matter.get("id")).where(cb.equal(matter.get("domain"), filter.domain()));
				where.add(root.get("matterId").in(sub));
			}
			if (filter.communityId() != null) {
				where.add(cb.equal(root.get("communityId"), filter.communityId()));
			}
			if (filter.officerId() != null) {
				where.add(cb.or(cb.equal(root.get("officer1Id"), filter.officerId()),
						cb.equal(root.get("officer2Id"), filter.officerId())));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("registeredOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("registeredOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			if (filter.overdue()) {
				where.add(overdueIds.isEmpty() ? cb.disjunction() : root.get("id").in(overdueIds));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	/**
	 * The cases waiting for the user's own step (the workbench): a leader's filings to approve and discussions to
	 * hold, a reviewer's cases under review, an officer's open cases; within the user's data scope.
	 */
	@Transactional(readOnly = true)
	public List<PenaltyCase> agenda(FazhiUser user, int shown) {
		Specification<PenaltyCase> waiting;
		Sort order = Sort.by("registeredOn", "id");
		if (user.hasRole(Role.LEADER)) {
			waiting = (root, query, cb) -> cb.or(cb.equal(root.get("state"), State.REGISTERED),
					cb.and(root.get("state").in(State.FILED, State.NOTIFIED), cb.isNotNull(root.get("proposalOn"))),
					cb.and(cb.equal(root.get("state"), State.NOTIFIED), cb.isNull(root.get("discussionOn")),
							cb.or(cb.isTrue(root.get("complexCase")), cb.isTrue(root.get("majorInterest")),
									cb.isTrue(root.get("hearingRight")))));
		}
		else if (user.hasRole(Role.LEGAL_REVIEWER)) {
			waiting = (root, query, cb) -> cb.and(cb.equal(root.get("state"), State.REVIEW),
					cb.equal(root.get("reviewerId"), user.accountId()));
			order = Sort.by("reviewSubmittedOn", "id");
		}
		else if (user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			waiting = (root, query, cb) -> cb.and(
					cb.or(cb.equal(root.get("officer1Id"), user.accountId()),
							cb.equal(root.get("officer2Id"), user.accountId())),
					cb.not(root.get("state").in(State.CLOSED, State.TERMINATED, State.TRANSFERRED)));
		}
		else {
			return List.of();
		}
		return cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(waiting),
				org.springframework.data.domain.PageRequest.of(0, shown, order)).getContent();
	}

	/** Cases with an open deadline past its day, or a step done after its deadline (a late service, a late publication). */
	private List<Long> overdueCaseIds(FazhiUser user) {
		return deadlines.lateRecords(user, CaseWork.CASE, true);
	}

	/** The steps the user took lately on cases they still read, newest first, with each case (已办). */
	@Transactional(readOnly = true)
	public List<Map.Entry<CaseEvent, PenaltyCase>> doneBy(FazhiUser user, int shown) {
		var steps = events.findTop50ByActorIdOrderByHappenedOnDescIdDesc(user.accountId());
		if (steps.isEmpty()) {
			return List.of();
		}
		var ids = steps.stream().map(CaseEvent::getCaseId).distinct().toList();
		Map<Long, PenaltyCase> readable = new java.util.HashMap<>();
		cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE)
			.and((root, query, cb) -> root.get("id").in(ids))).forEach(c -> readable.put(c.getId(), c));
		return steps.stream().filter(e -> readable.containsKey(e.getCaseId()))
			.map(e -> Map.entry(e, readable.get(e.getCaseId()))).limit(shown).toList();
	}

	@Transactional(readOnly = true)
	public List<CaseEvent> timeline(FazhiUser user, long id) {
		get(user, id);
		return events.findByCaseIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<CaseEvidence> evidence(FazhiUser user, long id) {
		get(user, id);
		return evidence.findByCaseIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var c = get(user, id);
		return deadlines.ofRecord(c.getTenantId(), CaseWork.CASE, String.valueOf(id));
	}

	/** The carried-out inspections within the user's scope a case may come from, the latest first (at most 200). */
	@Transactional(readOnly = true)
	public List<Inspection> inspectionsToFileFrom(FazhiUser user) {
		return inspections.findAll(DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION)
			.and((root, query, cb) -> cb.equal(root.get("state"), Inspection.State.DONE)),
				org.springframework.data.domain.PageRequest.of(0, 200,
						Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.desc("id"))))
			.getContent();
	}

	/** The hazards within the user's scope not removed in their period and not yet filed (安全生产法 第一百零二条). */
	@Transactional(readOnly = true)
	public List<Hazard> hazardsToFile(FazhiUser user) {
		return hazards.findAll(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD)
			.and((root, query, cb) -> {
				var filed = query.subquery(Long.class);
				var c = filed.from(PenaltyCase.class);
				filed.select(c.get("id")).where(cb.equal(c.get("hazardId"), root.get("id")));
				return cb.and(cb.equal(root.get("state"), Hazard.State.ESCALATED), cb.not(cb.exists(filed)));
			}), org.springframework.data.domain.PageRequest.of(0, 200,
					Sort.by(Sort.Order.desc("closedOn"), Sort.Order.desc("id"))))
			.getContent();
	}

	@Transactional(readOnly = true)
	public List<CasePayment> payments(FazhiUser user, long id) {
		get(user, id);
		return payments.findByCaseIdOrderByIdAsc(id);
	}
}
