package org.fazhi.legal.internal.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.opinions.LegalOpinion;
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
 * The figures of legal affairs, each defined once as the records it counts; the drill-down of the register lists
 * exactly them ({@code /legal/contracts?figure=CODE&figureYear=Y}).
 * <ul>
 * <li>contracts reviewed: their first opinion given in the year; the amount they state; how many of them stand at
 * each opinion (合法可签, 修改后签订, 不建议签订);</li>
 * <li>the turnaround on time: the reviewed contracts of the year with no round answered after its period;</li>
 * <li>contracts signed in the year before a passed review;</li>
 * <li>legal opinions (法律意见书) given in the year.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class LegalFigureBook implements FigureSource {

	public static final String CONTRACTS_REVIEWED = "legal_contracts_reviewed";
	public static final String CONTRACT_AMOUNT = "legal_contract_amount";
	public static final String CONTRACTS_LAWFUL = "legal_contracts_lawful";
	public static final String CONTRACTS_AMEND = "legal_contracts_amend";
	public static final String CONTRACTS_NOT_ADVISED = "legal_contracts_not_advised";
	public static final String ON_TIME_RATE = "legal_contract_on_time_rate";
	public static final String SIGNED_BEFORE_REVIEW = "legal_contracts_signed_before_review";
	public static final String OPINIONS = "legal_opinions";

	static final String OPINION_LIST = "/legal/opinions";

	static final String LIST = "/legal/contracts";

	/** A list opened as a figure's drill-down: the figure, its year, and the records it counts. */
	public record Drill<T>(String code, int year, String labelKey, Specification<T> records) {
	}

	private final EntityManager entityManager;

	LegalFigureBook(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The figures count the whole tenant: read by those who read all of its legal affairs. */
	public static boolean readableBy(FazhiUser user) {
		ReadAccess access = user.role().reads(RecordFamily.LEGAL_AFFAIRS);
		return access == ReadAccess.TENANT || access == ReadAccess.SCOPE && user.scope() == DataScope.TENANT;
	}

	private static Specification<ContractReview> within(long tenantId, int year, String day) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.greaterThanOrEqualTo(root.get(day), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get(day), LocalDate.of(year + 1, 1, 1)));
	}

	/** The reviews a figure counts, by its code; empty for a code of no review. */
	Optional<Specification<ContractReview>> contracts(String code, long tenantId, int year) {
		Specification<ContractReview> reviewed = within(tenantId, year, "firstOpinionOn");
		return Optional.ofNullable(switch (code) {
			case CONTRACTS_REVIEWED, CONTRACT_AMOUNT, ON_TIME_RATE -> reviewed;
			case CONTRACTS_LAWFUL -> reviewed.and(opinion(ContractReview.Opinion.LAWFUL));
			case CONTRACTS_AMEND -> reviewed.and(opinion(ContractReview.Opinion.AMEND));
			case CONTRACTS_NOT_ADVISED -> reviewed.and(opinion(ContractReview.Opinion.NOT_ADVISED));
			case SIGNED_BEFORE_REVIEW -> within(tenantId, year, "signedOn")
				.and((root, query, cb) -> cb.isTrue(root.get("signedBeforeReview")));
			default -> null;
		});
	}

	private static Specification<ContractReview> opinion(ContractReview.Opinion opinion) {
		return (root, query, cb) -> cb.equal(root.get("opinion"), opinion);
	}

	/** Every figure's value for a tenant's year. */
	public Map<String, Long> values(long tenantId, int year) {
		Map<String, Long> values = new LinkedHashMap<>();
		long reviewed = count(contracts(CONTRACTS_REVIEWED, tenantId, year).orElseThrow());
		values.put(CONTRACTS_REVIEWED, reviewed);
		values.put(CONTRACT_AMOUNT, sumOfAmounts(contracts(CONTRACT_AMOUNT, tenantId, year).orElseThrow()));
		for (String code : List.of(CONTRACTS_LAWFUL, CONTRACTS_AMEND, CONTRACTS_NOT_ADVISED, SIGNED_BEFORE_REVIEW)) {
			values.put(code, count(contracts(code, tenantId, year).orElseThrow()));
		}
		long onTime = count(contracts(ON_TIME_RATE, tenantId, year).orElseThrow()
			.and((root, query, cb) -> cb.equal(root.get("lateRounds"), 0)));
		values.put(ON_TIME_RATE, reviewed == 0 ? 0 : onTime * 100 / reviewed);
		values.put(OPINIONS, count(LegalOpinion.class, opinions(OPINIONS, tenantId, year).orElseThrow()));
		return values;
	}

	@Override
	public List<Figure> figures(Actor actor, int year) {
		if (!(actor instanceof FazhiUser user) || !readableBy(user)) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		values(user.tenantId(), year).forEach((code, value) -> {
			String unit = switch (code) {
				case CONTRACT_AMOUNT -> "YUAN";
				case ON_TIME_RATE -> "PERCENT";
				default -> "COUNT";
			};
			long counted = unit.equals("COUNT") ? value : count(contracts(code, user.tenantId(), year).orElseThrow());
			String list = code.equals(OPINIONS) ? OPINION_LIST : LIST;
			figures.add(new Figure("legal", code, "figure." + code, "figure." + code + ".definition", unit, value,
					list + "?figure=" + code + "&figureYear=" + year, counted));
		});
		return figures;
	}

	/** The drill-down of the register: the reviews a figure of the user's tenant counts. */
	public Optional<Drill<ContractReview>> contractDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return contracts(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The opinions a figure counts: given in the year. */
	Optional<Specification<LegalOpinion>> opinions(String code, long tenantId, int year) {
		if (!code.equals(OPINIONS)) {
			return Optional.empty();
		}
		return Optional.of((root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.greaterThanOrEqualTo(root.get("givenOn"), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get("givenOn"), LocalDate.of(year + 1, 1, 1))));
	}

	/** The drill-down of the opinions' list. */
	public Optional<Drill<LegalOpinion>> opinionDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return opinions(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	private long count(Specification<ContractReview> records) {
		return count(ContractReview.class, records);
	}

	private <T> long count(Class<T> type, Specification<T> records) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		var root = query.from(type);
		query.select(cb.count(root)).where(records.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	private long sumOfAmounts(Specification<ContractReview> records) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		var root = query.from(ContractReview.class);
		query.select(cb.coalesce(cb.sum(root.<Long>get("amount")), 0L)).where(records.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}
}
