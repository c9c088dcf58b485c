package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.shared.EncryptedPersonalData;

/**
 * A penalty case (行政处罚案件) from its source to its closing. The state changes only through {@link CaseWork}, whose
 * guards are the articles of 行政处罚法; this class holds what each step recorded.
 */
@Entity
public class PenaltyCase {

	/** The steps of the general procedure, and the ends a case may reach. */
	public enum State {
		/** 立案待批: registered, waiting for the head's approval (第五十四条) */
		REGISTERED,
		/** 调查取证: filed, under investigation */
		FILED,
		/** 已告知: the intended penalty notified, the party may state and defend (第四十四条、第四十五条) */
		NOTIFIED,
		/** 听证: a hearing requested and not yet held (第六十三条、第六十四条) */
		HEARING,
		/** 法制审核: with the legal reviewer (第五十八条) */
		REVIEW,
		/** 已决定 */
		DECIDED,
		/** 已送达 (第六十一条) */
		SERVED,
		/** 已执行 (第六十七条) */
		EXECUTED,
		/** 已申请法院强制执行 (第七十二条第一款第四项, 行政强制法 第五十三条) */
		COURT_APPLIED,
		/** 中止 */
		SUSPENDED,
		/** 已结案 */
		CLOSED,
		/** 终止 */
		TERMINATED,
		/** 已移送 (第二十七条、第五十七条第一款第四项) */
		TRANSFERRED;

		public boolean open() {
			return this != CLOSED && this != TERMINATED && this != TRANSFERRED;
		}
	}

	public enum Source {
		INSPECTION, HAZARD, COMPLAINT, REFERRAL, PATROL
	}

	public enum PartyKind {
		ORGANISATION, PERSON
	}

	public enum Procedure {
		/** 普通程序 */
		GENERAL,
		/** 简易程序: decided on the spot (第五十一条、第五十二条) */
		SUMMARY
	}

	/** 第五十七条第一款: what the investigation ends in. */
	public enum Outcome {
		PENALTY, NO_PENALTY, NOT_ESTABLISHED
	}

	/** The kinds of penalty this catalogue uses (第九条). */
	public enum PenaltyKind {
		WARNING, FINE, SUSPENSION, REVOCATION
	}

	public enum ReviewOpinion {
		AGREE, AMEND, RETURN
	}

	public enum ServiceMethod {
		IN_PERSON, POST, ELECTRONIC, LEFT_AT_ADDRESS, PUBLIC_NOTICE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long communityId;
	private String caseNo;
	@Enumerated(EnumType.STRING)
	private Source source;
	private Long hazardId;
	private Long inspectionId;
	private long matterId;
	private Long entityId;
	@Enumerated(EnumType.STRING)
	private PartyKind partyKind;
	private String partyName;
	/** The credit code of an organisation, or the identity number of a person (encrypted, SM4). */
	@Convert(converter = EncryptedPersonalData.class)
	private String partyCode;
	private String partyAddress;
	private String facts;
	@Enumerated(EnumType.STRING)
	private Procedure procedureKind;
	@Enumerated(EnumType.STRING)
	private State state;
	private boolean majorInterest;
	private boolean complexCase;
	private long officer1Id;
	private long officer2Id;
	private String officerNames;
	private LocalDate registeredOn;
	private LocalDate filedOn;
	private String filingApprovedBy;
	private LocalDate noticeOn;
	@Enumerated(EnumType.STRING)
	private PenaltyKind proposedKind;
	private Long proposedFine;
	@Enumerated(EnumType.STRING)
	private DiscretionLevel proposedLevel;
	private boolean hearingRight;
	private LocalDate defenceOn;
	private String defenceText;
	private Boolean defenceAdopted;
	/** The last day of the statement-and-defence period (第四十五条), counted when the notice went out. */
	private LocalDate defenceDueOn;
	/** The day of the party's written waiver of statement and defence, and what it says. */
	private LocalDate defenceWaivedOn;
	private String defenceWaiver;
	/** 复核 (第四十五条第一款): which of the party's points were adopted, which not, and why. */
	private String defenceReview;
	/** 拟处理意见 (第五十七条): the officer's proposed decision on the investigation's result, for the head. */
	private LocalDate proposalOn;
	private String proposalBy;
	@Enumerated(EnumType.STRING)
	private Outcome proposalOutcome;
	@Enumerated(EnumType.STRING)
	private PenaltyKind proposalKind;
	private Long proposalFine;
	@Enumerated(EnumType.STRING)
	private DiscretionLevel proposalLevel;
	private String proposalReason;
	/** Who decided: the head of the body in the general procedure, the two officers on the spot. */
	private String decidedBy;
	private LocalDate hearingRequestedOn;
	private LocalDate hearingWaivedOn;
	private LocalDate hearingNoticeOn;
	private LocalDate hearingOn;
	private String hearingPlace;
	private Long hearingChairId;
	private String hearingChairName;
	private LocalDate hearingHeldOn;
	private String hearingRecord;
	private LocalDate reviewSubmittedOn;
	private Long reviewerId;
	private String reviewerName;
	private LocalDate reviewOn;
	@Enumerated(EnumType.STRING)
	private ReviewOpinion reviewOpinion;
	private String reviewText;
	/** The fine an amending opinion sets; the decision follows it. */
	private Long reviewedFine;
	private LocalDate discussionOn;
	private String discussionAttendees;
	private String discussionMinutes;
	@Enumerated(EnumType.STRING)
	private Outcome outcome;
	@Enumerated(EnumType.STRING)
	private PenaltyKind penaltyKind;
	private Long fine;
	@Enumerated(EnumType.STRING)
	private DiscretionLevel discretionLevel;
	private String decisionNo;
	private LocalDate decidedOn;
	private String decisionReason;
	private LocalDate servedOn;
	@Enumerated(EnumType.STRING)
	private ServiceMethod serviceMethod;
	private LocalDate paidOn;
	private Long amountPaid;
	private Long surcharge;
	private LocalDate paymentDeferredTo;
	/** The number of instalments approved (第六十六条第二款); null when the fine is paid at once. */
	private Integer instalments;
	private LocalDate urgedOn;
	private LocalDate courtAppliedOn;
	private String court;
	private LocalDate publishedOn;
	private LocalDate withdrawnOn;
	private LocalDate revokedOn;
	private String revocationReason;
	private String transferredTo;
	private String endedReason;
	private LocalDate suspendedFrom;
	private LocalDate closedOn;
	private Long decisionDeadlineId;
	/** The day the violation was committed, or ended if it continued (行政处罚法 第三十六条). */
	private LocalDate occurredOn;
	private boolean harmToLife;
	private String publicSummary;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected PenaltyCase() {
	}

	PenaltyCase(long tenantId, long communityId, Source source, EnforcementMatter matter, PartyKind partyKind,
			String partyName, String partyCode, String partyAddress, String facts, long officer1Id, long officer2Id,
			String officerNames, LocalDate registeredOn, long createdBy) {
		this.tenantId = tenantId;
		this.communityId = communityId;
		this.source = source;
		this.matterId = matter.getId();
		this.partyKind = partyKind;
		this.partyName = partyName;
		this.partyCode = partyCode;
		this.partyAddress = partyAddress;
		this.facts = facts;
		this.officer1Id = officer1Id;
		this.officer2Id = officer2Id;
		this.officerNames = officerNames;
		this.registeredOn = registeredOn;
		this.procedureKind = Procedure.GENERAL;
		this.state = State.REGISTERED;
		this.createdBy = createdBy;
	}

	/** Whether one of the two officers investigated it (第五十八条, 第六十四条第四项: they may not review or chair). */
	public boolean investigatedBy(long accountId) {
		return officer1Id == accountId || officer2Id == accountId;
	}

	public boolean isPerson() {
		return partyKind == PartyKind.PERSON;
	}

	void from(Long hazardId, Long inspectionId, Long entityId) {
		this.hazardId = hazardId;
		this.inspectionId = inspectionId;
		this.entityId = entityId;
	}

	void occurred(LocalDate on, boolean harmToLife) {
		this.occurredOn = on;
		this.harmToLife = harmToLife;
	}

	void flags(boolean majorInterest, boolean complexCase) {
		this.majorInterest = majorInterest;
		this.complexCase = complexCase;
	}

	void moveTo(State next) {
		this.state = next;
	}

	void filed(String caseNo, LocalDate on, String approvedBy, Long deadlineId) {
		this.caseNo = caseNo;
		this.filedOn = on;
		this.filingApprovedBy = approvedBy;
		this.decisionDeadlineId = deadlineId;
		this.state = State.FILED;
	}

	void notified(LocalDate on, PenaltyKind kind, Long fine, DiscretionLevel level, boolean hearingRight) {
		this.noticeOn = on;
		this.proposedKind = kind;
		this.proposedFine = fine;
		this.proposedLevel = level;
		this.hearingRight = hearingRight;
		this.defenceOn = null;
		this.defenceText = null;
		this.defenceAdopted = null;
		this.defenceReview = null;
		this.defenceWaivedOn = null;
		this.defenceWaiver = null;
		this.defenceDueOn = null;
		this.proposalOn = null;
		this.proposalBy = null;
		this.proposalOutcome = null;
		this.proposalKind = null;
		this.proposalFine = null;
		this.proposalLevel = null;
		this.proposalReason = null;
		this.hearingRequestedOn = null;
		this.hearingWaivedOn = null;
		// a new notice (after a review sent the case back) starts the party's hearing and the heads' discussion anew
		this.hearingNoticeOn = null;
		this.hearingOn = null;
		this.hearingPlace = null;
		this.hearingChairId = null;
		this.hearingChairName = null;
		this.hearingHeldOn = null;
		this.hearingRecord = null;
		this.discussionOn = null;
		this.discussionAttendees = null;
		this.discussionMinutes = null;
		this.state = State.NOTIFIED;
	}

	void defence(LocalDate on, String text, boolean adopted, String review) {
		this.defenceOn = on;
		this.defenceText = text;
		this.defenceAdopted = adopted;
		this.defenceReview = review;
	}

	void defencePeriod(LocalDate due) {
		this.defenceDueOn = due;
	}

	void defenceWaived(LocalDate on, String waiver) {
		this.defenceWaivedOn = on;
		this.defenceWaiver = waiver;
	}

	void proposed(LocalDate on, String by, Outcome outcome, PenaltyKind kind, Long fine, DiscretionLevel level,
			String reason) {
		this.proposalOn = on;
		this.proposalBy = by;
		this.proposalOutcome = outcome;
		this.proposalKind = kind;
		this.proposalFine = fine;
		this.proposalLevel = level;
		this.proposalReason = reason;
	}

	void decidedBy(String names) {
		this.decidedBy = names;
	}

	/** Whether the party has been heard or gave up being heard, so the period need not run out (第四十五条). */
	public boolean partyHeard() {
		return defenceOn != null || defenceWaivedOn != null || hearingHeldOn != null;
	}

	/** Whether the party had been heard, or had waived it, by the end of {@code day}. */
	public boolean partyHeardBy(LocalDate day) {
		return onOrBefore(defenceOn, day) || onOrBefore(defenceWaivedOn, day) || onOrBefore(hearingHeldOn, day);
	}

	private static boolean onOrBefore(LocalDate step, LocalDate day) {
		return step != null && !step.isAfter(day);
	}

	/** The number a person reads for the case: its 立案 number, or the decision's for one decided on the spot. */
	public String getDisplayNo() {
		return caseNo != null ? caseNo : decisionNo;
	}

	void hearingRequested(LocalDate on) {
		this.hearingRequestedOn = on;
		this.state = State.HEARING;
	}

	void hearingWaived(LocalDate on) {
		this.hearingWaivedOn = on;
	}

	void hearingNotified(LocalDate noticeOn, LocalDate hearingOn, String place, long chairId, String chairName) {
		this.hearingNoticeOn = noticeOn;
		this.hearingOn = hearingOn;
		this.hearingPlace = place;
		this.hearingChairId = chairId;
		this.hearingChairName = chairName;
	}

	void hearingHeld(LocalDate on, String record) {
		this.hearingHeldOn = on;
		this.hearingRecord = record;
		this.state = State.NOTIFIED;
	}

	void submittedForReview(LocalDate on, long reviewerId, String reviewerName) {
		this.reviewSubmittedOn = on;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
		this.reviewOn = null;
		this.reviewOpinion = null;
		this.reviewText = null;
		this.reviewedFine = null;
		this.state = State.REVIEW;
	}

	void reviewed(LocalDate on, ReviewOpinion opinion, String text, Long reviewedFine) {
		this.reviewOn = on;
		this.reviewOpinion = opinion;
		this.reviewText = text;
		this.reviewedFine = reviewedFine;
		this.state = opinion == ReviewOpinion.RETURN ? State.FILED : State.NOTIFIED;
	}

	void discussed(LocalDate on, String attendees, String minutes) {
		this.discussionOn = on;
		this.discussionAttendees = attendees;
		this.discussionMinutes = minutes;
	}

	void decided(Outcome outcome, PenaltyKind kind, Long fine, DiscretionLevel level, String decisionNo, LocalDate on,
			String reason) {
		this.outcome = outcome;
		this.penaltyKind = kind;
		this.fine = fine;
		this.discretionLevel = level;
		this.decisionNo = decisionNo;
		this.decidedOn = on;
		this.decisionReason = reason;
		this.state = State.DECIDED;
	}

	void summary() {
		this.procedureKind = Procedure.SUMMARY;
	}

	void served(LocalDate on, ServiceMethod method) {
		this.servedOn = on;
		this.serviceMethod = method;
		this.state = State.SERVED;
	}

	void deferred(LocalDate to, Integer instalments) {
		this.paymentDeferredTo = to;
		this.instalments = instalments;
	}

	void urged(LocalDate on) {
		this.urgedOn = on;
	}

	void appliedToCourt(LocalDate on, String court) {
		this.courtAppliedOn = on;
		this.court = court;
		this.state = State.COURT_APPLIED;
	}

	void partlyPaid(long total) {
		this.amountPaid = total;
	}

	void paid(LocalDate on, long amount, long surcharge) {
		this.paidOn = on;
		this.amountPaid = amount;
		this.surcharge = surcharge;
		this.state = State.EXECUTED;
	}

	void published(LocalDate on, String summary) {
		this.publishedOn = on;
		this.publicSummary = summary;
	}

	/** The summary written for publication, screened for personal information (null before publication). */
	public String getPublicSummary() {
		return publicSummary;
	}

	void revoked(LocalDate on, String reason) {
		this.revokedOn = on;
		this.revocationReason = reason;
	}

	void withdrawn(LocalDate on) {
		this.withdrawnOn = on;
	}

	void suspended(LocalDate from) {
		this.suspendedFrom = from;
		this.state = State.SUSPENDED;
	}

	void resumed() {
		this.suspendedFrom = null;
		this.state = noticeOn == null ? State.FILED : State.NOTIFIED;
	}

	void ended(State end, LocalDate on, String reason, String transferredTo) {
		this.state = end;
		this.closedOn = on;
		this.endedReason = reason;
		this.transferredTo = transferredTo;
	}

	void closed(LocalDate on) {
		this.closedOn = on;
		this.state = State.CLOSED;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public String getCaseNo() {
		return caseNo;
	}

	public Source getSource() {
		return source;
	}

	public Long getHazardId() {
		return hazardId;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public long getMatterId() {
		return matterId;
	}

	public Long getEntityId() {
		return entityId;
	}

	public PartyKind getPartyKind() {
		return partyKind;
	}

	public String getPartyName() {
		return partyName;
	}

	public String getPartyCode() {
		return partyCode;
	}

	public String getPartyAddress() {
		return partyAddress;
	}

	public String getFacts() {
		return facts;
	}

	public Procedure getProcedureKind() {
		return procedureKind;
	}

	public State getState() {
		return state;
	}

	public boolean isMajorInterest() {
		return majorInterest;
	}

	public boolean isComplexCase() {
		return complexCase;
	}

	public long getOfficer1Id() {
		return officer1Id;
	}

	public long getOfficer2Id() {
		return officer2Id;
	}

	public String getOfficerNames() {
		return officerNames;
	}

	public LocalDate getRegisteredOn() {
		return registeredOn;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public String getFilingApprovedBy() {
		return filingApprovedBy;
	}

	public LocalDate getNoticeOn() {
		return noticeOn;
	}

	public PenaltyKind getProposedKind() {
		return proposedKind;
	}

	public Long getProposedFine() {
		return proposedFine;
	}

	public DiscretionLevel getProposedLevel() {
		return proposedLevel;
	}

	public boolean isHearingRight() {
		return hearingRight;
	}

	public LocalDate getDefenceOn() {
		return defenceOn;
	}

	public String getDefenceText() {
		return defenceText;
	}

	public Boolean getDefenceAdopted() {
		return defenceAdopted;
	}

	public LocalDate getHearingRequestedOn() {
		return hearingRequestedOn;
	}

	public LocalDate getHearingWaivedOn() {
		return hearingWaivedOn;
	}

	public LocalDate getHearingNoticeOn() {
		return hearingNoticeOn;
	}

	public LocalDate getHearingOn() {
		return hearingOn;
	}

	public String getHearingPlace() {
		return hearingPlace;
	}

	public Long getHearingChairId() {
		return hearingChairId;
	}

	public String getHearingChairName() {
		return hearingChairName;
	}

	public LocalDate getHearingHeldOn() {
		return hearingHeldOn;
	}

	public String getHearingRecord() {
		return hearingRecord;
	}

	public LocalDate getReviewSubmittedOn() {
		return reviewSubmittedOn;
	}

	public Long getReviewerId() {
		return reviewerId;
	}

	public String getReviewerName() {
		return reviewerName;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public ReviewOpinion getReviewOpinion() {
		return reviewOpinion;
	}

	public String getReviewText() {
		return reviewText;
	}

	public LocalDate getDiscussionOn() {
		return discussionOn;
	}

	public String getDiscussionAttendees() {
		return discussionAttendees;
	}

	public String getDiscussionMinutes() {
		return discussionMinutes;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public PenaltyKind getPenaltyKind() {
		return penaltyKind;
	}

	public Long getFine() {
		return fine;
	}

	public DiscretionLevel getDiscretionLevel() {
		return discretionLevel;
	}

	public String getDecisionNo() {
		return decisionNo;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public LocalDate getServedOn() {
		return servedOn;
	}

	public ServiceMethod getServiceMethod() {
		return serviceMethod;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public Long getAmountPaid() {
		return amountPaid;
	}

	public Long getSurcharge() {
		return surcharge;
	}

	public LocalDate getPaymentDeferredTo() {
		return paymentDeferredTo;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	public String getRevocationReason() {
		return revocationReason;
	}

	public String getTransferredTo() {
		return transferredTo;
	}

	public String getEndedReason() {
		return endedReason;
	}

	public LocalDate getSuspendedFrom() {
		return suspendedFrom;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public Long getDecisionDeadlineId() {
		return decisionDeadlineId;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getVersion() {
		return version;
	}
	public Long getId() {
		return id;
	}
	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public boolean isHarmToLife() {
		return harmToLife;
	}
	public Integer getInstalments() {
		return instalments;
	}
	public Long getReviewedFine() {
		return reviewedFine;
	}
	public LocalDate getUrgedOn() {
		return urgedOn;
	}

	public LocalDate getCourtAppliedOn() {
		return courtAppliedOn;
	}

	public String getCourt() {
		return court;
	}

	public LocalDate getDefenceDueOn() {
		return defenceDueOn;
	}

	public LocalDate getDefenceWaivedOn() {
		return defenceWaivedOn;
	}

	public String getDefenceWaiver() {
		return defenceWaiver;
	}

	public String getDefenceReview() {
		return defenceReview;
	}

	public LocalDate getProposalOn() {
		return proposalOn;
	}

	public String getProposalBy() {
		return proposalBy;
	}

	public Outcome getProposalOutcome() {
		return proposalOutcome;
	}

	public PenaltyKind getProposalKind() {
		return proposalKind;
	}

	public Long getProposalFine() {
		return proposalFine;
	}

	public DiscretionLevel getProposalLevel() {
		return proposalLevel;
	}

	public String getProposalReason() {
		return proposalReason;
	}

	public String getDecidedBy() {
		return decidedBy;
	}
}
