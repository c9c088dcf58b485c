package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.EnforcementRule;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections and hazards: planning by hand or by double random draw (双随机: targets and officers drawn at random,
 * the draw recorded so it can be checked), recording the findings, ordering rectification with a deadline tracked by the
 * deadline engine, and re-inspection that closes a hazard or escalates it (安全生产法 第一百零二条).
 */
@Service
@Transactional
public class InspectionWork {

	public static final String INSPECTION = "INSPECTION";
	public static final String HAZARD = "HAZARD";

	/** The longest rectification period an order may set, in days. */
	static final int MAXIMUM_RECTIFY_DAYS = 180;

	private final InspectionRecords inspections;
	private final HazardRecords hazards;
	private final EntityRegister register;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final AuditTrail trail;
	private final SecureRandom seeds = new SecureRandom();

	private final org.springframework.context.ApplicationEventPublisher publisher;

	private final jakarta.persistence.EntityManager entityManager;

	InspectionWork(InspectionRecords inspections, HazardRecords hazards, EntityRegister register,
			OrganisationDirectory directory, Deadlines deadlines, AuditTrail trail,
			org.springframework.context.ApplicationEventPublisher publisher,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.publisher = publisher;
		this.inspections = inspections;
		this.hazards = hazards;
		this.register = register;
		this.directory = directory;
		this.deadlines = deadlines;
		this.trail = trail;
	}

	/** Filters of the inspection list; null means any; overdue: still planned after its planned day. */
	/** @param figure the records a figure counts, when the list is a figure's drill-down ({@link FigureBook}) */
	public record InspectionFilter(Inspection.State state, Long communityId, Long officerId, Integer year,
			boolean overdue, Specification<Inspection> figure) {

		public InspectionFilter(Inspection.State state, Long communityId, Long officerId, Integer year,
				boolean overdue) {
			this(state, communityId, officerId, year, overdue, null);
		}

		public InspectionFilter(Inspection.State state, Long communityId, Long officerId, Integer year) {
			this(state, communityId, officerId, year, false);
		}
	}

	/** Filters of the hazard list; null means any; overdue: still open after its rectification period. */
	/** @param figure the records a figure counts, when the list is a figure's drill-down ({@link FigureBook}) */
	public record HazardFilter(Hazard.State state, Integer year, Long communityId, boolean overdue,
			Specification<Hazard> figure) {

		public HazardFilter(Hazard.State state, Integer year, Long communityId, boolean overdue) {
			this(state, year, communityId, overdue, null);
		}
	}

	/** One page of the inspections in scope that pass the filter, newest first; the filtering is done by the database. */
	@Transactional(readOnly = true)
	public Page<Inspection> inspections(FazhiUser user, InspectionFilter filter, Pageable page) {
		return inspections(user, filter, page, false);
	}

	/** A page of the inspections, its total counted up to {@link CappedPage#CAP} unless {@code exact}. */
	@Transactional(readOnly = true)
	public CappedPage<Inspection> inspections(FazhiUser user, InspectionFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(inspections, entityManager, Inspection.class, inspectionSpecification(user, filter), page,
				exact);
	}

	/** Every inspection of the filtered list, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEachInspection(FazhiUser user, InspectionFilter filter, java.util.function.Consumer<Inspection> each) {
		return org.fazhi.shared.Keyset.forEach(inspections, entityManager, inspectionSpecification(user, filter),
				Inspection::getId, each);
	}

	private Specification<Inspection> inspectionSpecification(FazhiUser user, InspectionFilter filter) {
		Specification<Inspection> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.communityId() != null) {
				where.add(cb.equal(root.get("communityId"), filter.communityId()));
			}
			if (filter.officerId() != null) {
				where.add(cb.or(cb.equal(root.get("officer1Id"), filter.officerId()),
						cb.equal(root.get("officer2Id"), filter.officerId())));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("plannedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("plannedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			if (filter.overdue()) {
				where.add(cb.equal(root.get("state"), Inspection.State.PLANNED));
				where.add(cb.lessThan(root.get("plannedOn"), deadlines.today()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public Inspection inspection(FazhiUser user, long id) {
		return inspections.findOne(DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION, id))
			.orElseThrow(() -> new NotFound("inspection", id));
	}

	/** One page of the hazards in scope, of one state and year if given, newest order first. */
	@Transactional(readOnly = true)
	public Page<Hazard> hazards(FazhiUser user, Hazard.State state, Integer year, Pageable page) {
		return hazards(user, new HazardFilter(state, year, null, false), page);
	}

	/** One page of the hazards in scope that pass the filter; the filtering is done by the database. */
	@Transactional(readOnly = true)
	public Page<Hazard> hazards(FazhiUser user, HazardFilter filter, Pageable page) {
		return hazards(user, filter, page, false);
	}

	/** A page of the hazards, its total counted up to {@link CappedPage#CAP} unless {@code exact}. */
	@Transactional(readOnly = true)
	public CappedPage<Hazard> hazards(FazhiUser user, HazardFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(hazards, entityManager, Hazard.class, hazardSpecification(user, filter), page, exact);
	}

	/** Every hazard of the filtered list, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEachHazard(FazhiUser user, HazardFilter filter, java.util.function.Consumer<Hazard> each) {
		return org.fazhi.shared.Keyset.forEach(hazards, entityManager, hazardSpecification(user, filter), Hazard::getId,
				each);
	}

	private Specification<Hazard> hazardSpecification(FazhiUser user, HazardFilter filter) {
		List<Long> overdue = filter.overdue() ? deadlines.lateRecords(user, HAZARD, false) : List.of();
		Specification<Hazard> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.communityId() != null) {
				where.add(cb.equal(root.get("communityId"), filter.communityId()));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("orderedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("orderedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			if (filter.overdue()) {
				where.add(overdue.isEmpty() ? cb.disjunction() : root.get("id").in(overdue));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public List<Hazard> hazardsOf(FazhiUser user, long inspectionId) {
		inspection(user, inspectionId);
		// the hazards of an inspection the user reads, each of them still within the user's scope
		return hazards.findAll(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD)
			.and((root, query, cb) -> cb.equal(root.get("inspectionId"), inspectionId)), Sort.by("id"));
	}

	@Transactional(readOnly = true)
	public Hazard hazard(FazhiUser user, long id) {
		return hazards.findOne(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD, id))
			.orElseThrow(() -> new NotFound("hazard", id));
	}

	/** The enforcement officers of the tenant who may be drawn or assigned. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> officers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() == Role.ENFORCEMENT_OFFICER).toList();
	}

	public Inspection plan(FazhiUser user, long entityId, long officer1, long officer2, LocalDate on) {
		var entity = register.get(user, entityId);
		var first = officer(user, officer1);
		var second = officer(user, officer2);
		var inspection = inspections.save(new Inspection(user.tenantId(), entity, null, required("plannedOn", on),
				first.accountId(), second.accountId(), officerNames(first, second), user.accountId()));
		trail.record(AuditAction.CREATE, INSPECTION, inspection.getId(), AuditOutcome.SUCCESS, entity.getName());
		return inspection;
	}

	/**
	 * Draws {@code sampleSize} entities at random from those in scope (optionally of one community or category) and,
	 * for each, two different officers at random. The draw's seed is kept with each inspection, so the same seed and
	 * the same register give the same draw.
	 */
	public List<Inspection> drawAtRandom(FazhiUser user, int sampleSize, Long communityId, EntityCategory category,
			LocalDate on) {
		if (sampleSize < 1 || sampleSize > 500) {
			throw new RuleViolation("sampleSize", "inspection.sample.range");
		}
		var candidates = new ArrayList<>(register.list(user, communityId, category, null).stream()
			.filter(RegulatedEntity::isActive).toList());
		if (candidates.isEmpty()) {
			throw new RuleViolation("sampleSize", "inspection.sample.noTargets");
		}
		var officers = new ArrayList<>(officers(user));
		// 行政处罚法 第四十二条: two officers for each inspection
		if (officers.size() < 2) {
			throw EnforcementRule.INSPECTION_OFFICERS_ON_DUTY.refusal(null);
		}
		long seed = seeds.nextLong();
		String draw = "S" + HexFormat.of().toHexDigits(seed);
		var random = new Random(seed);
		Collections.shuffle(candidates, random);
		List<Inspection> planned = new ArrayList<>();
		for (var entity : candidates.subList(0, Math.min(sampleSize, candidates.size()))) {
			Collections.shuffle(officers, random);
			var first = officers.get(0);
			var second = officers.get(1);
			planned.add(inspections.save(new Inspection(user.tenantId(), entity, draw, required("plannedOn", on),
					first.accountId(), second.accountId(), officerNames(first, second),
					user.accountId())));
		}
		trail.record(AuditAction.CREATE, INSPECTION, null, AuditOutcome.SUCCESS,
				"random draw " + draw + ": " + planned.size() + " of " + candidates.size());
		return planned;
	}

	public Inspection record(FazhiUser user, long id, LocalDate on, String findings, String partners) {
		var inspection = inspection(user, id);
		String text = findings == null ? null : findings.strip();
		if (text == null || text.isEmpty()) {
			throw new RuleViolation("findings", "inspection.findings.required");
		}
		if (text.length() > 2000 || (partners != null && partners.length() > 200)) {
			throw new RuleViolation("findings", "field.tooLong");
		}
		inspection.record(required("inspectedOn", on), text, partners == null || partners.isBlank() ? null : partners.strip());
		trail.record(AuditAction.STATE_CHANGE, INSPECTION, id, AuditOutcome.SUCCESS, "recorded " + on);
		return inspection;
	}

	/** Orders a found hazard removed within {@code days}; the period is tracked as a deadline of the first officer. */
	public Hazard orderRectification(FazhiUser user, long inspectionId, String description, Hazard.Severity severity,
			int days) {
		var inspection = inspection(user, inspectionId);
		if (inspection.getState() != Inspection.State.DONE) {
			throw new RuleViolation(null, "hazard.inspectionNotRecorded");
		}
		String text = description == null ? null : description.strip();
		if (text == null || text.isEmpty()) {
			throw new RuleViolation("description", "hazard.description.required");
		}
		if (text.length() > 500) {
			throw new RuleViolation("description", "field.tooLong");
		}
		if (severity == null) {
			throw new RuleViolation("severity", "hazard.severity.required");
		}
		if (days < 1 || days > MAXIMUM_RECTIFY_DAYS) {
			throw new RuleViolation("days", "hazard.days.range", MAXIMUM_RECTIFY_DAYS);
		}
		var hazard = hazards.save(new Hazard(inspection, text, severity, days, user.accountId()));
		var officer = directory.staffMember(user.tenantId(), inspection.getOfficer1Id()).orElseThrow();
		DeadlineView deadline = deadlines.register(new RegisterDeadline(user.tenantId(), officer.departmentId(),
				inspection.getCommunityId(), HAZARD, String.valueOf(hazard.getId()), text,
				StatutoryRule.HAZARD_RECTIFICATION, inspection.getInspectedOn(), officer.accountId(), user.accountId(),
				days));
		hazard.trackedBy(deadline.id());
		trail.record(AuditAction.CREATE, HAZARD, hazard.getId(), AuditOutcome.SUCCESS,
				severity + ", rectify within " + days + " days, due " + deadline.due());
		return hazard;
	}

	/** Re-inspection found the hazard removed: it closes, and so does its deadline. */
	public Hazard rectified(FazhiUser user, long id, LocalDate on, String note) {
		var hazard = hazard(user, id);
		hazard.rectified(required("on", on), note);
		if (hazard.getDeadlineId() != null) {
			deadlines.completeForRecord(user, hazard.getDeadlineId(), on);
		}
		trail.record(AuditAction.STATE_CHANGE, HAZARD, id, AuditOutcome.SUCCESS, "rectified " + on);
		return hazard;
	}

	/** Re-inspection found the hazard still there after its period: it goes to a case (安全生产法 第一百零二条). */
	public Hazard escalate(FazhiUser user, long id, LocalDate on, String note) {
		var hazard = hazard(user, id);
		var deadline = deadlines.getForRecord(user, hazard.getDeadlineId());
		hazard.escalate(required("on", on), deadline.due(), note);
		deadlines.completeForRecord(user, hazard.getDeadlineId(), on);
		trail.record(AuditAction.STATE_CHANGE, HAZARD, id, AuditOutcome.SUCCESS, "escalated " + on);
		publisher.publishEvent(new org.fazhi.enforcement.HazardEscalated(hazard.getTenantId(), id, on));
		return hazard;
	}

	/** The two officers as records name them: 黄伟、林强. */
	public static String officerNames(OrganisationDirectory.StaffMember first, OrganisationDirectory.StaffMember second) {
		return first.fullName() + "、" + second.fullName();
	}

	private OrganisationDirectory.StaffMember officer(FazhiUser user, long accountId) {
		return directory.staffMember(user.tenantId(), accountId).filter(s -> s.role() == Role.ENFORCEMENT_OFFICER)
			.orElseThrow(() -> new RuleViolation("officer1Id", "inspection.officer.unknown"));
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new RuleViolation(field, "field.required");
		}
		return value;
	}
}
