package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement figures of a subdistrict for a year, computed from the records, under fixed codes that the annual
 * report and outside checks rely on: inspections and hazards, and the penalty cases filed, decided, published on time,
 * reviewed and heard, with the cases filed and decided per field of enforcement.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementFigures {

	/** Distinct regulated entities inspected in the year (the report's 检查企业 N 家). */
	public static final String ENTERPRISES_INSPECTED = "enterprises_inspected";
	public static final String INSPECTIONS = "inspections";
	/** Inspections done with partner departments: partners named, or linked to a partner's record. */
	public static final String JOINT_OPERATIONS = "joint_operations";
	public static final String HAZARDS_FOUND = "hazards_found";
	/** Hazards whose removal was confirmed in the year (the report's 整改隐患 N 处). */
	public static final String HAZARDS_RECTIFIED = "hazards_rectified";
	public static final String HAZARDS_ESCALATED = "hazards_escalated";
	public static final String MATTERS_IN_CATALOGUE = "matters_in_catalogue";
	/** Cases filed with the head's approval in the year (general procedure). */
	public static final String CASES_FILED = "cases_filed";
	/** Decisions of the year of any outcome, in either procedure. */
	public static final String CASES_DECIDED = "cases_decided";
	/** Penalty decisions of the year not later changed or revoked (the report's 行政处罚 N 宗). */
	public static final String PENALTIES = "penalties";
	public static final String PENALTIES_SUMMARY = "penalties_summary";
	/** The fines of those decisions, in yuan. */
	public static final String PENALTY_AMOUNT = "penalty_amount";
	/** Fines, instalments and surcharges paid in the year, in yuan. */
	public static final String FINES_PAID = "fines_paid";
	public static final String NO_PENALTY_DECISIONS = "no_penalty_decisions";
	/** Applications to the court for enforcement of unpaid fines in the year (行政强制法 第五十三条). */
	public static final String COURT_APPLICATIONS = "court_applications";
	public static final String CASES_TRANSFERRED = "cases_transferred";
	public static final String LEGAL_REVIEWS = "legal_reviews";
	public static final String HEARINGS = "hearings";
	public static final String COLLECTIVE_DISCUSSIONS = "collective_discussions";
	/** Decisions of the year published. */
	public static final String PUBLICATIONS = "publications";
	/** Of those, published within seven working days of the decision (国办发〔2018〕118号). */
	public static final String PUBLICATIONS_ON_TIME = "publications_on_time";
	/** Prefixes of the per-domain figures: {@code cases_filed_work_safety}, {@code cases_decided_fire}, ... */
	public static final String CASES_FILED_IN = "cases_filed_";
	public static final String CASES_DECIDED_IN = "cases_decided_";

	private final EntityManager entityManager;

	private final org.fazhi.deadlines.StatutoryCalendar calendar;

	EnforcementFigures(EntityManager entityManager, org.fazhi.deadlines.StatutoryCalendar calendar) {
		this.entityManager = entityManager;
		this.calendar = calendar;
	}

	/**
	 * Whether the user reads every record the figures count (the whole tenant's register and cases): only they read
	 * the figures, so figures, lists and details always agree.
	 */
	public static boolean readableBy(org.fazhi.organisation.FazhiUser user) {
		return user.scope() == org.fazhi.organisation.DataScope.TENANT
				&& user.role().reads(org.fazhi.organisation.RecordFamily.ENFORCEMENT_REGISTER)
					== org.fazhi.organisation.ReadAccess.SCOPE
				&& user.role().reads(org.fazhi.organisation.RecordFamily.ENFORCEMENT_CASES)
					== org.fazhi.organisation.ReadAccess.SCOPE;
	}

	/** The figures of the user's tenant for a year, for a user who may read them (see {@link #readableBy}). */
	public java.util.Optional<Map<String, Long>> forUser(org.fazhi.organisation.FazhiUser user, int year) {
		return readableBy(user) ? java.util.Optional.of(of(user.tenantId(), year)) : java.util.Optional.empty();
	}

	public Map<String, Long> of(long tenantId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year + 1, 1, 1);
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put(ENTERPRISES_INSPECTED, count("select count(distinct i.entityId) from Inspection i where i.tenantId"
				+ " = :t and i.inspectedOn >= :from and i.inspectedOn < :to", tenantId, from, to));
		figures.put(INSPECTIONS, count("select count(i) from Inspection i where i.tenantId = :t and i.inspectedOn"
				+ " >= :from and i.inspectedOn < :to", tenantId, from, to));
		figures.put(JOINT_OPERATIONS, count("select count(i) from Inspection i where i.tenantId = :t and i.inspectedOn"
				+ " >= :from and i.inspectedOn < :to and (i.partners is not null"
				+ " or exists (select j.id from JointLink j where j.inspectionId = i.id))", tenantId, from, to));
		figures.put(HAZARDS_FOUND, count("select count(h) from Hazard h where h.tenantId = :t and h.orderedOn >= :from"
				+ " and h.orderedOn < :to", tenantId, from, to));
		figures.put(HAZARDS_RECTIFIED, count("select count(h) from Hazard h where h.tenantId = :t and h.state ="
				+ " org.fazhi.enforcement.internal.Hazard.State.RECTIFIED and h.closedOn >= :from and h.closedOn < :to",
				tenantId, from, to));
		figures.put(HAZARDS_ESCALATED, count("select count(h) from Hazard h where h.tenantId = :t and h.state ="
				+ " org.fazhi.enforcement.internal.Hazard.State.ESCALATED and h.closedOn >= :from and h.closedOn < :to",
				tenantId, from, to));
		figures.put(MATTERS_IN_CATALOGUE, entityManager
			.createQuery("select count(m) from EnforcementMatter m where m.tenantId = :t and m.active = true", Long.class)
			.setParameter("t", tenantId)
			.getSingleResult());
		String inYear = " c.tenantId = :t and c.%s >= :from and c.%s < :to";
		figures.put(CASES_FILED, count("select count(c) from PenaltyCase c where" + inYear.formatted("filedOn", "filedOn"),
				tenantId, from, to));
		figures.put(CASES_DECIDED, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("decidedOn", "decidedOn"), tenantId, from, to));
		String penalty = " and c.outcome = org.fazhi.enforcement.internal.PenaltyCase.Outcome.PENALTY and c.revokedOn is null";
		figures.put(PENALTIES, count("select count(c) from PenaltyCase c where" + inYear.formatted("decidedOn", "decidedOn")
				+ penalty, tenantId, from, to));
		figures.put(PENALTIES_SUMMARY, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("decidedOn", "decidedOn") + penalty
				+ " and c.procedureKind = org.fazhi.enforcement.internal.PenaltyCase.Procedure.SUMMARY", tenantId, from, to));
		figures.put(PENALTY_AMOUNT, count("select coalesce(sum(c.fine), 0L) from PenaltyCase c where"
				+ inYear.formatted("decidedOn", "decidedOn") + penalty, tenantId, from, to));
		figures.put(FINES_PAID, count("select coalesce(sum(p.amount), 0L) from CasePayment p where p.paidOn >= :from"
				+ " and p.paidOn < :to and p.caseId in (select c.id from PenaltyCase c where c.tenantId = :t)", tenantId,
				from, to));
		figures.put(NO_PENALTY_DECISIONS, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("decidedOn", "decidedOn")
				+ " and c.outcome <> org.fazhi.enforcement.internal.PenaltyCase.Outcome.PENALTY", tenantId, from, to));
		figures.put(COURT_APPLICATIONS, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("courtAppliedOn", "courtAppliedOn"), tenantId, from, to));
		figures.put(CASES_TRANSFERRED, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("closedOn", "closedOn")
				+ " and c.state = org.fazhi.enforcement.internal.PenaltyCase.State.TRANSFERRED", tenantId, from, to));
		figures.put(LEGAL_REVIEWS, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("reviewOn", "reviewOn"), tenantId, from, to));
		figures.put(HEARINGS, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("hearingHeldOn", "hearingHeldOn"), tenantId, from, to));
		figures.put(COLLECTIVE_DISCUSSIONS, count("select count(c) from PenaltyCase c where"
				+ inYear.formatted("discussionOn", "discussionOn"), tenantId, from, to));
		var published = entityManager.createQuery("select c.decidedOn, c.publishedOn from PenaltyCase c where"
				+ inYear.formatted("decidedOn", "decidedOn") + " and c.publishedOn is not null", Object[].class)
			.setParameter("t", tenantId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
		var periods = calendar.periods();
		var rule = org.fazhi.deadlines.StatutoryRule.PENALTY_PUBLICATION;
		figures.put(PUBLICATIONS, (long) published.size());
		figures.put(PUBLICATIONS_ON_TIME, published.stream()
			.filter(row -> !((LocalDate) row[1]).isAfter(periods.after((LocalDate) row[0], rule.length(), rule.unit()).due()))
			.count());
		for (EnforcementDomain domain : EnforcementDomain.values()) {
			String matterIn = " and c.matterId in (select m.id from EnforcementMatter m where m.domain = :d)";
			String code = domain.name().toLowerCase(java.util.Locale.ROOT);
			figures.put(CASES_FILED_IN + code, countIn("select count(c) from PenaltyCase c where"
					+ inYear.formatted("filedOn", "filedOn") + matterIn, tenantId, from, to, domain));
			figures.put(CASES_DECIDED_IN + code, countIn("select count(c) from PenaltyCase c where"
					+ inYear.formatted("decidedOn", "decidedOn") + matterIn, tenantId, from, to, domain));
		}
		return figures;
	}

	private long countIn(String jpql, long tenantId, LocalDate from, LocalDate to, EnforcementDomain domain) {
		return entityManager.createQuery(jpql, Long.class)
			.setParameter("t", tenantId)
			.setParameter("from", from)
			.setParameter("to", to)
			.setParameter("d", domain)
			.getSingleResult();
	}

	private long count(String jpql, long tenantId, LocalDate from, LocalDate to) {
		return entityManager.createQuery(jpql, Long.class)
			.setParameter("t", tenantId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getSingleResult();
	}
}
