package org.fazhi.enforcement.internal.figures;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.inspections.InspectionRecords;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.internal.inspections.JointLink;
import org.fazhi.enforcement.internal.cases.CasePayment;
import org.fazhi.enforcement.internal.cases.CaseRecords;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import static org.fazhi.enforcement.EnforcementFigures.CASES_DECIDED;
import static org.fazhi.enforcement.EnforcementFigures.CASES_DECIDED_IN;
import static org.fazhi.enforcement.EnforcementFigures.CASES_FILED;
import static org.fazhi.enforcement.EnforcementFigures.CASES_FILED_IN;
import static org.fazhi.enforcement.EnforcementFigures.CASES_TRANSFERRED;
import static org.fazhi.enforcement.EnforcementFigures.COLLECTIVE_DISCUSSIONS;
import static org.fazhi.enforcement.EnforcementFigures.COURT_APPLICATIONS;
import static org.fazhi.enforcement.EnforcementFigures.ENTERPRISES_INSPECTED;
import static org.fazhi.enforcement.EnforcementFigures.FINES_PAID;
import static org.fazhi.enforcement.EnforcementFigures.HAZARDS_ESCALATED;
import static org.fazhi.enforcement.EnforcementFigures.HAZARDS_FOUND;
import static org.fazhi.enforcement.EnforcementFigures.HAZARDS_RECTIFIED;
import static org.fazhi.enforcement.EnforcementFigures.HEARINGS;
import static org.fazhi.enforcement.EnforcementFigures.INSPECTIONS;
import static org.fazhi.enforcement.EnforcementFigures.JOINT_OPERATIONS;
import static org.fazhi.enforcement.EnforcementFigures.LEGAL_REVIEWS;
import static org.fazhi.enforcement.EnforcementFigures.MATTERS_IN_CATALOGUE;
import static org.fazhi.enforcement.EnforcementFigures.NO_PENALTY_DECISIONS;
import static org.fazhi.enforcement.EnforcementFigures.PENALTIES;
import static org.fazhi.enforcement.EnforcementFigures.PENALTIES_SUMMARY;
import static org.fazhi.enforcement.EnforcementFigures.PENALTY_AMOUNT;
import static org.fazhi.enforcement.EnforcementFigures.PUBLICATIONS;
import static org.fazhi.enforcement.EnforcementFigures.PUBLICATIONS_ON_TIME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;

import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.enforcement.EnforcementFigures;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Procedure;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Actor;
import org.fazhi.shared.FigureSource;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement figures, each defined once as the records it counts: the value is the number (or the sum) of
 * those records, and its drill-down is the list filtered by the same definition ({@code ?figure=CODE&figureYear=Y}),
 * so the list always shows exactly what the figure counts.
 */
@Component
@Transactional(readOnly = true)
public class FigureBook implements FigureSource {

	/** What a figure counts: the list it opens, and how its value follows from the records. */
	public enum Kind {
		CASES("/enforcement/cases", "COUNT"), CASE_FINES("/enforcement/cases", "YUAN"),
		CASE_PAYMENTS("/enforcement/cases", "YUAN"), INSPECTIONS("/enforcement/inspections", "COUNT"),
		HAZARDS("/enforcement/hazards", "COUNT"), ENTITIES("/enforcement/entities", "ENTITIES"),
		MATTERS("/enforcement/matters", "COUNT");

		final String list;
		final String unit;

		Kind(String list, String unit) {
			this.list = list;
			this.unit = unit;
		}
	}

	/** The days of a year: from its first day, up to the first day of the next. */
	record Year(long tenantId, LocalDate from, LocalDate to) {

		static Year of(long tenantId, int year) {
			return new Year(tenantId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
		}

		int number() {
			return from.getYear();
		}
	}

	record Definition(String code, Kind kind, BiFunction<FigureBook, Year, Specification<?>> records) {
	}

	private final Map<String, Definition> definitions = new LinkedHashMap<>();

	private final EntityManager entityManager;
	private final CaseRecords cases;
	private final InspectionRecords inspections;
	private final HazardRecords hazards;
	private final StatutoryCalendar calendar;

	FigureBook(EntityManager entityManager, CaseRecords cases, InspectionRecords inspections, HazardRecords hazards,
			StatutoryCalendar calendar) {
		this.entityManager = entityManager;
		this.cases = cases;
		this.inspections = inspections;
		this.hazards = hazards;
		this.calendar = calendar;
		define(ENTERPRISES_INSPECTED, Kind.ENTITIES, (book, y) -> book.inspectedEntities(y));
		define(INSPECTIONS, Kind.INSPECTIONS, (book, y) -> inspectedIn(y));
		define(JOINT_OPERATIONS, Kind.INSPECTIONS, (book, y) -> FigureBook.<Inspection>inspectedIn(y)
			.and((root, query, cb) -> {
				var link = query.subquery(Long.class);
				var joint = link.from(JointLink.class);
				link.select(joint.get("id")).where(cb.equal(joint.get("inspectionId"), root.get("id")));
				return cb.or(cb.isNotNull(root.get("partners")), cb.exists(link));
			}));
		define(HAZARDS_FOUND, Kind.HAZARDS, (book, y) -> within(y, "orderedOn"));
		define(HAZARDS_RECTIFIED, Kind.HAZARDS, (book, y) -> FigureBook.<Hazard>within(y, "closedOn")
			.and((root, query, cb) -> cb.equal(root.get("state"), Hazard.State.RECTIFIED)));
		define(HAZARDS_ESCALATED, Kind.HAZARDS, (book, y) -> FigureBook.<Hazard>within(y, "closedOn")
			.and((root, query, cb) -> cb.equal(root.get("state"), Hazard.State.ESCALATED)));
		define(MATTERS_IN_CATALOGUE, Kind.MATTERS, (book, y) -> (Specification<EnforcementMatter>) (root, query,
				cb) -> cb.and(cb.equal(root.get("tenantId"), y.tenantId()), cb.isTrue(root.get("active"))));
		define(CASES_FILED, Kind.CASES, (book, y) -> within(y, "filedOn"));
		define(CASES_DECIDED, Kind.CASES, (book, y) -> within(y, "decidedOn"));
		define(PENALTIES, Kind.CASES, (book, y) -> penalties(y));
		define(PENALTIES_SUMMARY, Kind.CASES, (book, y) -> penalties(y)
			.and((root, query, cb) -> cb.equal(root.get("procedureKind"), Procedure.SUMMARY)));
		define(PENALTY_AMOUNT, Kind.CASE_FINES, (book, y) -> penalties(y));
		define(FINES_PAID, Kind.CASE_PAYMENTS, (book, y) -> paidIn(y));
		define(NO_PENALTY_DECISIONS, Kind.CASES, (book, y) -> FigureBook.<PenaltyCase>within(y, "decidedOn")
			.and((root, query, cb) -> cb.notEqual(root.get("outcome"), Outcome.PENALTY)));
		define(COURT_APPLICATIONS, Kind.CASES, (book, y) -> within(y, "courtAppliedOn"));
		define(CASES_TRANSFERRED, Kind.CASES, (book, y) -> FigureBook.<PenaltyCase>within(y, "closedOn")
			.and((root, query, cb) -> cb.equal(root.get("state"), State.TRANSFERRED)));
		define(LEGAL_REVIEWS, Kind.CASES, (book, y) -> within(y, "reviewOn"));
		define(HEARINGS, Kind.CASES, (book, y) -> within(y, "hearingHeldOn"));
		define(COLLECTIVE_DISCUSSIONS, Kind.CASES, (book, y) -> within(y, "discussionOn"));
		define(PUBLICATIONS, Kind.CASES, (book, y) -> published(y));
		define(PUBLICATIONS_ON_TIME, Kind.CASES, (book, y) -> book.publishedOnTime(y));
		for (EnforcementDomain domain : EnforcementDomain.values()) {
			String code = domain.name().toLowerCase(Locale.ROOT);
			define(CASES_FILED_IN + code, Kind.CASES, (book, y) -> FigureBook.<PenaltyCase>within(y, "filedOn")
				.and(inDomain(domain)));
			define(CASES_DECIDED_IN + code, Kind.CASES, (book, y) -> FigureBook.<PenaltyCase>within(y, "decidedOn")
				.and(inDomain(domain)));
		}
	}

	private void define(String code, Kind kind, BiFunction<FigureBook, Year, Specification<?>> records) {
		definitions.put(code, new Definition(code, kind, records));
	}

	/** Every figure's value for a tenant's year, under the codes of {@link EnforcementFigures}. */
	public Map<String, Long> values(long tenantId, int year) {
		Map<String, Long> values = new LinkedHashMap<>();
		Year y = Year.of(tenantId, year);
		definitions.values().forEach(definition -> values.put(definition.code(), value(definition, y)));
		return values;
	}

	@Override
	public List<Figure> figures(Actor actor, int year) {
		if (!(actor instanceof FazhiUser user) || !EnforcementFigures.readableBy(user)) {
			return List.of();
		}
		Year y = Year.of(user.tenantId(), year);
		List<Figure> figures = new ArrayList<>();
		for (Definition definition : definitions.values()) {
			String key = "figure." + definition.code();
			// a count is its own value: one query for both; a sum needs its own
			long counted = count(definition, y);
			long value = definition.kind().unit.equals("YUAN") ? value(definition, y) : counted;
			figures.add(new Figure("enforcement", definition.code(), key, key + ".definition", definition.kind().unit,
					value, definition.kind().list + "?figure=" + definition.code() + "&figureYear=" + year, counted));
		}
		return figures;
	}

	/** The records a figure counts in a tenant's year, for the list it drills down to; empty for an unknown code. */
	@SuppressWarnings("unchecked")
	<T> Optional<Specification<T>> records(String code, Kind expected, long tenantId, int year) {
		var definition = definitions.get(code);
		if (definition == null || !definition.kind().list.equals(expected.list)) {
			return Optional.empty();
		}
		return Optional.of((Specification<T>) definition.records().apply(this, Year.of(tenantId, year)));
	}

	/** A list opened as a figure's drill-down: the figure, its year, and the records it counts. */
	public record Drill<T>(String code, int year, String labelKey, Specification<T> records) {
	}

	/**
	 * The drill-down a list was opened as ({@code ?figure=CODE&figureYear=Y}), or empty when the parameters name no
	 * figure of this list; the records are the figure's in the user's own tenant.
	 */
	public <T> Optional<Drill<T>> drill(Actor user, String code, Integer year, Kind kind) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return this.<T>records(code, kind, user.tenantId(), year)
			.map(records -> new Drill<>(code, year, "figure." + code, records));
	}

	private long value(Definition definition, Year y) {
		return switch (definition.kind()) {
			case CASE_FINES -> sumOfFines(y);
			case CASE_PAYMENTS -> sumOfPayments(y);
			default -> count(definition, y);
		};
	}

	@SuppressWarnings("unchecked")
	private long count(Definition definition, Year y) {
		var records = definition.records().apply(this, y);
		return switch (definition.kind()) {
			case CASES, CASE_FINES, CASE_PAYMENTS -> cases.count((Specification<PenaltyCase>) records);
			case INSPECTIONS -> inspections.count((Specification<Inspection>) records);
			case HAZARDS -> hazards.count((Specification<Hazard>) records);
			case ENTITIES -> countOf(RegulatedEntity.class, (Specification<RegulatedEntity>) records);
			case MATTERS -> countOf(EnforcementMatter.class, (Specification<EnforcementMatter>) records);
		};
	}

	private <T> long countOf(Class<T> type, Specification<T> records) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		query.select(cb.count(root)).where(records.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	private long sumOfFines(Year y) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		Root<PenaltyCase> root = query.from(PenaltyCase.class);
		query.select(cb.coalesce(cb.sum(root.<Long>get("fine")), 0L))
			.where(FigureBook.penalties(y).toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	private long sumOfPayments(Year y) {
		return entityManager.createQuery("select coalesce(sum(p.amount), 0L) from CasePayment p where p.paidOn >= :from"
				+ " and p.paidOn < :to and p.caseId in (select c.id from PenaltyCase c where c.tenantId = :t)", Long.class)
			.setParameter("t", y.tenantId())
			.setParameter("from", y.from())
			.setParameter("to", y.to())
			.getSingleResult();
	}

	private static <T> Specification<T> within(Year y, String day) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), y.tenantId()),
				cb.greaterThanOrEqualTo(root.get(day), y.from()), cb.lessThan(root.get(day), y.to()));
	}

	private static <T> Specification<T> inspectedIn(Year y) {
		return within(y, "inspectedOn");
	}

	/** Penalty decisions of the year not later revoked (the report's 行政处罚 N 宗). */
	private static Specification<PenaltyCase> penalties(Year y) {
		return FigureBook.<PenaltyCase>within(y, "decidedOn")
			.and((root, query, cb) -> cb.and(cb.equal(root.get("outcome"), Outcome.PENALTY),
					cb.isNull(root.get("revokedOn"))));
	}

	/** Decisions of the year published and still public: a publication withdrawn (第四十八条第二款) is not. */
	private static Specification<PenaltyCase> published(Year y) {
		return FigureBook.<PenaltyCase>within(y, "decidedOn")
			.and((root, query, cb) -> cb.and(cb.isNotNull(root.get("publishedOn")), cb.isNull(root.get("withdrawnOn"))));
	}

	/** Cases with a payment in the year (the records whose payments {@code fines_paid} sums). */
	private static Specification<PenaltyCase> paidIn(Year y) {
		return (root, query, cb) -> {
			var paid = query.subquery(Long.class);
			var payment = paid.from(CasePayment.class);
			paid.select(payment.get("caseId")).where(cb.greaterThanOrEqualTo(payment.get("paidOn"), y.from()),
					cb.lessThan(payment.get("paidOn"), y.to()));
			return cb.and(cb.equal(root.get("tenantId"), y.tenantId()), root.get("id").in(paid));
		};
	}

	private static Specification<PenaltyCase> inDomain(EnforcementDomain domain) {
		return (root, query, cb) -> {
			var sub = query.subquery(Long.class);
			var matter = sub.from(EnforcementMatter.class);
			sub.select(matter.get("id")).where(cb.equal(matter.get("domain"), domain));
			return root.get("matterId").in(sub);
		};
	}

	/** Entities inspected in the year (the report's 检查企业 N 家): each entity once, however often inspected. */
	private Specification<RegulatedEntity> inspectedEntities(Year y) {
		return (root, query, cb) -> {
			var inspected = query.subquery(Long.class);
			var inspection = inspected.from(Inspection.class);
			inspected.select(inspection.get("entityId")).where(cb.equal(inspection.get("tenantId"), y.tenantId()),
					cb.greaterThanOrEqualTo(inspection.get("inspectedOn"), y.from()),
					cb.lessThan(inspection.get("inspectedOn"), y.to()));
			return cb.and(cb.equal(root.get("tenantId"), y.tenantId()), root.get("id").in(inspected));
		};
	}

	/** Of the year's published decisions, those published within seven working days (国办发〔2018〕118号). */
	private Specification<PenaltyCase> publishedOnTime(Year y) {
		var rule = StatutoryRule.PENALTY_PUBLICATION;
		var periods = calendar.periods();
		List<Long> onTime = cases.findAll(published(y)).stream()
			.filter(c -> !c.getPublishedOn().isAfter(periods.after(c.getDecidedOn(), rule.length(), rule.unit()).due()))
			.map(PenaltyCase::getId)
			.toList();
		return (root, query, cb) -> onTime.isEmpty() ? cb.disjunction() : root.get("id").in(onTime);
	}
}
