package org.fazhi.mediation.internal.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.fazhi.mediation.internal.bodies.MediationBody;
import org.fazhi.mediation.internal.bodies.Mediator;
import org.fazhi.mediation.internal.campaigns.MediationActivity;
import org.fazhi.mediation.internal.campaigns.ScreeningCampaign;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.ReadAccess;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.shared.Actor;
import org.fazhi.shared.FigureSource;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of people's mediation, each defined once as the records it counts: the value is their number (their sum,
 * or a rate of two such numbers) and the drill-down lists exactly them ({@code ?figure=CODE&figureYear=Y}).
 * <ul>
 * <li>disputes mediated: accepted for mediation (every party consented) in the year; major or difficult among them;
 * the amount they involve;</li>
 * <li>agreements reached in the year; the agreement rate: agreements among the disputes whose mediation ended in the
 * year (agreed, failed, ended or referred after acceptance);</li>
 * <li>judicial confirmations applied for in the year; the performance rate: performed in full among the follow-up
 * visits' findings of the year's agreements;</li>
 * <li>the community resolution rate (小矛盾不出社区): the agreements of the year reached at community level;</li>
 * <li>screening campaigns begun, mediation publicity events and mediator trainings held in the year;</li>
 * <li>mediators by grade (the active roster), and rooms and studios opened in the year.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class MediationFigureBook implements FigureSource {

	public static final String DISPUTES_MEDIATED = "mediation_disputes";
	public static final String DISPUTES_MAJOR = "mediation_disputes_major";
	public static final String DISPUTE_AMOUNT = "mediation_amount";
	public static final String AGREEMENTS = "mediation_agreements";
	public static final String AGREEMENT_RATE = "mediation_agreement_rate";
	public static final String CONFIRMATIONS = "mediation_confirmations";
	public static final String PERFORMANCE_RATE = "mediation_performance_rate";
	public static final String COMMUNITY_RATE = "mediation_community_rate";
	public static final String CAMPAIGNS = "mediation_campaigns";
	public static final String PUBLICITY = "mediation_publicity_events";
	public static final String TRAININGS = "mediation_trainings";
	public static final String GRADE_3 = "mediators_grade_3";
	public static final String GRADE_4 = "mediators_grade_4";
	public static final String ROOMS_OPENED = "mediation_rooms_opened";
	public static final String PROPERTY_ROOMS_OPENED = "mediation_property_rooms_opened";

	/** The lists the figures drill down to. */
	public enum Kind {
		DISPUTES("/mediation/disputes"), CAMPAIGNS("/mediation/campaigns"), ACTIVITIES("/mediation/activities"),
		ORGANISATION("/mediation/organisation");

		final String list;

		Kind(String list) {
			this.list = list;
		}
	}

	/** A list opened as a figure's drill-down: the figure, its year, and the records it counts. */
	public record Drill<T>(String code, int year, String labelKey, Specification<T> records) {
	}

	private final EntityManager entityManager;

	MediationFigureBook(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The figures count the whole tenant: they are read by exactly those whose scope reads all its disputes. */
	public static boolean readableBy(FazhiUser user) {
		return user.role().reads(RecordFamily.MEDIATION) == ReadAccess.SCOPE
				&& (user.scope() == DataScope.TENANT || user.scope() == DataScope.DEPARTMENT);
	}

	private static LocalDate from(int year) {
		return LocalDate.of(year, 1, 1);
	}

	private static LocalDate to(int year) {
		return LocalDate.of(year + 1, 1, 1);
	}

	static <T> Specification<T> within(long tenantId, int year, String day) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.greaterThanOrEqualTo(root.get(day), from(year)), cb.lessThan(root.get(day), to(year)));
	}

	/** The disputes a figure counts, by its code; empty for a code that counts no disputes. */
	Optional<Specification<Dispute>> disputes(String code, long tenantId, int year) {
		Specification<Dispute> mediated = within(tenantId, year, "acceptedOn");
		Specification<Dispute> agreed = within(tenantId, year, "agreedOn");
		return Optional.ofNullable(switch (code) {
			case DISPUTES_MEDIATED, DISPUTE_AMOUNT -> mediated;
			case DISPUTES_MAJOR -> mediated.and((root, query, cb) -> cb.isTrue(root.get("majorDifficult")));
			case AGREEMENTS, COMMUNITY_RATE -> agreed;
			case AGREEMENT_RATE -> concluded(tenantId, year);
			case CONFIRMATIONS -> within(tenantId, year, "confirmationFiledOn");
			case PERFORMANCE_RATE -> agreed.and((root, query, cb) -> cb.isNotNull(root.get("performance")));
			default -> null;
		});
	}

	/** Disputes whose mediation ended in the year after acceptance: agreed, or closed without an agreement. */
	private static Specification<Dispute> concluded(long tenantId, int year) {
		Specification<Dispute> agreed = within(tenantId, year, "agreedOn");
		Specification<Dispute> without = closedWithout(tenantId, from(year), to(year));
		return agreed.or(without);
	}

	@Override
	public List<Figure> figures(Actor actor, int year) {
		if (!(actor instanceof FazhiUser user) || !readableBy(user)) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		values(user.tenantId(), year).forEach((code, value) -> figures.add(figure(user.tenantId(), year, code, value)));
		return figures;
	}

	private Figure figure(long tenantId, int year, String code, long value) {
		String key = "figure." + code;
		String unit = switch (code) {
			case DISPUTE_AMOUNT -> "YUAN";
			case AGREEMENT_RATE, PERFORMANCE_RATE, COMMUNITY_RATE -> "PERCENT";
			default -> "COUNT";
		};
		var disputes = disputes(code, tenantId, year);
		String drill;
		long counted;
		if (disputes.isPresent()) {
			drill = Kind.DISPUTES.list + "?figure=" + code + "&figureYear=" + year;
			// a count is its own number of records; a sum or a rate counts the records of its whole again
			counted = unit.equals("COUNT") ? value : count(Dispute.class, disputes.get());
		}
		else {
			Kind list = code.equals(CAMPAIGNS) ? Kind.CAMPAIGNS
					: activities(code, tenantId, year).isPresent() ? Kind.ACTIVITIES : Kind.ORGANISATION;
			drill = list.list + "?figure=" + code + "&figureYear=" + year;
			counted = value;
		}
		return new Figure("mediation", code, key, key + ".definition", unit, value, drill, counted);
	}

	/** Every figure's value for a tenant's year. */
	public Map<String, Long> values(long tenantId, int year) {
		Map<String, Long> values = new LinkedHashMap<>();
		long mediated = count(Dispute.class, disputes(DISPUTES_MEDIATED, tenantId, year).orElseThrow());
		values.put(DISPUTES_MEDIATED, mediated);
		values.put(DISPUTES_MAJOR, count(Dispute.class, disputes(DISPUTES_MAJOR, tenantId, year).orElseThrow()));
		values.put(DISPUTE_AMOUNT, sumOfAmounts(disputes(DISPUTE_AMOUNT, tenantId, year).orElseThrow()));
		long agreements = count(Dispute.class, disputes(AGREEMENTS, tenantId, year).orElseThrow());
		values.put(AGREEMENTS, agreements);
		values.put(AGREEMENT_RATE, rate(agreements,
				count(Dispute.class, disputes(AGREEMENT_RATE, tenantId, year).orElseThrow())));
		values.put(CONFIRMATIONS, count(Dispute.class, disputes(CONFIRMATIONS, tenantId, year).orElseThrow()));
		var visited = disputes(PERFORMANCE_RATE, tenantId, year).orElseThrow();
		values.put(PERFORMANCE_RATE, rate(count(Dispute.class, visited.and((root, query, cb) -> cb.equal(
				root.get("performance"), Dispute.Performance.PERFORMED))), count(Dispute.class, visited)));
		values.put(COMMUNITY_RATE, rate(count(Dispute.class, disputes(COMMUNITY_RATE, tenantId, year).orElseThrow()
			.and((root, query, cb) -> cb.equal(root.get("level"), Dispute.Level.COMMUNITY))), agreements));
		values.put(CAMPAIGNS, count(ScreeningCampaign.class, campaigns(CAMPAIGNS, tenantId, year).orElseThrow()));
		for (String code : List.of(PUBLICITY, TRAININGS)) {
			values.put(code, count(MediationActivity.class, activities(code, tenantId, year).orElseThrow()));
		}
		for (String code : List.of(GRADE_3, GRADE_4)) {
			values.put(code, count(Mediator.class, mediators(code, tenantId).orElseThrow()));
		}
		for (String code : List.of(ROOMS_OPENED, PROPERTY_ROOMS_OPENED)) {
			values.put(code, count(MediationBody.class, rooms(code, tenantId, year).orElseThrow()));
		}
		return values;
	}

	/** The campaigns a figure counts. */
	Optional<Specification<ScreeningCampaign>> campaigns(String code, long tenantId, int year) {
		return code.equals(CAMPAIGNS) ? Optional.of(within(tenantId, year, "startsOn")) : Optional.empty();
	}

	/** The drill-down of the dispute list: the records a figure of the user's tenant counts. */
	public Optional<Drill<Dispute>> disputeDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return disputes(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The drill-down of the campaign list. */
	public Optional<Drill<ScreeningCampaign>> campaignDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return campaigns(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** A percentage, rounded down; 0 of 0 is 0. */
	static long rate(long part, long whole) {
		return whole == 0 ? 0 : part * 100 / whole;
	}

	private <T> long count(Class<T> type, Specification<T> records) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		var root = query.from(type);
		query.select(cb.count(root)).where(records.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	private long sumOfAmounts(Specification<Dispute> records) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		var root = query.from(Dispute.class);
		query.select(cb.coalesce(cb.sum(root.<Long>get("amount")), 0L)).where(records.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	/** The trainings or publicity events a figure counts: held in the year. */
	Optional<Specification<MediationActivity>> activities(String code, long tenantId, int year) {
		MediationActivity.Kind kind = switch (code) {
			case PUBLICITY -> MediationActivity.Kind.PUBLICITY;
			case TRAININGS -> MediationActivity.Kind.TRAINING;
			default -> null;
		};
		return kind == null ? Optional.empty() : Optional.of(MediationFigureBook.<MediationActivity>within(tenantId,
				year, "heldOn").and((root, query, cb) -> cb.equal(root.get("kind"), kind)));
	}

	/** The mediators a figure counts: the active roster's of the grade (the roster as it stands, whatever the year). */
	Optional<Specification<Mediator>> mediators(String code, long tenantId) {
		Mediator.Grade grade = switch (code) {
			case GRADE_3 -> Mediator.Grade.GRADE_3;
			case GRADE_4 -> Mediator.Grade.GRADE_4;
			default -> null;
		};
		return grade == null ? Optional.empty() : Optional.of((root, query, cb) -> cb.and(
				cb.equal(root.get("tenantId"), tenantId), cb.isTrue(root.get("active")), cb.equal(root.get("grade"), grade)));
	}

	/** The rooms and studios a figure counts: opened in the year (property rooms only, or every room). */
	Optional<Specification<MediationBody>> rooms(String code, long tenantId, int year) {
		if (!code.equals(ROOMS_OPENED) && !code.equals(PROPERTY_ROOMS_OPENED)) {
			return Optional.empty();
		}
		boolean property = code.equals(PROPERTY_ROOMS_OPENED);
		return Optional.of((root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.equal(root.get("openedYear"), year),
				property ? cb.equal(root.get("kind"), MediationBody.Kind.PROPERTY_ROOM)
						: root.get("kind").in(java.util.Arrays.stream(MediationBody.Kind.values())
							.filter(MediationBody.Kind::room).toList())));
	}

	/** The drill-down of the activity ledger. */
	public Optional<Drill<MediationActivity>> activityDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return activities(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The drill-down of the roster: the mediators of a grade figure. */
	public Optional<Drill<Mediator>> mediatorDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return mediators(code, user.tenantId()).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The drill-down of the bodies: the rooms a figure of rooms opened counts. */
	public Optional<Drill<MediationBody>> bodyDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return rooms(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** Closed in the year without an agreement, after mediation began. */
	private static Specification<Dispute> closedWithout(long tenantId, LocalDate from, LocalDate to) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.isNotNull(root.get("acceptedOn")), cb.isNull(root.get("agreedOn")),
				root.get("state").in(Dispute.State.FAILED, Dispute.State.ENDED, Dispute.State.REFERRED),
				cb.greaterThanOrEqualTo(root.get("closedOn"), from), cb.lessThan(root.get("closedOn"), to));
	}
}
