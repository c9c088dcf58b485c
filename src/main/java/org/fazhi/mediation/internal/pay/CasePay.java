package org.fazhi.mediation.internal.pay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.mediation.internal.bodies.MediationOrganisation;
import org.fazhi.mediation.internal.bodies.Mediator;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 以案定补 (深圳经济特区矛盾纠纷多元化解条例 第八十一条): the mediators' subsidy of a month, computed from the cases they
 * mediated to an agreement that took effect in the month and the standard per dispute kind valid in that month. A case
 * mediated by two mediators is shared between them in equal parts. The sheet reads the disputes through their data
 * scope, like the list: a reader sees the cases, and so the lines, of the disputes they may read. Amounts are kept in
 * fen, so halves stay exact.
 */
@Service
@Transactional
public class CasePay {

	public static final String WEIGHT = "MEDIATION_PAY_WEIGHT";

	/** The highest standard of one case, in yuan: a guard against a mistyped figure, not a rule of the statute. */
	static final int MOST_PER_CASE = 100_000;

	/** The standard of a kind in a month, in yuan (zero where none was set). */
	public record Standard(Dispute.Kind kind, int amount, int majorAmount, LocalDate validFrom) {
	}

	/** One case of a line: the dispute, its kind, whether major, and the line's share of its subsidy in fen. */
	public record PaidCase(long disputeId, String disputeNo, Dispute.Kind kind, boolean major, LocalDate effectiveOn,
			int mediators, long shareFen) {
	}

	/** A mediator's line of the sheet; {@code accountId} null for the cases with no mediator recorded. */
	public record PayLine(Long accountId, String name, Map<Dispute.Kind, Integer> casesByKind, int cases,
			int majorCases, long amountFen, List<PaidCase> paid) {
	}

	public record PaySheet(YearMonth month, boolean monthOver, List<Standard> standards, List<PayLine> lines,
			int cases, long totalFen) {
	}

	/** A standard as entered: the kind and the two amounts, in yuan. */
	public record StandardInput(Dispute.Kind kind, Integer amount, Integer majorAmount) {
	}

	private final PayWeights weights;
	private final DisputeWork disputes;
	private final OrganisationDirectory directory;
	private final MediationOrganisation organisation;
	private final AuditTrail trail;

	CasePay(PayWeights weights, DisputeWork disputes, OrganisationDirectory directory,
			MediationOrganisation organisation, AuditTrail trail) {
		this.weights = weights;
		this.disputes = disputes;
		this.directory = directory;
		this.organisation = organisation;
		this.trail = trail;
	}

	/** The justice office and the administrator set the standards. */
	public static boolean setsStandards(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER) || user.hasRole(Role.ADMIN);
	}

	public YearMonth thisMonth() {
		return YearMonth.from(disputes.today());
	}

	/** The standard of every kind valid in the month. */
	@Transactional(readOnly = true)
	public Map<Dispute.Kind, Standard> standards(long tenantId, YearMonth month) {
		Map<Dispute.Kind, Standard> valid = new EnumMap<>(Dispute.Kind.class);
		for (PayWeight weight : weights.findByTenantIdAndValidFromLessThanEqualOrderByValidFromDesc(tenantId,
				month.atDay(1))) {
			valid.putIfAbsent(weight.getKind(), new Standard(weight.getKind(), weight.getAmount(),
					weight.getMajorAmount(), weight.getValidFrom()));
		}
		for (Dispute.Kind kind : Dispute.Kind.values()) {
			valid.putIfAbsent(kind, new Standard(kind, 0, 0, null));
		}
		return valid;
	}

	/** Every standard the tenant set, the latest first: the history of the standards. */
	@Transactional(readOnly = true)
	public List<PayWeight> history(long tenantId) {
		return weights.findByTenantIdOrderByValidFromDescKindAsc(tenantId);
	}

	/** The sheet of the month as the user may read it. */
	@Transactional(readOnly = true)
	public PaySheet sheet(FazhiUser user, YearMonth month) {
		var lines = lines(user, month, month);
		int cases = lines.stream().flatMap(l -> l.paid().stream()).mapToLong(PaidCase::disputeId).mapToObj(id -> id)
			.collect(java.util.stream.Collectors.toSet()).size();
		long total = lines.stream().mapToLong(PayLine::amountFen).sum();
		return new PaySheet(month, month.isBefore(thisMonth()),
				List.copyOf(standards(user.tenantId(), month).values()), lines, cases, total);
	}

	/**
	 * The lines of the months {@code first} to {@code last}: each dispute whose agreement took effect in them, at the
	 * standard of its kind valid in the month it took effect, shared by its mediators.
	 */
	private List<PayLine> lines(FazhiUser user, YearMonth first, YearMonth last) {
		Map<YearMonth, Map<Dispute.Kind, Standard>> standards = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		Map<Long, List<PaidCase>> byMediator = new LinkedHashMap<>();
		List<PaidCase> unassigned = new ArrayList<>();
		disputes.forEachTakingEffect(user, first.atDay(1), last.plusMonths(1).atDay(1), d -> {
			var standard = standards.computeIfAbsent(YearMonth.from(d.getEffectiveOn()),
					m -> standards(user.tenantId(), m)).get(d.getKind());
			long fen = 100L * (d.isMajorDifficult() ? standard.majorAmount() : standard.amount());
			List<Long> mediators = new ArrayList<>();
			if (d.getMediator1Id() != null) {
				mediators.add(d.getMediator1Id());
			}
			if (d.getMediator2Id() != null && !d.getMediator2Id().equals(d.getMediator1Id())) {
				mediators.add(d.getMediator2Id());
			}
			if (mediators.isEmpty()) {
				unassigned.add(new PaidCase(d.getId(), d.getDisputeNo(), d.getKind(), d.isMajorDifficult(),
						d.getEffectiveOn(), 0, 0));
				return;
			}
			for (Long mediator : mediators) {
				byMediator.computeIfAbsent(mediator, m -> new ArrayList<>()).add(new PaidCase(d.getId(),
						d.getDisputeNo(), d.getKind(), d.isMajorDifficult(), d.getEffectiveOn(), mediators.size(),
						fen / mediators.size()));
			}
		});
		List<PayLine> lines = new ArrayList<>();
		byMediator.forEach((account, paid) -> lines.add(line(account, names.computeIfAbsent(account,
				a -> directory.staffMember(user.tenantId(), a).map(OrganisationDirectory.StaffMember::fullName)
					.orElse("#" + a)), paid)));
		lines.sort(Comparator.comparingLong(PayLine::amountFen).reversed().thenComparing(PayLine::name));
		if (!unassigned.isEmpty()) {
			lines.add(line(null, null, unassigned));
		}
		return lines;
	}

	/** A mediator of the roster in a year: the cases handled (accepted in the year) and the subsidy of the year. */
	public record RosterLine(Mediator mediator, String body, long handled, int paidCases, long amountFen) {
	}

	/**
	 * The roster with the year's work of each mediator: the disputes they handled and their subsidy, read through
	 * the disputes' scope like the sheet. Mediators of the N forces without an account have neither.
	 */
	@Transactional(readOnly = true)
	public List<RosterLine> roster(FazhiUser user, int year) {
		var handled = disputes.handledBy(user, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
		Map<Long, PayLine> paid = new LinkedHashMap<>();
		lines(user, YearMonth.of(year, 1), YearMonth.of(year, 12)).stream().filter(l -> l.accountId() != null)
			.forEach(l -> paid.put(l.accountId(), l));
		var bodies = organisation.bodiesById(user.tenantId());
		return organisation.mediators(user.tenantId()).stream().map(m -> {
			var line = m.getAccountId() == null ? null : paid.get(m.getAccountId());
			return new RosterLine(m, bodies.containsKey(m.getBodyId()) ? bodies.get(m.getBodyId()).getName() : "",
					m.getAccountId() == null ? 0 : handled.getOrDefault(m.getAccountId(), 0L),
					line == null ? 0 : line.cases(), line == null ? 0 : line.amountFen());
		}).toList();
	}

	private static PayLine line(Long account, String name, List<PaidCase> paid) {
		Map<Dispute.Kind, Integer> byKind = new EnumMap<>(Dispute.Kind.class);
		paid.forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
		return new PayLine(account, name, byKind, paid.size(), (int) paid.stream().filter(PaidCase::major).count(),
				paid.stream().mapToLong(PaidCase::shareFen).sum(), List.copyOf(paid));
	}

	/**
	 * Sets the standards from the first day of a month on: this month or a later one, never a month past (its sheet
	 * keeps the standard it was computed with), except for the tenant's first standards, which record what the office
	 * paid before. A kind left out keeps the standard it has.
	 */
	public List<PayWeight> setStandards(FazhiUser user, YearMonth from, List<StandardInput> standards) {
		if (!setsStandards(user)) {
			throw new AccessDeniedException("the justice office sets the standards of the subsidy");
		}
		if (from == null) {
			throw new RuleViolation("from", "field.required");
		}
		// the first standards of a tenant may reach back: they record what the office paid before it used Fazhi
		if (from.isBefore(thisMonth()) && !weights.findByTenantIdOrderByValidFromDescKindAsc(user.tenantId()).isEmpty()) {
			throw new RuleViolation("from", "mediationPay.from.past", thisMonth().toString());
		}
		if (standards == null || standards.stream().allMatch(s -> s == null || s.kind() == null)) {
			throw new RuleViolation(null, "mediationPay.standards.none");
		}
		var kinds = standards.stream().filter(Objects::nonNull).map(StandardInput::kind).filter(Objects::nonNull).toList();
		if (kinds.size() != new java.util.HashSet<>(kinds).size()) {
			throw new RuleViolation(null, "mediationPay.standards.duplicate");
		}
		List<PayWeight> saved = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		for (StandardInput in : standards.stream().filter(Objects::nonNull).filter(s -> s.kind() != null).toList()) {
			if (in.amount() == null || in.majorAmount() == null) {
				throw new RuleViolation("amount_" + in.kind().name(), "mediationPay.amount.required");
			}
			if (in.amount() < 0 || in.majorAmount() < 0 || in.amount() > MOST_PER_CASE
					|| in.majorAmount() > MOST_PER_CASE) {
				throw new RuleViolation("amount_" + in.kind().name(), "mediationPay.amount.range", MOST_PER_CASE);
			}
			if (in.majorAmount() < in.amount()) {
				throw new RuleViolation("majorAmount_" + in.kind().name(), "mediationPay.major.lower");
			}
			var existing = weights.findByTenantIdAndKindAndValidFrom(user.tenantId(), in.kind(), from.atDay(1));
			PayWeight weight;
			if (existing.isPresent()) {
				weight = existing.get();
				weight.change(in.amount(), in.majorAmount(), user.accountId());
			}
			else {
				weight = weights.save(new PayWeight(user.tenantId(), in.kind(), from.atDay(1), in.amount(),
						in.majorAmount(), user.accountId()));
			}
			saved.add(weight);
			changed.add(in.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + in.amount() + "/"
					+ in.majorAmount());
		}
		weights.flush();
		trail.record(AuditAction.UPDATE, WEIGHT, null, AuditOutcome.SUCCESS,
				"from " + from + ": " + String.join(", ", changed));
		return saved;
	}
}
