package org.fazhi.mediation.internal.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.mediation.MediationRule;
import org.fazhi.shared.RuleViolation;

/**
 * A dispute (矛盾纠纷) in people's mediation, from intake to its end: registered; mediated once every party consented
 * (人民调解法 第十七条) within the period of 深圳条例 第二十五条 (15 days for a labour dispute, 劳动争议调解仲裁法 第十四条);
 * agreed; effective once signed and sealed (第二十九条) or, for an oral agreement, once recorded (第三十条); closed after
 * the follow-up found it performed (第三十一条). It may instead be refused, ended (深圳条例 第二十八条), fail with the
 * other routes told (第二十六条), or be referred out.
 */
@Entity
public class Dispute {

	public enum State {
		RECEIVED, MEDIATING, AGREED, EFFECTIVE, CLOSED, REFUSED, ENDED, FAILED, REFERRED;

		/** Still in the office's hands. */
		public boolean open() {
			return this == RECEIVED || this == MEDIATING || this == AGREED || this == EFFECTIVE;
		}

		public String messageKey() {
			return "disputeState." + name();
		}
	}

	/** Where the dispute is mediated: the community committee, the subdistrict, a room or the judge studio. */
	public enum Level {
		COMMUNITY, SUBDISTRICT, ROOM, STUDIO;

		public String messageKey() {
			return "disputeLevel." + name();
		}
	}

	public enum Channel {
		WALK_IN, PHONE, CAMPAIGN, GRID_WORKER, POLICE_REFERRAL, COURT_REFERRAL, PETITION_REFERRAL,
		ADMINISTRATIVE_APPLICATION, COMPLAINT;

		public String messageKey() {
			return "disputeChannel." + name();
		}
	}

	public enum Kind {
		MARRIAGE_FAMILY, NEIGHBOURS, PROPERTY, LABOUR, MEDICAL, TRAFFIC, DAMAGES, CONTRACT, HOUSING_LAND, OTHER;

		public String messageKey() {
			return "disputeKind." + name();
		}
	}

	public enum Risk {
		GENERAL, SERIOUS, MAJOR;

		public String messageKey() {
			return "disputeRisk." + name();
		}
	}

	public enum AgreementKind {
		WRITTEN, ORAL, PARTIAL;

		public String messageKey() {
			return "agreementKind." + name();
		}
	}

	/** The grounds to end mediation, 深圳条例 第二十八条第（一）项至第（四）项, and the lapse of the period (第二十五条). */
	public enum EndGround {
		WITHDRAWN, CONCEALED, COLLUSION, IMPRACTICABLE, PERIOD_LAPSED;

		public String messageKey() {
			return "endGround." + name();
		}
	}

	public enum ReferredTo {
		COURT, LABOUR_ARBITRATION, ADMINISTRATIVE_BODY, PETITION_OFFICE, POLICE;

		public String messageKey() {
			return "referredTo." + name();
		}
	}

	public enum Performance {
		PERFORMED, PARTLY, NOT_PERFORMED;

		public String messageKey() {
			return "performance." + name();
		}
	}

	public enum Ruling {
		VALID, REJECTED;

		public String messageKey() {
			return "confirmationRuling." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long communityId;
	private long bodyId;
	@Enumerated(EnumType.STRING)
	private Level level;
	private String disputeNo;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String summary;
	private String address;
	private String addressHash;
	private long amount;
	private int people;
	@Enumerated(EnumType.STRING)
	private Risk risk;
	private boolean groupDispute;
	private boolean volatileRisk;
	private boolean majorDifficult;
	private Long repeatOf;
	private Long campaignId;
	private LocalDate receivedOn;
	private LocalDate acceptedOn;
	@Enumerated(EnumType.STRING)
	private State state = State.RECEIVED;
	private Long mediator1Id;
	private Long mediator2Id;
	private String mediatorNames;
	private Long lawyerId;
	private Long mediationDeadlineId;
	@Enumerated(EnumType.STRING)
	private AgreementKind agreementKind;
	private String agreementFacts;
	private String agreementMatters;
	private String agreementTerms;
	private String agreementPerformance;
	private LocalDate performBy;
	private LocalDate agreedOn;
	private LocalDate effectiveOn;
	private Long agreementAttachmentId;
	private Long signedAttachmentId;
	private Long confirmationDeadlineId;
	private String confirmationCourt;
	private LocalDate confirmationFiledOn;
	private boolean confirmationLate;
	@Enumerated(EnumType.STRING)
	private Ruling confirmationRuling;
	private LocalDate confirmationRulingOn;
	@Enumerated(EnumType.STRING)
	private Performance performance;
	@Enumerated(EnumType.STRING)
	private ReferredTo referredTo;
	private String referredBody;
	@Enumerated(EnumType.STRING)
	private EndGround endGround;
	private String routesTold;
	private LocalDate closedOn;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Dispute() {
	}

	Dispute(long tenantId, long communityId, long bodyId, String disputeNo, Channel channel, Kind kind,
			String summary, String address, String addressHash, long amount, int people, Risk risk,
			boolean groupDispute, boolean volatileRisk, LocalDate receivedOn, Long campaignId, long createdBy) {
		this.tenantId = tenantId;
		this.communityId = communityId;
		this.bodyId = bodyId;
		this.level = Level.COMMUNITY;
		this.disputeNo = disputeNo;
		this.channel = channel;
		this.kind = kind;
		this.summary = summary;
		this.address = address;
		this.addressHash = addressHash;
		this.amount = amount;
		this.people = people;
		this.risk = risk;
		this.groupDispute = groupDispute;
		this.volatileRisk = volatileRisk;
		this.majorDifficult = risk == Risk.MAJOR;
		this.receivedOn = receivedOn;
		this.campaignId = campaignId;
		this.createdBy = createdBy;
	}

	private void expect(Set<State> allowed) {
		if (!allowed.contains(state)) {
			throw new RuleViolation(null, "dispute.step.notNow",
					new org.springframework.context.support.DefaultMessageSourceResolvable(state.messageKey()));
		}
	}

	void repeatOf(Long earlier) {
		this.repeatOf = earlier;
	}

	/** 人民调解法 第十七条: every party consented; the period runs from today. */
	void accept(LocalDate on) {
		expect(EnumSet.of(State.RECEIVED));
		this.acceptedOn = on;
		this.state = State.MEDIATING;
	}

	void refuse(LocalDate on, String routes) {
		expect(EnumSet.of(State.RECEIVED));
		this.state = State.REFUSED;
		this.routesTold = routes;
		this.closedOn = on;
	}

	void trackMediation(long deadlineId) {
		this.mediationDeadlineId = deadlineId;
	}

	void assign(Long first, Long second, String names) {
		expect(EnumSet.of(State.RECEIVED, State.MEDIATING));
		this.mediator1Id = first;
		this.mediator2Id = second;
		this.mediatorNames = names;
	}

	void assignLawyer(Long lawyer) {
		expect(EnumSet.of(State.RECEIVED, State.MEDIATING));
		this.lawyerId = lawyer;
	}

	void moveTo(Level newLevel, long newBody, boolean major) {
		expect(EnumSet.of(State.RECEIVED, State.MEDIATING));
		this.level = newLevel;
		this.bodyId = newBody;
		if (major) {
			this.majorDifficult = true;
		}
	}

	void agree(AgreementKind agreement, String facts, String matters, String terms, String howPerformed,
			LocalDate by, LocalDate on) {
		expect(EnumSet.of(State.MEDIATING));
		this.agreementKind = agreement;
		this.agreementFacts = facts;
		this.agreementMatters = matters;
		this.agreementTerms = terms;
		this.agreementPerformance = howPerformed;
		this.performBy = by;
		this.agreedOn = on;
		if (agreement == AgreementKind.ORAL) {
			// 人民调解法 第三十条: an oral agreement takes effect on the day the parties reach it
			this.effectiveOn = on;
			this.state = State.EFFECTIVE;
		}
		else {
			this.state = State.AGREED;
		}
	}

	void drafted(long attachmentId) {
		expect(EnumSet.of(State.AGREED, State.EFFECTIVE));
		this.agreementAttachmentId = attachmentId;
	}

	/** 人民调解法 第二十九条第二款: effective once every party and the mediator signed and the committee sealed it. */
	void signed(boolean partiesSigned, boolean mediatorSigned, boolean sealed, Long signedCopy, LocalDate on) {
		expect(EnumSet.of(State.AGREED));
		if (!partiesSigned || !mediatorSigned || !sealed || signedCopy == null) {
			throw MediationRule.AGREEMENT_EFFECTIVE.refusal(signedCopy == null ? "file" : null);
		}
		this.signedAttachmentId = signedCopy;
		this.effectiveOn = on;
		this.state = State.EFFECTIVE;
	}

	void trackConfirmation(long deadlineId) {
		this.confirmationDeadlineId = deadlineId;
	}

	/** 人民调解法 第三十三条: the joint application to the court; one filed after the 30 days is flagged. */
	void confirmationFiled(String court, LocalDate on, boolean late) {
		if (state != State.EFFECTIVE || agreementKind == AgreementKind.ORAL) {
			throw MediationRule.CONFIRMATION_OF_EFFECTIVE.refusal(null);
		}
		if (confirmationFiledOn != null) {
			throw new RuleViolation(null, "dispute.confirmation.filed");
		}
		this.confirmationCourt = court;
		this.confirmationFiledOn = on;
		this.confirmationLate = late;
	}

	/** 民事诉讼法 第二百零六条: the court's ruling, valid or rejected. */
	void ruled(Ruling ruling, LocalDate on) {
		if (confirmationFiledOn == null) {
			throw new RuleViolation(null, "dispute.confirmation.notFiled");
		}
		if (confirmationRuling != null) {
			throw new RuleViolation(null, "dispute.confirmation.ruled");
		}
		this.confirmationRuling = ruling;
		this.confirmationRulingOn = on;
	}

	/** 人民调解法 第三十一条第二款: a follow-up visit; performed in full closes the dispute. */
	void visited(Performance found, LocalDate on) {
		if (state != State.EFFECTIVE) {
			throw MediationRule.FOLLOW_UP_EFFECTIVE.refusal(null);
		}
		this.performance = found;
		if (found == Performance.PERFORMED) {
			this.state = State.CLOSED;
			this.closedOn = on;
		}
	}

	/** An agreement not performed: mediation again, from today. */
	void reopen(LocalDate on) {
		if (state != State.EFFECTIVE || performance != Performance.NOT_PERFORMED) {
			throw new RuleViolation(null, "dispute.reopen.notNow");
		}
		this.state = State.MEDIATING;
		this.acceptedOn = on;
		this.agreementKind = null;
		this.agreedOn = null;
		this.effectiveOn = null;
		this.performance = null;
		this.confirmationDeadlineId = null;
	}

	void end(EndGround ground, String routes, LocalDate on) {
		expect(EnumSet.of(State.MEDIATING));
		this.endGround = ground;
		this.routesTold = routes;
		this.state = State.ENDED;
		this.closedOn = on;
	}

	void fail(String routes, LocalDate on) {
		expect(EnumSet.of(State.MEDIATING));
		this.routesTold = routes;
		this.state = State.FAILED;
		this.closedOn = on;
	}

	void refer(ReferredTo to, String body, LocalDate on) {
		if (!state.open() || state == State.AGREED) {
			throw new RuleViolation(null, "dispute.step.notNow",
					new org.springframework.context.support.DefaultMessageSourceResolvable(state.messageKey()));
		}
		this.referredTo = to;
		this.referredBody = body;
		this.state = State.REFERRED;
		this.closedOn = on;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public long getBodyId() {
		return bodyId;
	}

	public Level getLevel() {
		return level;
	}

	public String getDisputeNo() {
		return disputeNo;
	}

	public Channel getChannel() {
		return channel;
	}

	public Kind getKind() {
		return kind;
	}

	public String getSummary() {
		return summary;
	}

	public String getAddress() {
		return address;
	}

	public String getAddressHash() {
		return addressHash;
	}

	public long getAmount() {
		return amount;
	}

	public int getPeople() {
		return people;
	}

	public Risk getRisk() {
		return risk;
	}

	public boolean isGroupDispute() {
		return groupDispute;
	}

	public boolean isVolatileRisk() {
		return volatileRisk;
	}

	public boolean isMajorDifficult() {
		return majorDifficult;
	}

	public Long getRepeatOf() {
		return repeatOf;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public State getState() {
		return state;
	}

	public Long getMediator1Id() {
		return mediator1Id;
	}

	public Long getMediator2Id() {
		return mediator2Id;
	}

	public String getMediatorNames() {
		return mediatorNames;
	}

	public Long getLawyerId() {
		return lawyerId;
	}

	public Long getMediationDeadlineId() {
		return mediationDeadlineId;
	}

	public AgreementKind getAgreementKind() {
		return agreementKind;
	}

	public String getAgreementFacts() {
		return agreementFacts;
	}

	public String getAgreementMatters() {
		return agreementMatters;
	}

	public String getAgreementTerms() {
		return agreementTerms;
	}

	public String getAgreementPerformance() {
		return agreementPerformance;
	}

	public LocalDate getPerformBy() {
		return performBy;
	}

	public LocalDate getAgreedOn() {
		return agreedOn;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public Long getAgreementAttachmentId() {
		return agreementAttachmentId;
	}

	public Long getSignedAttachmentId() {
		return signedAttachmentId;
	}

	public Long getConfirmationDeadlineId() {
		return confirmationDeadlineId;
	}

	public String getConfirmationCourt() {
		return confirmationCourt;
	}

	public LocalDate getConfirmationFiledOn() {
		return confirmationFiledOn;
	}

	public boolean isConfirmationLate() {
		return confirmationLate;
	}

	public Ruling getConfirmationRuling() {
		return confirmationRuling;
	}

	public LocalDate getConfirmationRulingOn() {
		return confirmationRulingOn;
	}

	public Performance getPerformance() {
		return performance;
	}

	public ReferredTo getReferredTo() {
		return referredTo;
	}

	public String getReferredBody() {
		return referredBody;
	}

	public EndGround getEndGround() {
		return endGround;
	}

	public String getRoutesTold() {
		return routesTold;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public long getCreatedBy() {
		return createdBy;
	}
}
