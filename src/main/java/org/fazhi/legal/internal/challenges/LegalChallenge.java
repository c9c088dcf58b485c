package org.fazhi.legal.internal.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reconsideration (行政复议) or litigation (行政应诉) file in which the office is the respondent or the defendant: the
 * copy it received, the act challenged (and the penalty case it came from), the answer or defence and its period, the
 * hearing and who appeared for the office, a settlement, the outcome and its appeal period, the opinion letter of the
 * reconsideration body and the performance of its decision.
 */
@Entity
public class LegalChallenge {

	/** 行政复议 (the office as respondent) or 行政诉讼 (the office as defendant). */
	public enum Kind {
		RECONSIDERATION, LITIGATION;

		public String messageKey() {
			return "challengeKind." + name();
		}
	}

	/** The instance of a lawsuit; a reconsideration has one. */
	public enum Instance {
		FIRST, SECOND, RETRIAL;

		public String messageKey() {
			return "challengeInstance." + name();
		}
	}

	public enum State {
		/** the copy received, the answer or defence due */
		RECEIVED,
		/** answered; waiting for the hearing and the outcome */
		ANSWERED,
		/** an outcome of first instance, its appeal period running; or a decision to perform */
		DECIDED,
		/** final: nothing more to do */
		CLOSED;

		public String messageKey() {
			return "challengeState." + name();
		}

		public DefaultMessageSourceResolvable asArgument() {
			return new DefaultMessageSourceResolvable(new String[] { messageKey() }, name());
		}
	}

	/**
	 * The outcomes: of a reconsideration (行政复议法 第六十三条至第七十四条) and of a lawsuit (胜诉, 败诉, 撤诉, 调解).
	 */
	public enum Outcome {
		UPHELD(Kind.RECONSIDERATION), REVOKED(Kind.RECONSIDERATION), CHANGED(Kind.RECONSIDERATION),
		CONFIRMED_UNLAWFUL(Kind.RECONSIDERATION), CONFIRMED_VOID(Kind.RECONSIDERATION),
		ORDERED_TO_PERFORM(Kind.RECONSIDERATION), MEDIATED(Kind.RECONSIDERATION, Kind.LITIGATION),
		WITHDRAWN_SETTLED(Kind.RECONSIDERATION), DISMISSED(Kind.RECONSIDERATION), WON(Kind.LITIGATION),
		LOST(Kind.LITIGATION), WITHDRAWN(Kind.LITIGATION);

		private final Set<Kind> kinds;

		Outcome(Kind... kinds) {
			this.kinds = Set.of(kinds);
		}

		public boolean appliesTo(Kind kind) {
			return kinds.contains(kind);
		}

		/** The decision challenged was changed, revoked or found void: the penalty case is told. */
		public boolean overturns() {
			return this == REVOKED || this == CHANGED || this == CONFIRMED_VOID || this == LOST;
		}

		/** The office must act on it (行政复议法 第七十七条): the decision is performed before the file closes. */
		public boolean toPerform() {
			return this == REVOKED || this == CHANGED || this == CONFIRMED_UNLAWFUL || this == CONFIRMED_VOID
					|| this == ORDERED_TO_PERFORM;
		}

		public String messageKey() {
			return "challengeOutcome." + name();
		}
	}

	/** The form of a court's first-instance outcome: its appeal period depends on it (行政诉讼法 第八十五条). */
	public enum Form {
		JUDGMENT, RULING;

		public String messageKey() {
			return "challengeForm." + name();
		}
	}

	/** Who appealed. */
	public enum Party {
		OFFICE, CLAIMANT;

		public String messageKey() {
			return "challengeParty." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private String challengeNo;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private boolean simpleProcedure;
	@Enumerated(EnumType.STRING)
	private Instance instance;
	private String claimant;
	private boolean claimantPerson;
	private String body;
	private String bodyCaseNo;
	private String challengedAct;
	private Long caseId;
	private String caseNo;
	private long handlerId;
	private Long lawyerId;
	@Enumerated(EnumType.STRING)
	private State state;
	private LocalDate receivedOn;
	private LocalDate answerDueOn;
	private Long answerDeadlineId;
	private LocalDate answeredOn;
	private Boolean answeredOnTime;
	private String answerBasis;
	private String answerArgument;
	private String answerEvidence;
	private Long answerFileId;
	private LocalDate hearingOn;
	private Boolean headAppeared;
	private Long appearedId;
	private LocalDate settledOn;
	private String settlementTerms;
	private boolean throughMediation;
	private Long disputeId;
	private String disputeNo;
	private LocalDate statementOn;
	@Enumerated(EnumType.STRING)
	private Outcome outcome;
	@Enumerated(EnumType.STRING)
	private Form outcomeForm;
	private LocalDate outcomeOn;
	@Enumerated(EnumType.STRING)
	private Outcome firstOutcome;
	private LocalDate appealDueOn;
	private Long appealDeadlineId;
	@Enumerated(EnumType.STRING)
	private Party appealedBy;
	private LocalDate finalOn;
	private LocalDate letterReceivedOn;
	private Long letterDeadlineId;
	private LocalDate letterRepliedOn;
	private String letterReply;
	private LocalDate performedOn;
	private String performance;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected LegalChallenge() {
	}

	LegalChallenge(long tenantId, long departmentId, String challengeNo, Kind kind, boolean simpleProcedure,
			String claimant, boolean claimantPerson, String body, String bodyCaseNo, String challengedAct, Long caseId,
			String caseNo, long handlerId, Long lawyerId, LocalDate receivedOn, long createdBy) {
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.challengeNo = challengeNo;
		this.kind = kind;
		this.simpleProcedure = simpleProcedure;
		this.instance = Instance.FIRST;
		this.claimant = claimant;
		this.claimantPerson = claimantPerson;
		this.body = body;
		this.bodyCaseNo = bodyCaseNo;
		this.challengedAct = challengedAct;
		this.caseId = caseId;
		this.caseNo = caseNo;
		this.handlerId = handlerId;
		this.lawyerId = lawyerId;
		this.receivedOn = receivedOn;
		this.createdBy = createdBy;
		this.state = State.RECEIVED;
	}

	void answerTracked(Long deadlineId, LocalDate due) {
		this.answerDeadlineId = deadlineId;
		this.answerDueOn = due;
	}

	void answered(LocalDate on, boolean onTime, String basis, String argument, String evidence) {
		this.answeredOn = on;
		this.answeredOnTime = onTime;
		this.answerBasis = basis;
		this.answerArgument = argument;
		this.answerEvidence = evidence;
		this.answerDeadlineId = null;
		this.state = State.ANSWERED;
	}

	void documented(long attachmentId) {
		this.answerFileId = attachmentId;
	}

	void heard(LocalDate on, Boolean headAppeared, Long appearedId) {
		this.hearingOn = on;
		this.headAppeared = headAppeared;
		this.appearedId = appearedId;
	}

	void settled(LocalDate on, String terms, boolean throughMediation, Long disputeId, String disputeNo) {
		this.settledOn = on;
		this.settlementTerms = terms;
		this.throughMediation = throughMediation;
		this.disputeId = disputeId;
		this.disputeNo = disputeNo;
	}

	void decided(Outcome outcome, Form form, LocalDate on, LocalDate statementOn, State next) {
		this.outcome = outcome;
		this.outcomeForm = form;
		this.outcomeOn = on;
		this.statementOn = statementOn;
		this.state = next;
		if (this.answerDeadlineId != null) {
			this.answerDeadlineId = null;
		}
		if (next == State.CLOSED) {
			this.finalOn = on;
		}
	}

	void appealTracked(Long deadlineId, LocalDate due) {
		this.appealDeadlineId = deadlineId;
		this.appealDueOn = due;
	}

	void appealed(Party by) {
		this.appealedBy = by;
		this.firstOutcome = this.outcome;
		this.outcome = null;
		this.outcomeForm = null;
		this.outcomeOn = null;
		this.appealDeadlineId = null;
		this.hearingOn = null;
		this.headAppeared = null;
		this.appearedId = null;
		this.instance = Instance.SECOND;
		this.state = State.ANSWERED;
	}

	void becameFinal(LocalDate on) {
		this.finalOn = on;
		this.appealDeadlineId = null;
		this.state = State.CLOSED;
	}

	void retrial() {
		this.firstOutcome = this.outcome;
		this.outcome = null;
		this.outcomeForm = null;
		this.outcomeOn = null;
		this.finalOn = null;
		this.hearingOn = null;
		this.headAppeared = null;
		this.appearedId = null;
		this.instance = Instance.RETRIAL;
		this.state = State.ANSWERED;
	}

	void letterReceived(LocalDate on, Long deadlineId) {
		this.letterReceivedOn = on;
		this.letterDeadlineId = deadlineId;
	}

	void letterReplied(LocalDate on, String reply) {
		this.letterRepliedOn = on;
		this.letterReply = reply;
		this.letterDeadlineId = null;
	}

	void performed(LocalDate on, String what) {
		this.performedOn = on;
		this.performance = what;
		this.finalOn = on;
		this.state = State.CLOSED;
	}

	public boolean open() {
		return state != State.CLOSED;
	}

	public int getVersion() {
		return version;
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

	public String getChallengeNo() {
		return challengeNo;
	}

	public Kind getKind() {
		return kind;
	}

	public boolean isSimpleProcedure() {
		return simpleProcedure;
	}

	public Instance getInstance() {
		return instance;
	}

	public String getClaimant() {
		return claimant;
	}

	public boolean isClaimantPerson() {
		return claimantPerson;
	}

	public String getBody() {
		return body;
	}

	public String getBodyCaseNo() {
		return bodyCaseNo;
	}

	public String getChallengedAct() {
		return challengedAct;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getCaseNo() {
		return caseNo;
	}

	public long getHandlerId() {
		return handlerId;
	}

	public Long getLawyerId() {
		return lawyerId;
	}

	public State getState() {
		return state;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public LocalDate getAnswerDueOn() {
		return answerDueOn;
	}

	public Long getAnswerDeadlineId() {
		return answerDeadlineId;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public Boolean getAnsweredOnTime() {
		return answeredOnTime;
	}

	public String getAnswerBasis() {
		return answerBasis;
	}

	public String getAnswerArgument() {
		return answerArgument;
	}

	public String getAnswerEvidence() {
		return answerEvidence;
	}

	public Long getAnswerFileId() {
		return answerFileId;
	}

	public LocalDate getHearingOn() {
		return hearingOn;
	}

	public Boolean getHeadAppeared() {
		return headAppeared;
	}

	public Long getAppearedId() {
		return appearedId;
	}

	public LocalDate getSettledOn() {
		return settledOn;
	}

	public String getSettlementTerms() {
		return settlementTerms;
	}

	public boolean isThroughMediation() {
		return throughMediation;
	}

	public Long getDisputeId() {
		return disputeId;
	}

	public String getDisputeNo() {
		return disputeNo;
	}

	public LocalDate getStatementOn() {
		return statementOn;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public Form getOutcomeForm() {
		return outcomeForm;
	}

	public LocalDate getOutcomeOn() {
		return outcomeOn;
	}

	public Outcome getFirstOutcome() {
		return firstOutcome;
	}

	public LocalDate getAppealDueOn() {
		return appealDueOn;
	}

	public Long getAppealDeadlineId() {
		return appealDeadlineId;
	}

	public Party getAppealedBy() {
		return appealedBy;
	}

	public LocalDate getFinalOn() {
		return finalOn;
	}

	public LocalDate getLetterReceivedOn() {
		return letterReceivedOn;
	}

	public Long getLetterDeadlineId() {
		return letterDeadlineId;
	}

	public LocalDate getLetterRepliedOn() {
		return letterRepliedOn;
	}

	public String getLetterReply() {
		return letterReply;
	}

	public LocalDate getPerformedOn() {
		return performedOn;
	}

	public String getPerformance() {
		return performance;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
