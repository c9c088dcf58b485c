package org.fazhi.legal.internal.challenges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

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
import org.fazhi.enforcement.ChallengedDecisions;
import org.fazhi.legal.LegalAffairsRule;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.legal.internal.challenges.LegalChallenge.Outcome;
import org.fazhi.legal.internal.challenges.LegalChallenge.State;
import org.fazhi.mediation.MediatedDisputes;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.Keyset;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsideration and litigation files (行政复议、行政应诉), every step a use case with its guard and its audit entry in
 * the same transaction. The copy received starts the answer period (行政复议法 第四十八条: 10 working days, 第五十四条:
 * 5 in the simple procedure, counted per 第八十八条) or the defence period (行政诉讼法 第六十七条: 15 days); the answer
 * states the legal basis and the evidence, drawn from the challenged penalty case when there is one; who appeared for
 * the office at the hearing (第三条第三款); a settlement, through mediation or not (第七十三条、第七十四条); the outcome,
 * which tells the penalty case when the decision was changed or revoked; the appeal periods of a first-instance
 * judgment or ruling (第八十五条); the opinion letter (第七十六条) and the performance of the decision (第七十七条).
 * The justice office keeps the files.
 */
@Service
@Transactional
public class ChallengeWork {

	public static final String CHALLENGE = "LEGAL_CHALLENGE";

	public record Receipt(Kind kind, boolean simpleProcedure, String claimant, boolean claimantPerson, String body,
			String bodyCaseNo, String challengedAct, String caseNo, Long lawyerId, LocalDate receivedOn) {
	}

	public record ChallengeFilter(Kind kind, State state, Outcome outcome, Integer year,
			Specification<LegalChallenge> figure) {

		public static ChallengeFilter none() {
			return new ChallengeFilter(null, null, null, null, null);
		}
	}

	private final LegalChallenges challenges;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final DocumentNumbers numbers;
	private final ChallengedDecisions decisions;
	private final MediatedDisputes disputes;
	private final AuditTrail trail;
	private final EntityManager entityManager;

	ChallengeWork(LegalChallenges challenges, OrganisationDirectory directory, Deadlines deadlines,
			DocumentNumbers numbers, ChallengedDecisions decisions, MediatedDisputes disputes, AuditTrail trail,
			EntityManager entityManager) {
		this.challenges = challenges;
		this.directory = directory;
		this.deadlines = deadlines;
		this.numbers = numbers;
		this.decisions = decisions;
		this.disputes = disputes;
		this.trail = trail;
		this.entityManager = entityManager;
	}

	/** The justice office keeps the reconsideration and litigation files. */
	public static boolean mayHandle(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER);
	}

	public LocalDate today() {
		return deadlines.today();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public LegalChallenge get(FazhiUser user, long id) {
		return challenges.findOne(DataScopes.<LegalChallenge>readable(user, LegalRecords.CHALLENGE, id))
			.orElseThrow(() -> new NotFound("challenge", id));
	}

	@Transactional(readOnly = true)
	public CappedPage<LegalChallenge> page(FazhiUser user, ChallengeFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(challenges, entityManager, LegalChallenge.class, specification(user, filter), page,
				exact);
	}

	/** Every file of the filtered register, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEach(FazhiUser user, ChallengeFilter filter, Consumer<LegalChallenge> each) {
		return Keyset.forEach(challenges, entityManager, specification(user, filter), LegalChallenge::getId, each);
	}

	private Specification<LegalChallenge> specification(FazhiUser user, ChallengeFilter filter) {
		Specification<LegalChallenge> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.outcome() != null) {
				where.add(cb.equal(root.get("outcome"), filter.outcome()));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("receivedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<LegalChallenge>readable(user, LegalRecords.CHALLENGE).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var c = get(user, id);
		return deadlines.ofRecord(c.getTenantId(), CHALLENGE, String.valueOf(id));
	}

	/** The challenged penalty case, when there is one and the user reads it. */
	@Transactional(readOnly = true)
	public Optional<ChallengedDecisions.CaseFile> caseOf(FazhiUser user, LegalChallenge c) {
		return c.getCaseId() == null ? Optional.empty() : decisions.of(user, c.getCaseId());
	}

	/** The staff of the tenant who may appear in court for the office: anyone of it but the outside lawyers. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> staff(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream().filter(s -> s.role() != Role.LEGAL_ADVISOR
				&& s.role() != Role.PLATFORM_OPERATOR).toList();
	}

	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> lawyers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream().filter(s -> s.role() == Role.LEGAL_ADVISOR).toList();
	}

	// ---------------------------------------------------------------- steps

	private void handler(FazhiUser user) {
		if (!mayHandle(user)) {
			throw new AccessDeniedException("the justice office keeps reconsideration and litigation files");
		}
	}

	private LegalChallenge handled(FazhiUser user, long id) {
		handler(user);
		return get(user, id);
	}

	private LocalDate day(String field, LocalDate on, LocalDate notBefore) {
		return Input.pastDay(field, on, today(), notBefore);
	}

	private static void notNow(LegalChallenge c) {
		throw new RuleViolation(null, "challenge.step.notNow", c.getState().asArgument());
	}

	/**
	 * The copy of the application (复议申请书副本) or of the complaint (起诉状副本) was received: the file is opened, the
	 * challenged penalty case found by its number when given, and the answer or defence period starts.
	 */
	public LegalChallenge receive(FazhiUser user, Receipt in) {
		handler(user);
		if (in.kind() == null) {
			throw new RuleViolation("kind", "field.required");
		}
		String claimant = Input.text("claimant", in.claimant(), 100, true);
		String body = Input.text("body", in.body(), 100, true);
		String bodyCaseNo = Input.text("bodyCaseNo", in.bodyCaseNo(), 60, false);
		String act = Input.text("challengedAct", in.challengedAct(), 500, true);
		LocalDate on = day("receivedOn", in.receivedOn(), null);
		Long caseId = null;
		String caseNo = Input.trim(in.caseNo());
		long department = user.departmentId();
		if (caseNo != null) {
			var file = decisions.byNumber(user, caseNo)
				.orElseThrow(() -> new RuleViolation("caseNo", "challenge.case.unknown", in.caseNo().strip()));
			caseId = file.caseId();
			caseNo = file.decisionNo() != null ? file.decisionNo() : file.caseNo();
		}
		if (in.lawyerId() != null && lawyers(user).stream().noneMatch(l -> l.accountId() == in.lawyerId())) {
			throw new RuleViolation("lawyerId", "contract.lawyer.unknown");
		}
		boolean simple = in.kind() == Kind.RECONSIDERATION && in.simpleProcedure();
		var c = challenges.save(new LegalChallenge(user.tenantId(), department, number(user, in.kind(), on),
				in.kind(), simple, claimant, in.claimantPerson(), body, bodyCaseNo, act, caseId, caseNo,
				user.accountId(), in.lawyerId(), on, user.accountId()));
		StatutoryRule rule = in.kind() == Kind.LITIGATION ? StatutoryRule.LITIGATION_DEFENCE
				: simple ? StatutoryRule.RECONSIDERATION_ANSWER_SIMPLE : StatutoryRule.RECONSIDERATION_ANSWER;
		var deadline = deadlines.register(new RegisterDeadline(c.getTenantId(), c.getDepartmentId(), null, CHALLENGE,
				String.valueOf(c.getId()), c.getChallengeNo() + " " + claimant, rule, on, user.accountId(),
				user.accountId()));
		c.answerTracked(deadline.id(), deadline.due());
		trail.record(AuditAction.CREATE, CHALLENGE, c.getId(), AuditOutcome.SUCCESS, c.getChallengeNo() + " "
				+ in.kind().name().toLowerCase(Locale.ROOT) + (caseId == null ? "" : " case " + caseId) + ", due "
				+ deadline.due());
		return c;
	}

	/** （2024）东湖复应字第1号 or （2024）东湖诉应字第1号: one series per kind, tenant and year. */
	private String number(FazhiUser user, Kind kind, LocalDate on) {
		int n = numbers.next(user.tenantId(), "LEGAL-" + kind.name(), on.getYear());
		String name = user.tenantName() == null ? "" : user.tenantName().replace("街道办事处", "").replace("街道", "")
			.replace("镇人民政府", "").replace("乡人民政府", "");
		return "（" + on.getYear() + "）" + name + (kind == Kind.LITIGATION ? "诉应字第" : "复应字第") + n + "号";
	}

	/**
	 * The written answer (行政复议法 第四十八条) or defence (行政诉讼法 第六十七条): the legal basis of the act and its
	 * evidence are required — the evidence of the challenged case counts, other evidence is listed by hand.
	 */
	public LegalChallenge answer(FazhiUser user, long id, String basis, String argument, String evidence,
			LocalDate on) {
		var c = handled(user, id);
		if (c.getState() != State.RECEIVED) {
			notNow(c);
		}
		var rule = c.getKind() == Kind.LITIGATION ? LegalAffairsRule.LITIGATION_DEFENCE_EVIDENCE
				: LegalAffairsRule.RECONSIDERATION_ANSWER_BASIS;
		String why = Input.text("basis", basis, 2000, false);
		String listed = Input.text("evidence", evidence, 2000, false);
		boolean caseEvidence = caseOf(user, c).map(f -> !f.evidence().isEmpty()).orElse(false);
		if (why == null) {
			throw rule.refusal("basis");
		}
		if (listed == null && !caseEvidence) {
			throw rule.refusal("evidence");
		}
		String said = Input.text("argument", argument, 4000, true);
		LocalDate day = day("on", on, c.getReceivedOn());
		boolean onTime = true;
		if (c.getAnswerDeadlineId() != null) {
			onTime = Boolean.TRUE.equals(deadlines.completeForRecord(user, c.getAnswerDeadlineId(), day)
				.completedOnTime());
		}
		c.answered(day, onTime, why, said, listed);
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS,
				(c.getKind() == Kind.LITIGATION ? "defence" : "answer") + " submitted " + day
						+ (onTime ? ", on time" : ", late"));
		return c;
	}

	/**
	 * The hearing: for a lawsuit, whether the head of the office appeared and, if not, which staff member of the office
	 * was sent (行政诉讼法 第三条第三款: never only an outside lawyer).
	 */
	public LegalChallenge hearing(FazhiUser user, long id, LocalDate on, Boolean headAppeared, Long appearedId) {
		var c = handled(user, id);
		if (c.getState() != State.ANSWERED) {
			notNow(c);
		}
		LocalDate day = on == null ? null : on;
		if (day == null) {
			throw new RuleViolation("on", "field.required");
		}
		if (day.isBefore(c.getReceivedOn()) || day.getYear() > today().getYear() + 1) {
			throw new RuleViolation("on", "contract.date.range");
		}
		Long appeared = null;
		Boolean head = null;
		if (c.getKind() == Kind.LITIGATION) {
			head = Boolean.TRUE.equals(headAppeared);
			if (!head) {
				if (appearedId == null) {
					throw LegalAffairsRule.LITIGATION_HEAD_IN_COURT.refusal("appearedId");
				}
				appeared = staff(user).stream().filter(s -> s.accountId() == appearedId).findFirst()
					.orElseThrow(() -> LegalAffairsRule.LITIGATION_HEAD_IN_COURT.refusal("appearedId")).accountId();
			}
		}
		c.heard(day, head, appeared);
		trail.record(AuditAction.UPDATE, CHALLENGE, id, AuditOutcome.SUCCESS, "hearing " + day
				+ (c.getKind() == Kind.LITIGATION ? (head ? ", the head appeared" : ", staff member " + appeared + " appeared")
						: ""));
		return c;
	}

	/**
	 * A settlement before the decision (行政复议法 第七十四条), reached through mediation or not; a dispute the mediation
	 * committee handled is linked by its number.
	 */
	public LegalChallenge settle(FazhiUser user, long id, LocalDate on, String terms, boolean throughMediation,
			String disputeNo) {
		var c = handled(user, id);
		if (c.getKind() != Kind.RECONSIDERATION || !c.open() || c.getOutcome() != null) {
			notNow(c);
		}
		String what = Input.text("terms", terms, 2000, true);
		LocalDate day = day("on", on, c.getReceivedOn());
		Long disputeId = null;
		String no = Input.trim(disputeNo);
		if (no != null) {
			var linked = disputes.byNumber(user, no)
				.orElseThrow(() -> new RuleViolation("disputeNo", "challenge.dispute.unknown", disputeNo.strip()));
			disputeId = linked.id();
			no = linked.disputeNo();
		}
		c.settled(day, what, throughMediation || disputeId != null, disputeId, no);
		trail.record(AuditAction.UPDATE, CHALLENGE, id, AuditOutcome.SUCCESS, "settlement " + day
				+ (c.isThroughMediation() ? " through mediation" : "") + (disputeId == null ? "" : " dispute " + disputeId));
		return c;
	}

	/**
	 * The outcome. A reconsideration decision takes effect when served (行政复议法 第七十五条): one the office must act on
	 * waits for its performance, others close the file. A court's first-instance judgment or ruling opens the appeal
	 * period of 15 or 10 days (行政诉讼法 第八十五条); a second-instance or retrial outcome, and a mediation, are final.
	 * A decision changed or revoked tells the penalty case.
	 */
	public LegalChallenge decide(FazhiUser user, long id, Outcome outcome, LegalChallenge.Form form, LocalDate on,
			LocalDate statementOn) {
		var c = handled(user, id);
		if (c.getState() != State.RECEIVED && c.getState() != State.ANSWERED) {
			notNow(c);
		}
		if (outcome == null) {
			throw new RuleViolation("outcome", "field.required");
		}
		if (!outcome.appliesTo(c.getKind())) {
			throw new RuleViolation("outcome", "challenge.outcome.notOfKind",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { outcome.messageKey() }, outcome.name()),
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { c.getKind().messageKey() }, c.getKind().name()));
		}
		LocalDate day = day("on", on, c.getReceivedOn());
		LocalDate statement = null;
		if (c.getKind() == Kind.RECONSIDERATION && outcome == Outcome.MEDIATED) {
			if (statementOn == null) {
				throw LegalAffairsRule.RECONSIDERATION_MEDIATION_STATEMENT.refusal("statementOn");
			}
			statement = day("statementOn", statementOn, c.getReceivedOn());
		}
		if (outcome == Outcome.WITHDRAWN_SETTLED && (c.getSettledOn() == null || c.getSettledOn().isAfter(day))) {
			throw LegalAffairsRule.RECONSIDERATION_SETTLEMENT_WITHDRAWAL.refusal(null);
		}
		LegalChallenge.Form shown = null;
		State next;
		if (c.getKind() == Kind.RECONSIDERATION) {
			next = outcome.toPerform() ? State.DECIDED : State.CLOSED;
		}
		else if (outcome == Outcome.MEDIATED || c.getInstance() != LegalChallenge.Instance.FIRST) {
			next = State.CLOSED;
		}
		else {
			shown = outcome == Outcome.WITHDRAWN ? LegalChallenge.Form.RULING : form;
			if (shown == null) {
				throw new RuleViolation("form", "field.required");
			}
			next = State.DECIDED;
		}
		if (c.getAnswerDeadlineId() != null) {
			// decided before any answer: the period ends with the decision (行政复议法 第七十条)
			deadlines.completeForRecord(user, c.getAnswerDeadlineId(), day);
		}
		c.decided(outcome, shown, day, statement, next);
		if (next == State.DECIDED && c.getKind() == Kind.LITIGATION) {
			var rule = shown == LegalChallenge.Form.JUDGMENT ? StatutoryRule.APPEAL_JUDGMENT : StatutoryRule.APPEAL_RULING;
			var deadline = deadlines.register(new RegisterDeadline(c.getTenantId(), c.getDepartmentId(), null,
					CHALLENGE, String.valueOf(id), c.getChallengeNo() + " 上诉期", rule, day, c.getHandlerId(),
					user.accountId()));
			c.appealTracked(deadline.id(), deadline.due());
		}
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS, "outcome "
				+ outcome.name().toLowerCase(Locale.ROOT) + (shown == null ? "" : " by " + shown.name().toLowerCase(Locale.ROOT))
				+ " served " + day);
		if (c.getKind() == Kind.RECONSIDERATION && outcome.overturns()) {
			tellTheCase(user, c, day);
		}
		if (c.getKind() == Kind.LITIGATION && next == State.CLOSED && outcome == Outcome.LOST) {
			tellTheCase(user, c, day);
		}
		return c;
	}

	private void tellTheCase(FazhiUser user, LegalChallenge c, LocalDate day) {
		if (c.getCaseId() != null && decisions.overturned(user, c.getCaseId(), day, c.getChallengeNo() + "："
				+ c.getBody() + "决定" + (c.getOutcome() == Outcome.CHANGED ? "变更" : "撤销") + "原行政处罚决定")) {
			trail.record(AuditAction.UPDATE, CHALLENGE, c.getId(), AuditOutcome.SUCCESS,
					"penalty case " + c.getCaseId() + " told of the outcome");
		}
	}

	/**
	 * An appeal against the first-instance outcome, by either side, within its period (行政诉讼法 第八十五条): the file
	 * goes to the second instance.
	 */
	public LegalChallenge appeal(FazhiUser user, long id, LegalChallenge.Party by, LocalDate on) {
		var c = handled(user, id);
		if (c.getKind() != Kind.LITIGATION || c.getState() != State.DECIDED) {
			notNow(c);
		}
		if (by == null) {
			throw new RuleViolation("by", "field.required");
		}
		LocalDate day = day("on", on, c.getOutcomeOn());
		if (day.isAfter(c.getAppealDueOn())) {
			throw LegalAffairsRule.LITIGATION_APPEAL_PERIOD.refusal("on",
					c.getAppealDueOn());
		}
		if (c.getAppealDeadlineId() != null) {
			deadlines.completeForRecord(user, c.getAppealDeadlineId(), day);
		}
		c.appealed(by);
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS,
				"appeal by " + by.name().toLowerCase(Locale.ROOT) + " " + day + "; second instance");
		return c;
	}

	/** The first-instance outcome took effect: the appeal period passed without an appeal. */
	public LegalChallenge becomeFinal(FazhiUser user, long id) {
		var c = handled(user, id);
		if (c.getKind() != Kind.LITIGATION || c.getState() != State.DECIDED) {
			notNow(c);
		}
		if (!today().isAfter(c.getAppealDueOn())) {
			throw new RuleViolation(null, "challenge.final.notYet", c.getAppealDueOn());
		}
		if (c.getAppealDeadlineId() != null) {
			deadlines.completeForRecord(user, c.getAppealDeadlineId(), c.getAppealDueOn());
		}
		c.becameFinal(c.getAppealDueOn().plusDays(1));
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS, "final on " + c.getFinalOn());
		if (c.getOutcome() == Outcome.LOST) {
			tellTheCase(user, c, c.getFinalOn());
		}
		return c;
	}

	/** A retrial (再审) of a closed lawsuit. */
	public LegalChallenge retrial(FazhiUser user, long id, LocalDate on) {
		var c = handled(user, id);
		if (c.getKind() != Kind.LITIGATION || c.getState() != State.CLOSED || c.getOutcome() == null) {
			notNow(c);
		}
		LocalDate day = day("on", on, c.getFinalOn());
		c.retrial();
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS, "retrial " + day);
		return c;
	}

	/** The reconsideration body's opinion letter (行政复议意见书) was received: the 60 days of 第七十六条 run. */
	public LegalChallenge letter(FazhiUser user, long id, LocalDate on) {
		var c = handled(user, id);
		if (c.getKind() != Kind.RECONSIDERATION || c.getLetterReceivedOn() != null) {
			notNow(c);
		}
		LocalDate day = day("on", on, c.getReceivedOn());
		var deadline = deadlines.register(new RegisterDeadline(c.getTenantId(), c.getDepartmentId(), null, CHALLENGE,
				String.valueOf(id), c.getChallengeNo() + " 意见书", StatutoryRule.RECONSIDERATION_OPINION_LETTER, day,
				c.getHandlerId(), user.accountId()));
		c.letterReceived(day, deadline.id());
		trail.record(AuditAction.UPDATE, CHALLENGE, id, AuditOutcome.SUCCESS, "opinion letter received " + day);
		return c;
	}

	/** The correction reported to the reconsideration body (第七十六条): only after a letter was received. */
	public LegalChallenge letterReply(FazhiUser user, long id, LocalDate on, String reply) {
		var c = handled(user, id);
		if (c.getLetterReceivedOn() == null) {
			throw LegalAffairsRule.RECONSIDERATION_OPINION_LETTER.refusal(null);
		}
		if (c.getLetterRepliedOn() != null) {
			notNow(c);
		}
		String what = Input.text("reply", reply, 2000, true);
		LocalDate day = day("on", on, c.getLetterReceivedOn());
		boolean onTime = true;
		if (c.getLetterDeadlineId() != null) {
			onTime = Boolean.TRUE.equals(deadlines.completeForRecord(user, c.getLetterDeadlineId(), day)
				.completedOnTime());
		}
		c.letterReplied(day, what);
		trail.record(AuditAction.UPDATE, CHALLENGE, id, AuditOutcome.SUCCESS,
				"opinion letter answered " + day + (onTime ? ", on time" : ", late"));
		return c;
	}

	/** The reconsideration decision was performed (行政复议法 第七十七条): the file closes. */
	public LegalChallenge perform(FazhiUser user, long id, LocalDate on, String what) {
		var c = handled(user, id);
		if (c.getKind() != Kind.RECONSIDERATION || c.getState() != State.DECIDED) {
			notNow(c);
		}
		String done = Input.text("performance", what, 1000, true);
		c.performed(day("on", on, c.getOutcomeOn()), done);
		trail.record(AuditAction.STATE_CHANGE, CHALLENGE, id, AuditOutcome.SUCCESS, "decision performed");
		return c;
	}

	/** The answer or defence document of the file, attached by the documents side. */
	void documented(LegalChallenge c, long attachmentId) {
		c.documented(attachmentId);
	}
}
