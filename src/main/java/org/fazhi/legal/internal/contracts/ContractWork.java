package org.fazhi.legal.internal.contracts;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.Input;
import org.fazhi.shared.Keyset;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Sm4Cipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legality review of contracts (合同合法性审查), every step a use case with its guard and its audit entry in the
 * same transaction: a department submits the contract with its file; the justice office assigns it to an outside
 * lawyer after the conflict check (the lawyer's earlier reviews of the same counterparty); the lawyer returns the
 * opinion within the office's period (working days, {@code fazhi.legal.contract-review-working-days}); a revision
 * goes round again; signing is recorded and flagged when it came before a passed review.
 */
@Service
@Transactional
public class ContractWork {

	public static final String CONTRACT = "CONTRACT_REVIEW";

	/** The largest amount a contract states, in yuan: a guard against a mistyped figure. */
	static final long MOST_AMOUNT = 100_000_000_000L;

	public record Submission(String title, ContractReview.Type type, ContractReview.CounterpartyKind counterpartyKind,
			String counterpartyName, String counterpartyCode, String counterpartyIdentity, Long amount,
			LocalDate termFrom, LocalDate termTo, LocalDate submittedOn) {
	}

	public record ContractFilter(ContractReview.State state, ContractReview.Type type, Long departmentId, Long lawyerId,
			ContractReview.Opinion opinion, Boolean signedBeforeReview, Integer year, Specification<ContractReview> figure) {

		public static ContractFilter none() {
			return new ContractFilter(null, null, null, null, null, null, null, null);
		}
	}

	/** An earlier review of the same counterparty by the lawyer: the conflict check's finding. */
	public record Conflict(long id, String reviewNo, String title, LocalDate submittedOn, ContractReview.State state) {
	}

	private final ContractReviews reviews;
	private final ContractRounds rounds;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final Attachments attachments;
	private final DocumentNumbers numbers;
	private final Sm4Cipher cipher;
	private final AuditTrail trail;
	private final EntityManager entityManager;
	private final int reviewDays;

	ContractWork(ContractReviews reviews, ContractRounds rounds, OrganisationDirectory directory, Deadlines deadlines,
			Attachments attachments, DocumentNumbers numbers, Sm4Cipher cipher, AuditTrail trail,
			EntityManager entityManager, @Value("${fazhi.legal.contract-review-working-days:5}") int reviewDays) {
		this.reviews = reviews;
		this.rounds = rounds;
		this.directory = directory;
		this.deadlines = deadlines;
		this.attachments = attachments;
		this.numbers = numbers;
		this.cipher = cipher;
		this.trail = trail;
		this.entityManager = entityManager;
		this.reviewDays = reviewDays;
	}

	/** The posts of a department that submit contracts. */
	public static boolean maySubmit(FazhiUser user) {
		return user.hasRole(Role.LEADER) || user.hasRole(Role.LEGAL_OFFICER) || user.hasRole(Role.ENFORCEMENT_OFFICER)
				|| user.hasRole(Role.LEGAL_REVIEWER) || user.hasRole(Role.COMMUNITY_WORKER);
	}

	/** The justice office assigns contracts to the lawyers. */
	public static boolean mayAssign(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER);
	}

	/** Whether the user is the lawyer the review is assigned to. */
	public static boolean isReviewer(FazhiUser user, ContractReview review) {
		return user.hasRole(Role.LEGAL_ADVISOR) && review.getLawyerId() != null
				&& review.getLawyerId() == user.accountId();
	}

	public LocalDate today() {
		return deadlines.today();
	}

	public int reviewDays() {
		return reviewDays;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public ContractReview get(FazhiUser user, long id) {
		return reviews.findOne(DataScopes.<ContractReview>readable(user, LegalRecords.CONTRACT, id))
			.orElseThrow(() -> new NotFound("contract review", id));
	}

	@Transactional(readOnly = true)
	public CappedPage<ContractReview> page(FazhiUser user, ContractFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(reviews, entityManager, ContractReview.class, specification(user, filter), page, exact);
	}

	/** Every review of the filtered register, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEach(FazhiUser user, ContractFilter filter, Consumer<ContractReview> each) {
		return Keyset.forEach(reviews, entityManager, specification(user, filter), ContractReview::getId, each);
	}

	private Specification<ContractReview> specification(FazhiUser user, ContractFilter filter) {
		Specification<ContractReview> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.type() != null) {
				where.add(cb.equal(root.get("contractType"), filter.type()));
			}
			if (filter.departmentId() != null) {
				where.add(cb.equal(root.get("departmentId"), filter.departmentId()));
			}
			if (filter.lawyerId() != null) {
				where.add(cb.equal(root.get("lawyerId"), filter.lawyerId()));
			}
			if (filter.opinion() != null) {
				where.add(cb.equal(root.get("opinion"), filter.opinion()));
			}
			if (filter.signedBeforeReview() != null) {
				where.add(cb.equal(root.get("signedBeforeReview"), filter.signedBeforeReview()));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("submittedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("submittedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<ContractReview>readable(user, LegalRecords.CONTRACT).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public List<ContractRound> roundsOf(FazhiUser user, long id) {
		get(user, id);
		return rounds.findByReviewIdOrderByRoundNoAsc(id);
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var review = get(user, id);
		return deadlines.ofRecord(review.getTenantId(), CONTRACT, String.valueOf(id));
	}

	/** The outside lawyers of the tenant a contract may be assigned to. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> lawyers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream().filter(s -> s.role() == Role.LEGAL_ADVISOR).toList();
	}

	/**
	 * The conflict check: the lawyer's earlier reviews in the tenant with the same counterparty (matched on the credit
	 * code, or on the keyed hash of a person's identity number, never the number itself). Read by the justice office,
	 * which assigns; not through the lawyer's own scope.
	 */
	@Transactional(readOnly = true)
	public List<Conflict> conflicts(FazhiUser user, long id, long lawyerId) {
		var review = get(user, id);
		if (!mayAssign(user)) {
			throw new AccessDeniedException("the justice office runs the conflict check");
		}
		return conflictsOf(review, lawyerId);
	}

	/** The conflict check of every lawyer the justice office may choose, the review read once. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, List<Conflict>> conflictsOfEveryLawyer(FazhiUser user, long id) {
		var review = get(user, id);
		if (!mayAssign(user)) {
			throw new AccessDeniedException("the justice office runs the conflict check");
		}
		java.util.Map<Long, List<Conflict>> conflicts = new java.util.HashMap<>();
		lawyers(user).forEach(l -> conflicts.put(l.accountId(), conflictsOf(review, l.accountId())));
		return conflicts;
	}

	private List<Conflict> conflictsOf(ContractReview review, long lawyerId) {
		return reviews.findTop50ByTenantIdAndCounterpartyKeyAndLawyerIdOrderBySubmittedOnDesc(review.getTenantId(),
				review.getCounterpartyKey(), lawyerId).stream().filter(r -> !r.getId().equals(review.getId()))
			.map(r -> new Conflict(r.getId(), r.getReviewNo(), r.getTitle(), r.getSubmittedOn(), r.getState()))
			.toList();
	}

	/** The person's identity number masked, for a page; null for an organisation. */
	public String maskedIdentity(ContractReview review) {
		return review.getCounterpartyIdentity() == null ? null
				: PersonalData.maskIdentityNumber(cipher.decrypt(review.getCounterpartyIdentity()));
	}

	// ---------------------------------------------------------------- steps

	/** A department submits a contract with its file (DOCX or PDF): the first round of its review. */
	public ContractReview submit(FazhiUser user, Submission in, String fileName, InputStream file) {
		if (!maySubmit(user)) {
			throw new AccessDeniedException("a department submits its contracts");
		}
		String title = Input.trim(in.title());
		if (title == null) {
			throw new RuleViolation("title", "field.required");
		}
		if (title.length() > 200) {
			throw new RuleViolation("title", "field.tooLong");
		}
		if (in.type() == null) {
			throw new RuleViolation("type", "field.required");
		}
		if (in.counterpartyKind() == null) {
			throw new RuleViolation("counterpartyKind", "field.required");
		}
		String name = Input.trim(in.counterpartyName());
		if (name == null) {
			throw new RuleViolation("counterpartyName", "field.required");
		}
		if (name.length() > 100) {
			throw new RuleViolation("counterpartyName", "field.tooLong");
		}
		String code = null;
		String identity = null;
		String key;
		if (in.counterpartyKind() == ContractReview.CounterpartyKind.ORGANISATION) {
			code = Input.trim(in.counterpartyCode());
			code = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
			if (code == null || !CreditCodes.valid(code)) {
				throw new RuleViolation("counterpartyCode", "contract.creditCode.invalid");
			}
			key = "org:" + code;
		}
		else {
			String number = Input.trim(in.counterpartyIdentity());
			number = number == null ? null : number.toUpperCase(java.util.Locale.ROOT);
			if (number == null || !PersonalData.validIdentityNumber(number)) {
				throw new RuleViolation("counterpartyIdentity", "contract.identity.invalid");
			}
			identity = cipher.encrypt(number);
			key = "person:" + cipher.keyedHash("identity", number);
		}
		long amount = in.amount() == null ? 0 : in.amount();
		if (amount < 0 || amount > MOST_AMOUNT) {
			throw new RuleViolation("amount", "contract.amount.range");
		}
		if (in.termFrom() != null && in.termTo() != null && in.termTo().isBefore(in.termFrom())) {
			throw new RuleViolation("termTo", "contract.term.order");
		}
		LocalDate on = in.submittedOn() == null ? today() : in.submittedOn();
		if (on.isAfter(today()) || on.getYear() < 2000) {
			throw new RuleViolation("submittedOn", "contract.date.range");
		}
		if (file == null || Input.trim(fileName) == null) {
			throw new RuleViolation("file", "contract.file.required");
		}
		checkContractFile(fileName);
		var review = reviews.save(new ContractReview(user.tenantId(), user.departmentId(), number(user, on), title,
				in.type(), in.counterpartyKind(), name, code, identity, key, amount, in.termFrom(), in.termTo(), on,
				user.accountId()));
		var stored = attachments.attach(user, CONTRACT, String.valueOf(review.getId()), fileName, file);
		rounds.save(new ContractRound(user.tenantId(), review.getId(), 1, stored.id(), on, user.accountId(), null));
		trail.record(AuditAction.CREATE, CONTRACT, review.getId(), AuditOutcome.SUCCESS,
				review.getReviewNo() + " " + in.type().name().toLowerCase(java.util.Locale.ROOT) + " amount " + amount);
		return review;
	}

	/** A contract is a Word document or a PDF. */
	private static void checkContractFile(String fileName) {
		String lower = fileName.toLowerCase(java.util.Locale.ROOT);
		if (!lower.endsWith(".docx") && !lower.endsWith(".pdf")) {
			throw new RuleViolation("file", "contract.file.kind");
		}
	}

	/** （2024）东湖合审字第12号: the review's number, one series per tenant and year. */
	private String number(FazhiUser user, LocalDate on) {
		int n = numbers.next(user.tenantId(), "LEGAL-CONTRACT", on.getYear());
		String name = user.tenantName() == null ? "" : user.tenantName().replace("街道办事处", "").replace("街道", "")
			.replace("镇人民政府", "").replace("乡人民政府", "");
		return "（" + on.getYear() + "）" + name + "合审字第" + n + "号";
	}

	/**
	 * The justice office assigns the contract (or reassigns the current round) to an outside lawyer; the review period
	 * runs from the day of the assignment. The conflict check's findings are recorded with the assignment.
	 */
	public ContractReview assign(FazhiUser user, long id, Long lawyerId, LocalDate on) {
		var review = get(user, id);
		if (!mayAssign(user)) {
			throw new AccessDeniedException("the justice office assigns contracts");
		}
		if (lawyerId == null) {
			throw new RuleViolation("lawyerId", "field.required");
		}
		var lawyer = lawyers(user).stream().filter(l -> l.accountId() == lawyerId).findFirst()
			.orElseThrow(() -> new RuleViolation("lawyerId", "contract.lawyer.unknown"));
		LocalDate day = on == null ? today() : on;
		var round = currentRound(review);
		if (day.isBefore(round.getSubmittedOn()) || day.isAfter(today())) {
			throw new RuleViolation("on", "contract.date.range");
		}
		var conflicts = conflictsOf(review, lawyerId);
		boolean first = review.getState() == ContractReview.State.SUBMITTED;
		review.assign(lawyerId);
		round.assigned(lawyerId);
		if (first) {
			track(user, review, day);
		}
		else if (review.getReviewDeadlineId() != null) {
			trail.record(AuditAction.UPDATE, CONTRACT, id, AuditOutcome.SUCCESS, "reassigned; the period keeps running");
		}
		trail.record(AuditAction.UPDATE, CONTRACT, id, AuditOutcome.SUCCESS, "assigned to " + lawyer.fullName()
				+ (conflicts.isEmpty() ? "; conflict check: none" : "; conflict check: " + conflicts.size()
						+ " earlier review(s) of the counterparty: " + conflicts.stream().map(Conflict::reviewNo).toList()));
		return review;
	}

	private void track(FazhiUser user, ContractReview review, LocalDate from) {
		var deadline = deadlines.register(new RegisterDeadline(review.getTenantId(), review.getDepartmentId(), null,
				CONTRACT, String.valueOf(review.getId()), review.getReviewNo() + " " + review.getTitle() + "（第"
						+ review.getRoundNo() + "轮）",
				StatutoryRule.CONTRACT_REVIEW, from, review.getLawyerId(), user.accountId(), reviewDays));
		review.tracked(deadline.id());
	}

	private ContractRound currentRound(ContractReview review) {
		return rounds.findByReviewIdAndRoundNo(review.getId(), review.getRoundNo())
			.orElseThrow(() -> new IllegalStateException("review " + review.getId() + " has no current round"));
	}

	/**
	 * The assigned lawyer's opinion on the current round: the result, the reasons, the clauses at risk (for a change
	 * or a refusal) and the marked-up file (for 修改后签订); the period is met, on time or late.
	 */
	public ContractReview opinion(FazhiUser user, long id, ContractReview.Opinion opinion, String reasons,
			String riskyClauses, String markedUpName, InputStream markedUp, LocalDate on) {
		var review = get(user, id);
		if (!isReviewer(user, review)) {
			throw new AccessDeniedException("only the lawyer the contract is assigned to gives the opinion");
		}
		if (review.getState() != ContractReview.State.IN_REVIEW) {
			throw new RuleViolation(null, "contract.step.notNow", review.getState().asArgument());
		}
		if (opinion == null) {
			throw new RuleViolation("opinion", "field.required");
		}
		String why = Input.trim(reasons);
		if (why == null) {
			throw new RuleViolation("reasons", "contract.reasons.required");
		}
		String risky = Input.trim(riskyClauses);
		if (opinion != ContractReview.Opinion.LAWFUL && risky == null) {
			throw new RuleViolation("riskyClauses", "contract.risky.required");
		}
		if (why.length() > 4000 || (risky != null && risky.length() > 4000)) {
			throw new RuleViolation("reasons", "field.tooLong");
		}
		boolean withFile = markedUp != null && Input.trim(markedUpName) != null;
		if (opinion == ContractReview.Opinion.AMEND && !withFile) {
			throw new RuleViolation("markedUp", "contract.markedUp.required");
		}
		var round = currentRound(review);
		LocalDate day = on == null ? today() : on;
		if (day.isBefore(round.getSubmittedOn()) || day.isAfter(today())) {
			throw new RuleViolation("on", "contract.date.range");
		}
		Long markedUpId = null;
		if (withFile) {
			checkContractFile(markedUpName);
			markedUpId = attachments.attach(user, CONTRACT, String.valueOf(id), markedUpName, markedUp).id();
		}
		boolean onTime = true;
		if (review.getReviewDeadlineId() != null) {
			onTime = Boolean.TRUE.equals(deadlines.completeForRecord(user, review.getReviewDeadlineId(), day)
				.completedOnTime());
		}
		round.opinion(opinion, why, risky, markedUpId, day, onTime);
		review.opinion(opinion, day, onTime);
		review.tracked(null);
		trail.record(AuditAction.STATE_CHANGE, CONTRACT, id, AuditOutcome.SUCCESS, "round " + review.getRoundNo()
				+ " opinion " + opinion.name().toLowerCase(java.util.Locale.ROOT) + (onTime ? ", on time" : ", late"));
		return review;
	}

	/** The department's revised contract after a change was asked for: a new round with the same lawyer. */
	public ContractReview revise(FazhiUser user, long id, String fileName, InputStream file, String note,
			LocalDate on) {
		var review = get(user, id);
		if (!maySubmit(user)) {
			throw new AccessDeniedException("the department revises its contract");
		}
		if (review.getState() != ContractReview.State.RETURNED) {
			throw new RuleViolation(null, "contract.step.notNow", review.getState().asArgument());
		}
		if (file == null || Input.trim(fileName) == null) {
			throw new RuleViolation("file", "contract.file.required");
		}
		checkContractFile(fileName);
		String text = Input.trim(note);
		if (text != null && text.length() > 1000) {
			throw new RuleViolation("note", "field.tooLong");
		}
		LocalDate day = on == null ? today() : on;
		if (day.isBefore(review.getOpinionOn()) || day.isAfter(today())) {
			throw new RuleViolation("on", "contract.date.range");
		}
		var stored = attachments.attach(user, CONTRACT, String.valueOf(id), fileName, file);
		review.revised();
		var round = rounds.save(new ContractRound(user.tenantId(), id, review.getRoundNo(), stored.id(), day,
				user.accountId(), text));
		round.assigned(review.getLawyerId());
		track(user, review, day);
		trail.record(AuditAction.STATE_CHANGE, CONTRACT, id, AuditOutcome.SUCCESS, "revision, round " + review.getRoundNo());
		return review;
	}

	/** The contract was signed: recorded at any point, flagged when no passed review came before. */
	public ContractReview sign(FazhiUser user, long id, LocalDate on) {
		var review = get(user, id);
		if (!maySubmit(user)) {
			throw new AccessDeniedException("the department records the signing");
		}
		LocalDate day = on == null ? today() : on;
		if (day.isBefore(review.getSubmittedOn()) || day.isAfter(today())) {
			throw new RuleViolation("on", "contract.date.range");
		}
		if (!review.getState().open()) {
			throw new RuleViolation(null, "contract.step.notNow", review.getState().asArgument());
		}
		if (review.getReviewDeadlineId() != null) {
			// the review is overtaken by the signing: its period ends with it
			deadlines.completeForRecord(user, review.getReviewDeadlineId(), day);
			review.tracked(null);
		}
		review.signed(day);
		trail.record(AuditAction.STATE_CHANGE, CONTRACT, id, AuditOutcome.SUCCESS,
				"signed on " + day + (review.isSignedBeforeReview() ? ", before a passed review" : ""));
		return review;
	}

	/** The department withdraws the contract before signing it. */
	public ContractReview withdraw(FazhiUser user, long id) {
		var review = get(user, id);
		if (!maySubmit(user)) {
			throw new AccessDeniedException("the department withdraws its contract");
		}
		if (!review.getState().open()) {
			throw new RuleViolation(null, "contract.step.notNow", review.getState().asArgument());
		}
		if (review.getReviewDeadlineId() != null) {
			deadlines.completeForRecord(user, review.getReviewDeadlineId(), today());
			review.tracked(null);
		}
		review.withdrawn();
		trail.record(AuditAction.STATE_CHANGE, CONTRACT, id, AuditOutcome.SUCCESS, "withdrawn");
		return review;
	}

	/** The opinion document of the latest round, attached to the review (the documents module renders it). */
	void documented(ContractRound round, long attachmentId) {
		round.documented(attachmentId);
	}

	ContractRound latestOpinionRound(ContractReview review) {
		return rounds.findByReviewIdOrderByRoundNoAsc(review.getId()).stream().filter(r -> r.getOpinion() != null)
			.reduce((a, b) -> b).orElseThrow(() -> new RuleViolation(null, "contract.opinion.none"));
	}
}
