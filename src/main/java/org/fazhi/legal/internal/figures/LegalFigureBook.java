package org.fazhi.legal.internal.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.fazhi.legal.internal.challenges.LegalChallenge;
import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.decisions.MajorDecision;
import org.fazhi.legal.internal.opinions.LegalOpinion;
import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion;
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
 * <li>legal opinions (法律意见书) given in the year;</li>
 * <li>reconsideration and litigation files received in the year, answered on time, by outcome, a head in court,
 * lawsuits won and lost ({@link #challenges});</li>
 * <li>major decisions discussed in the year and the steps they went through, normative documents reviewed
 * ({@link #decisions}); procuratorial suggestions received, replied on time and rectified ({@link #suggestions}).</li>
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
	public static final String RECONSIDERATIONS = "legal_reconsiderations";
	public static final String RECONSIDERATIONS_ON_TIME = "legal_reconsiderations_answered_on_time";
	public static final String RECONSIDERATIONS_UPHELD = "legal_reconsiderations_upheld";
	public static final String RECONSIDERATIONS_CORRECTED = "legal_reconsiderations_corrected";
	public static final String RECONSIDERATIONS_MEDIATED = "legal_reconsiderations_withdrawn_after_mediation";
	public static final String LITIGATIONS = "legal_litigations";
	public static final String LITIGATIONS_ON_TIME = "legal_litigations_defended_on_time";
	public static final String LITIGATIONS_HEAD_APPEARED = "legal_litigations_head_appeared";
	public static final String LITIGATIONS_WON = "legal_litigations_won";
	public static final String LITIGATIONS_LOST = "legal_litigations_lost";

	static final List<String> CHALLENGE_FIGURES = List.of(RECONSIDERATIONS, RECONSIDERATIONS_ON_TIME,
			RECONSIDERATIONS_UPHELD, RECONSIDERATIONS_CORRECTED, RECONSIDERATIONS_MEDIATED, LITIGATIONS,
			LITIGATIONS_ON_TIME, LITIGATIONS_HEAD_APPEARED, LITIGATIONS_WON, LITIGATIONS_LOST);

	static final String CHALLENGE_LIST = "/legal/challenges";

	public static final String MAJOR_DECISIONS = "legal_major_decisions";
	public static final String NORMATIVE_REVIEWED = "legal_normative_documents_reviewed";

	public static final String DECISIONS_COMMENTED = "legal_major_decisions_public_comment";
	public static final String DECISIONS_EXPERT_REVIEWED = "legal_major_decisions_expert_reviewed";
	public static final String DECISIONS_RISK_ASSESSED = "legal_major_decisions_risk_assessed";

	static final List<String> DECISION_FIGURES = List.of(MAJOR_DECISIONS, DECISIONS_COMMENTED,
			DECISIONS_EXPERT_REVIEWED, DECISIONS_RISK_ASSESSED, NORMATIVE_REVIEWED);

	public static final String SUGGESTIONS = "legal_procuratorial_suggestions";
	public static final String SUGGESTIONS_REPLIED_ON_TIME = "legal_procuratorial_suggestions_replied_on_time";
	public static final String SUGGESTIONS_RECTIFIED = "legal_procuratorial_suggestions_rectified";

	static final List<String> SUGGESTION_FIGURES = List.of(SUGGESTIONS, SUGGESTIONS_REPLIED_ON_TIME,
			SUGGESTIONS_RECTIFIED);

	static final String SUGGESTION_LIST = "/legal/suggestions";

	static final String DECISION_LIST = "/legal/decisions";

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
		for (String code : CHALLENGE_FIGURES) {
			values.put(code, count(LegalChallenge.class, challenges(code, tenantId, year).orElseThrow()));
		}
		for (String code : DECISION_FIGURES) {
			values.put(code, count(MajorDecision.class, decisions(code, tenantId, year).orElseThrow()));
		}
		for (String code : SUGGESTION_FIGURES) {
			values.put(code, count(ProcuratorialSuggestion.class, suggestions(code, tenantId, year).orElseThrow()));
		}
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
			String list = code.equals(OPINIONS) ? OPINION_LIST : CHALLENGE_FIGURES.contains(code) ? CHALLENGE_LIST
					: DECISION_FIGURES.contains(code) ? DECISION_LIST
							: SUGGESTION_FIGURES.contains(code) ? SUGGESTION_LIST : LIST;
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

	/**
	 * The reconsideration and litigation files a figure counts, by its code: received in the year; answered on time;
	 * by outcome (维持 or 驳回; 撤销, 变更, 确认违法或无效, 责令履行; withdrawn after a settlement reached through
	 * mediation); a head of the office in court; lawsuits closed won or lost (the final outcome).
	 */
	Optional<Specification<LegalChallenge>> challenges(String code, long tenantId, int year) {
		Specification<LegalChallenge> reconsiderations = receivedIn(tenantId, year, LegalChallenge.Kind.RECONSIDERATION);
		Specification<LegalChallenge> lawsuits = receivedIn(tenantId, year, LegalChallenge.Kind.LITIGATION);
		return Optional.ofNullable(switch (code) {
			case RECONSIDERATIONS -> reconsiderations;
			case RECONSIDERATIONS_ON_TIME -> reconsiderations.and(onTime());
			case RECONSIDERATIONS_UPHELD -> reconsiderations.and((root, query, cb) -> root.get("outcome")
				.in(LegalChallenge.Outcome.UPHELD, LegalChallenge.Outcome.DISMISSED));
			case RECONSIDERATIONS_CORRECTED -> reconsiderations.and((root, query, cb) -> root.get("outcome")
				.in(LegalChallenge.Outcome.REVOKED, LegalChallenge.Outcome.CHANGED,
						LegalChallenge.Outcome.CONFIRMED_UNLAWFUL, LegalChallenge.Outcome.CONFIRMED_VOID,
						LegalChallenge.Outcome.ORDERED_TO_PERFORM));
			case RECONSIDERATIONS_MEDIATED -> reconsiderations.and((root, query, cb) -> cb.and(
					cb.equal(root.get("outcome"), LegalChallenge.Outcome.WITHDRAWN_SETTLED),
					cb.isTrue(root.get("throughMediation"))));
			case LITIGATIONS -> lawsuits;
			case LITIGATIONS_ON_TIME -> lawsuits.and(onTime());
			case LITIGATIONS_HEAD_APPEARED -> lawsuits.and((root, query, cb) -> cb.isTrue(root.get("headAppeared")));
			case LITIGATIONS_WON -> lawsuits.and(closedWith(LegalChallenge.Outcome.WON));
			case LITIGATIONS_LOST -> lawsuits.and(closedWith(LegalChallenge.Outcome.LOST));
			default -> null;
		});
	}

	private static Specification<LegalChallenge> receivedIn(long tenantId, int year, LegalChallenge.Kind kind) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId), cb.equal(root.get("kind"), kind),
				cb.greaterThanOrEqualTo(root.get("receivedOn"), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get("receivedOn"), LocalDate.of(year + 1, 1, 1)));
	}

	private static Specification<LegalChallenge> onTime() {
		return (root, query, cb) -> cb.isTrue(root.get("answeredOnTime"));
	}

	private static Specification<LegalChallenge> closedWith(LegalChallenge.Outcome outcome) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("state"), LegalChallenge.State.CLOSED),
				cb.equal(root.get("outcome"), outcome));
	}

	/**
	 * The major decisions and normative documents a figure counts: decisions discussed collectively in the year;
	 * normative documents whose legality review passed in the year.
	 */
	Optional<Specification<MajorDecision>> decisions(String code, long tenantId, int year) {
		return Optional.ofNullable(switch (code) {
			case MAJOR_DECISIONS -> decided(tenantId, year, MajorDecision.Kind.MAJOR_DECISION, "discussedOn");
			case DECISIONS_COMMENTED -> decided(tenantId, year, MajorDecision.Kind.MAJOR_DECISION, "discussedOn")
				.and((root, query, cb) -> cb.isNotNull(root.get("commentClosedOn")));
			case DECISIONS_EXPERT_REVIEWED -> decided(tenantId, year, MajorDecision.Kind.MAJOR_DECISION, "discussedOn")
				.and((root, query, cb) -> cb.isNotNull(root.get("expertReviewOn")));
			case DECISIONS_RISK_ASSESSED -> decided(tenantId, year, MajorDecision.Kind.MAJOR_DECISION, "discussedOn")
				.and((root, query, cb) -> cb.isNotNull(root.get("riskAssessedOn")));
			case NORMATIVE_REVIEWED -> decided(tenantId, year, MajorDecision.Kind.NORMATIVE_DOCUMENT, "reviewOn")
				.and((root, query, cb) -> cb.equal(root.get("review"), MajorDecision.Review.PASSED));
			default -> null;
		});
	}

	private static Specification<MajorDecision> decided(long tenantId, int year, MajorDecision.Kind kind, String day) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId), cb.equal(root.get("kind"), kind),
				cb.greaterThanOrEqualTo(root.get(day), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get(day), LocalDate.of(year + 1, 1, 1)));
	}

	/**
	 * The procuratorial suggestions a figure counts: received in the year; of them, replied within the period; and
	 * rectified (every item of the plan done, the reply sent).
	 */
	Optional<Specification<ProcuratorialSuggestion>> suggestions(String code, long tenantId, int year) {
		Specification<ProcuratorialSuggestion> received = (root, query, cb) -> cb.and(
				cb.equal(root.get("tenantId"), tenantId),
				cb.greaterThanOrEqualTo(root.get("receivedOn"), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get("receivedOn"), LocalDate.of(year + 1, 1, 1)));
		return Optional.ofNullable(switch (code) {
			case SUGGESTIONS -> received;
			case SUGGESTIONS_REPLIED_ON_TIME -> received.and((root, query, cb) -> cb.isTrue(root.get("repliedOnTime")));
			case SUGGESTIONS_RECTIFIED -> received.and((root, query, cb) -> cb.equal(root.get("state"),
					ProcuratorialSuggestion.State.RECTIFIED));
			default -> null;
		});
	}

	/** The drill-down of the register of suggestions. */
	public Optional<Drill<ProcuratorialSuggestion>> suggestionDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return suggestions(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The drill-down of the catalogue of decisions. */
	public Optional<Drill<MajorDecision>> decisionDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return decisions(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
	}

	/** The drill-down of the reconsideration and litigation register. */
	public Optional<Drill<LegalChallenge>> challengeDrill(Actor user, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return challenges(code, user.tenantId(), year).map(s -> new Drill<>(code, year, "figure." + code, s));
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
