package org.fazhi.legal.internal.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.shared.RuleViolation;

/**
 * A contract a department submits for its legality review (合同合法性审查): the contract's type, counterparty, amount
 * and term; the lawyer it is assigned to; the round of the review (each revision is a new round), the latest opinion;
 * and its signing, flagged when it came before a passed review.
 */
@Entity
public class ContractReview {

	public enum Type {
		PROCUREMENT, SERVICE, CONSTRUCTION, LEASE, COOPERATION, DONATION, OTHER;

		public String messageKey() {
			return "contractType." + name();
		}
	}

	public enum CounterpartyKind {
		ORGANISATION, PERSON;

		public String messageKey() {
			return "counterpartyKind." + name();
		}
	}

	public enum State {
		/** Waiting for the justice office to assign a lawyer. */
		SUBMITTED,
		/** With the lawyer, whose opinion on the current round is due. */
		IN_REVIEW,
		/** The lawyer asked for changes or advised against signing: the department revises, signs or withdraws. */
		RETURNED,
		/** The lawyer found it lawful to sign (合法可签). */
		PASSED,
		SIGNED, WITHDRAWN;

		public boolean open() {
			return this != SIGNED && this != WITHDRAWN;
		}

		public String messageKey() {
			return "contractState." + name();
		}

		/** The state as a message argument: resolved in the reader's language, never shown as its key. */
		public org.springframework.context.MessageSourceResolvable asArgument() {
			return new org.springframework.context.support.DefaultMessageSourceResolvable(messageKey());
		}
	}

	/** The lawyer's opinion of a round. */
	public enum Opinion {
		/** 合法可签. */
		LAWFUL,
		/** 修改后签订. */
		AMEND,
		/** 不建议签订. */
		NOT_ADVISED;

		public String messageKey() {
			return "contractOpinion." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private String reviewNo;
	private String title;
	@Enumerated(EnumType.STRING)
	private Type contractType;
	@Enumerated(EnumType.STRING)
	private CounterpartyKind counterpartyKind;
	private String counterpartyName;
	private String counterpartyCode;
	private String counterpartyIdentity;
	private String counterpartyKey;
	private long amount;
	private LocalDate termFrom;
	private LocalDate termTo;
	private LocalDate submittedOn;
	@Enumerated(EnumType.STRING)
	private State state = State.SUBMITTED;
	private Long lawyerId;
	private int roundNo = 1;
	@Enumerated(EnumType.STRING)
	private Opinion opinion;
	private LocalDate firstOpinionOn;
	private LocalDate opinionOn;
	private Long reviewDeadlineId;
	private int lateRounds;
	private LocalDate signedOn;
	private boolean signedBeforeReview;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected ContractReview() {
	}

	ContractReview(long tenantId, long departmentId, String reviewNo, String title, Type contractType,
			CounterpartyKind counterpartyKind, String counterpartyName, String counterpartyCode,
			String counterpartyIdentity, String counterpartyKey, long amount, LocalDate termFrom, LocalDate termTo,
			LocalDate submittedOn, long createdBy) {
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.reviewNo = reviewNo;
		this.title = title;
		this.contractType = contractType;
		this.counterpartyKind = counterpartyKind;
		this.counterpartyName = counterpartyName;
		this.counterpartyCode = counterpartyCode;
		this.counterpartyIdentity = counterpartyIdentity;
		this.counterpartyKey = counterpartyKey;
		this.amount = amount;
		this.termFrom = termFrom;
		this.termTo = termTo;
		this.submittedOn = submittedOn;
		this.createdBy = createdBy;
	}

	private void expect(EnumSet<State> states) {
		if (!states.contains(state)) {
			throw new RuleViolation(null, "contract.step.notNow", state.asArgument());
		}
	}

	void assign(long lawyer) {
		expect(EnumSet.of(State.SUBMITTED, State.IN_REVIEW));
		this.lawyerId = lawyer;
		this.state = State.IN_REVIEW;
	}

	void tracked(Long deadlineId) {
		this.reviewDeadlineId = deadlineId;
	}

	void opinion(Opinion given, LocalDate on, boolean onTime) {
		expect(EnumSet.of(State.IN_REVIEW));
		this.opinion = given;
		this.opinionOn = on;
		if (firstOpinionOn == null) {
			this.firstOpinionOn = on;
		}
		if (!onTime) {
			this.lateRounds++;
		}
		this.state = given == Opinion.LAWFUL ? State.PASSED : State.RETURNED;
	}

	void revised() {
		expect(EnumSet.of(State.RETURNED));
		this.roundNo++;
		this.state = State.IN_REVIEW;
	}

	/** Signing, at any point of the review; before a passed review it is flagged. */
	void signed(LocalDate on) {
		expect(EnumSet.of(State.SUBMITTED, State.IN_REVIEW, State.RETURNED, State.PASSED));
		this.signedBeforeReview = state != State.PASSED;
		this.signedOn = on;
		this.state = State.SIGNED;
	}

	void withdrawn() {
		expect(EnumSet.of(State.SUBMITTED, State.IN_REVIEW, State.RETURNED, State.PASSED));
		this.state = State.WITHDRAWN;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getDepartmentId() {
		return departmentId;
	}

	public String getReviewNo() {
		return reviewNo;
	}

	public String getTitle() {
		return title;
	}

	public Type getContractType() {
		return contractType;
	}

	public CounterpartyKind getCounterpartyKind() {
		return counterpartyKind;
	}

	public String getCounterpartyName() {
		return counterpartyName;
	}

	public String getCounterpartyCode() {
		return counterpartyCode;
	}

	/** The person's identity number as stored: SM4-encrypted, never shown in clear. */
	String getCounterpartyIdentity() {
		return counterpartyIdentity;
	}

	public String getCounterpartyKey() {
		return counterpartyKey;
	}

	public long getAmount() {
		return amount;
	}

	public LocalDate getTermFrom() {
		return termFrom;
	}

	public LocalDate getTermTo() {
		return termTo;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public State getState() {
		return state;
	}

	public Long getLawyerId() {
		return lawyerId;
	}

	public int getRoundNo() {
		return roundNo;
	}

	public Opinion getOpinion() {
		return opinion;
	}

	public LocalDate getFirstOpinionOn() {
		return firstOpinionOn;
	}

	public LocalDate getOpinionOn() {
		return opinionOn;
	}

	public Long getReviewDeadlineId() {
		return reviewDeadlineId;
	}

	public int getLateRounds() {
		return lateRounds;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public boolean isSignedBeforeReview() {
		return signedBeforeReview;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
