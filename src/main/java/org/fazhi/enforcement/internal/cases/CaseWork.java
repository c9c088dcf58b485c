package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.enforcement.internal.cases.CaseWork.CaseFilter;
import org.fazhi.enforcement.internal.cases.CaseWork.Decision;
import org.fazhi.enforcement.internal.cases.CaseWork.EvidenceForm;
import org.fazhi.enforcement.internal.cases.CaseWork.FileItem;
import org.fazhi.enforcement.internal.cases.CaseWork.PublicationPreview;
import org.fazhi.enforcement.internal.cases.CaseWork.Registration;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ReviewOpinion;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.PublicationScreen;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases as a state machine whose guards are the articles of 行政处罚法 (2021): filing with the head's approval
 * (第五十四条), evidence of the eight kinds (第四十六条) and whole-process record (第四十七条), notice of the intended
 * penalty and the right to state and defend (第四十四条、第四十五条), hearing (第六十三条、第六十四条), legal review
 * (第五十八条), collective discussion (第五十七条), decision (第五十九条、第六十条、第六十二条), service (第六十一条),
 * payment (第六十六条、第六十七条、第七十二条) and closing, and the summary procedure (第五十一条、第五十二条). Every
 * period is a deadline of the deadline engine; every refusal names its article.
 * <p>
 * This class is the one door of the procedure for the pages, the API and the demo: each step lives in the class of
 * its stage ({@link CaseFiling}, {@link CaseNotice}, {@link CaseDecisions}, {@link CaseExecution},
 * {@link CasePublishing}, {@link CaseClosing}) and reading in {@link CaseReading}.
 */
@Service
@Transactional
public class CaseWork {

	public static final String CASE = "PENALTY_CASE";

	/** Filters of the case list; null means any. */
	/** @param figure the records a figure counts, when the list is a figure's drill-down ({@link FigureBook}) */
	public record CaseFilter(State state, EnforcementDomain domain, Long communityId, Long officerId, Integer year,
			boolean overdue, Specification<PenaltyCase> figure) {

		public CaseFilter(State state, EnforcementDomain domain, Long communityId, Long officerId, Integer year,
				boolean overdue) {
			this(state, domain, communityId, officerId, year, overdue, null);
		}
	}

	/** What an officer fills in to register a case. */
	public record Registration(PenaltyCase.Source source, Long hazardId, Long entityId, PartyKind partyKind,
			String partyName, String partyCode, String partyAddress, Long communityId, Long matterId, String facts,
			Long officer1Id, Long officer2Id, LocalDate on, boolean majorInterest, boolean complexCase,
			LocalDate occurredOn, boolean harmToLife, Long inspectionId) {

		/** A registration that does not come from an inspection of the register. */
		public Registration(PenaltyCase.Source source, Long hazardId, Long entityId, PartyKind partyKind,
				String partyName, String partyCode, String partyAddress, Long communityId, Long matterId, String facts,
				Long officer1Id, Long officer2Id, LocalDate on, boolean majorInterest, boolean complexCase,
				LocalDate occurredOn, boolean harmToLife) {
			this(source, hazardId, entityId, partyKind, partyName, partyCode, partyAddress, communityId, matterId, facts,
					officer1Id, officer2Id, on, majorInterest, complexCase, occurredOn, harmToLife, null);
		}

		/** A registration without the day of the violation (a continuing one, or found on the day). */
		public Registration(PenaltyCase.Source source, Long hazardId, Long entityId, PartyKind partyKind,
				String partyName, String partyCode, String partyAddress, Long communityId, Long matterId, String facts,
				Long officer1Id, Long officer2Id, LocalDate on, boolean majorInterest, boolean complexCase) {
			this(source, hazardId, entityId, partyKind, partyName, partyCode, partyAddress, communityId, matterId, facts,
					officer1Id, officer2Id, on, majorInterest, complexCase, null, false);
		}
	}

	/** What an officer records for one piece of evidence. */
	public record EvidenceForm(CaseEvidence.Kind kind, String description, LocalDate collectedOn, boolean wholeProcess,
			String device, String operatorName, LocalDateTime recordedAt) {
	}

	/** What the decision says. */
	public record Decision(Outcome outcome, PenaltyKind kind, Long fine, DiscretionLevel level, LocalDate on,
			String reason) {
	}

	/** What the public will read of a decision, with what the screen found in the summary (for the preview). */
	public record PublicationPreview(String party, String summary, List<PublicationScreen.Segment> segments,
			List<PublicationScreen.Finding> findings) implements java.io.Serializable {
	}

	/** One item of the case file (卷宗) checked before closing. */
	public record FileItem(String code, boolean present) {

		public String messageKey() {
			return "caseFile." + code;
		}
	}

	private final CaseReading reading;
	private final CaseFiling filing;
	private final CaseNotice notice;
	private final CaseDecisions decisions;
	private final CaseExecution execution;
	private final CasePublishing publishing;
	private final CaseClosing closing;

	private final CaseGates gates;

	CaseWork(CaseReading reading, CaseFiling filing, CaseNotice notice, CaseDecisions decisions,
			CaseExecution execution, CasePublishing publishing, CaseClosing closing, CaseGates gates) {
		this.gates = gates;
		this.reading = reading;
		this.filing = filing;
		this.notice = notice;
		this.decisions = decisions;
		this.execution = execution;
		this.publishing = publishing;
		this.closing = closing;
	}

	// ---------------------------------------------------------------- reading (CaseReading)

	public LocalDate today() {
		return reading.today();
	}

	/** The statement-and-defence period of the office's rules, in working days (第四十五条). */
	int defenceWorkingDays() {
		return gates.defenceWorkingDays();
	}

	/** Roles that read penalty cases at all (the role rule of {@link Role#reads}). */
	static boolean readsCases(FazhiUser user) {
		return CaseProcedure.readsCases(user);
	}

	@Transactional(readOnly = true)
	public Page<PenaltyCase> list(FazhiUser user, CaseFilter filter, Pageable page) {
		return reading.list(user, filter, page);
	}

	/** A page of the list, its total counted up to {@link org.fazhi.shared.CappedPage#CAP} unless {@code exact}. */
	public org.fazhi.shared.CappedPage<PenaltyCase> list(FazhiUser user, CaseFilter filter, Pageable page,
			boolean exact) {
		return reading.list(user, filter, page, exact);
	}

	/** Every case of the filtered list, in id order, a batch at a time (the export); how many there were. */
	public long forEach(FazhiUser user, CaseFilter filter, java.util.function.Consumer<PenaltyCase> each) {
		return reading.forEach(user, filter, each);
	}

	Specification<PenaltyCase> specification(FazhiUser user, CaseFilter filter) {
		return reading.specification(user, filter);
	}

	/**
	 * The cases waiting for the user's own step (the workbench): a leader's filings to approve and discussions to
	 * hold, a reviewer's cases under review, an officer's open cases; within the user's data scope.
	 */
	@Transactional(readOnly = true)
	public List<PenaltyCase> agenda(FazhiUser user, int shown) {
		return reading.agenda(user, shown);
	}

	/** The steps the user took lately on cases they still read, newest first, with each case (已办). */
	@Transactional(readOnly = true)
	public List<Map.Entry<CaseEvent, PenaltyCase>> doneBy(FazhiUser user, int shown) {
		return reading.doneBy(user, shown);
	}

	@Transactional(readOnly = true)
	public PenaltyCase get(FazhiUser user, long id) {
		return reading.get(user, id);
	}

	/** The cases decided in a period that the user reads, by decision day (at most {@code most}). */
	@Transactional(readOnly = true)
	public List<PenaltyCase> decidedIn(FazhiUser user, LocalDate from, LocalDate to, int most) {
		return reading.decidedIn(user, from, to, most);
	}

	/** The case with this case number or decision number, when the user reads it. */
	@Transactional(readOnly = true)
	public java.util.Optional<PenaltyCase> byNumber(FazhiUser user, String number) {
		return reading.byNumber(user, number);
	}

	@Transactional(readOnly = true)
	public EnforcementMatter matterOf(PenaltyCase c) {
		return reading.matterOf(c);
	}

	@Transactional(readOnly = true)
	public List<CaseEvent> timeline(FazhiUser user, long id) {
		return reading.timeline(user, id);
	}

	@Transactional(readOnly = true)
	public List<CaseEvidence> evidence(FazhiUser user, long id) {
		return reading.evidence(user, id);
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		return reading.deadlinesOf(user, id);
	}

	/** The carried-out inspections within the user's scope a case may come from, the latest first (at most 200). */
	@Transactional(readOnly = true)
	public List<Inspection> inspectionsToFileFrom(FazhiUser user) {
		return reading.inspectionsToFileFrom(user);
	}

	/** The hazards within the user's scope not removed in their period and not yet filed (安全生产法 第一百零二条). */
	@Transactional(readOnly = true)
	public List<Hazard> hazardsToFile(FazhiUser user) {
		return reading.hazardsToFile(user);
	}

	// ---------------------------------------------------------------- registering, filing, evidence (CaseFiling)

	public PenaltyCase register(FazhiUser user, Registration form) {
		return filing.register(user, form);
	}

	/** 行政处罚法 第五十四条第二款: the head of the body approves the filing; the 90-day limit of 第六十条 starts. */
	public PenaltyCase approveFiling(FazhiUser user, long id, LocalDate on) {
		return filing.approveFiling(user, id, on);
	}

	/**
	 * Adds evidence (第四十六条), with its file when there is one; audio and video of on-site work are the whole-process
	 * record and carry the device, operator and time (第四十七条).
	 */
	public CaseEvidence addEvidence(FazhiUser user, long id, EvidenceForm form, String fileName,
			java.io.InputStream file) {
		return filing.addEvidence(user, id, form, fileName, file);
	}

	// ---------------------------------------------------------------- notice, defence, hearing (CaseNotice)

	/**
	 * 行政处罚法 第四十四条: the party is told the intended penalty, its facts, reasons and basis, and the right to state
	 * and defend, and (第六十三条) to ask for a hearing; the five working days of 第六十四条第一项 start.
	 */
	public PenaltyCase notifyIntendedPenalty(FazhiUser user, long id, LocalDate on, PenaltyKind kind, Long fine,
			DiscretionLevel level) {
		return notice.notifyIntendedPenalty(user, id, on, kind, fine, level);
	}

	/**
	 * 行政处罚法 第四十五条: the party's statement and defence are heard and recorded, and reviewed (复核): which points
	 * were adopted and why, which not and why. The period to be heard ends with it.
	 */
	public PenaltyCase recordDefence(FazhiUser user, long id, LocalDate on, String text, boolean adopted,
			String review) {
		return notice.recordDefence(user, id, on, text, adopted, review);
	}

	/** The party's written waiver of statement and defence (第四十五条): the decision need not wait out the period. */
	public PenaltyCase waiveDefence(FazhiUser user, long id, LocalDate on, String waiver) {
		return notice.waiveDefence(user, id, on, waiver);
	}

	/** 行政处罚法 第六十四条第一项: a hearing is asked for within five working days of the notice. */
	public PenaltyCase requestHearing(FazhiUser user, long id, LocalDate on) {
		return notice.requestHearing(user, id, on);
	}

	/** The party declined the hearing it may ask for: the decision need not wait out the five working days. */
	public PenaltyCase waiveHearing(FazhiUser user, long id, LocalDate on) {
		return notice.waiveHearing(user, id, on);
	}

	/**
	 * 行政处罚法 第六十四条第二项、第四项: the hearing is notified at least seven working days before it, and chaired by
	 * someone who did not investigate the case.
	 */
	public PenaltyCase noticeHearing(FazhiUser user, long id, LocalDate noticeOn, LocalDate hearingOn, String place,
			Long chairId) {
		return notice.noticeHearing(user, id, noticeOn, hearingOn, place, chairId);
	}

	/** 行政处罚法 第六十四条第八项、第六十五条: the hearing is recorded, and the decision is made on its record. */
	public PenaltyCase recordHearing(FazhiUser user, long id, LocalDate on, String record) {
		return notice.recordHearing(user, id, on, record);
	}

	// ---------------------------------------------------------------- review, discussion, decision (CaseDecisions)

	/** 行政处罚法 第五十八条: the case goes to a legal reviewer who did not investigate it. */
	public PenaltyCase submitForReview(FazhiUser user, long id, LocalDate on, Long reviewerId) {
		return decisions.submitForReview(user, id, on, reviewerId);
	}

	/** The reviewer's opinion: agree, amend (the decision follows the amendment), or return for more investigation. */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text) {
		return decisions.review(user, id, on, opinion, text);
	}

	/**
	 * The reviewer's opinion; an amending opinion on a fine sets the amended fine, within the matter's range, and the
	 * decision follows it (行政处罚法 第五十八条: no decision that did not pass the review).
	 */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text,
			Long amendedFine) {
		return decisions.review(user, id, on, opinion, text, amendedFine);
	}

	/** 行政处罚法 第五十七条第二款: the heads discuss a complex or grave case collectively; the minutes are kept. */
	public PenaltyCase recordDiscussion(FazhiUser user, long id, LocalDate on, String attendees, String minutes) {
		return decisions.recordDiscussion(user, id, on, attendees, minutes);
	}

	/**
	 * 行政处罚法 第五十七条第一款: the investigation ends with the officers' result and proposed decision (拟处理意见) and
	 * its reasons, submitted to the head of the body; a penalty is proposed only once the party has been heard.
	 */
	public PenaltyCase propose(FazhiUser user, long id, Decision proposal) {
		return decisions.propose(user, id, proposal);
	}

	public PenaltyCase decide(FazhiUser user, long id, Decision decision) {
		return decisions.decide(user, id, decision);
	}

	/**
	 * 行政处罚法 第五十一条、第五十二条: a warning or a small fine decided on the spot by two officers, the decision
	 * handed over there and then.
	 */
	public PenaltyCase decideOnTheSpot(FazhiUser user, Registration form, PenaltyKind kind, Long fine) {
		return decisions.decideOnTheSpot(user, form, kind, fine);
	}

	// ---------------------------------------------------------------- service and execution (CaseExecution)

	/** 行政处罚法 第六十一条: served within seven working days; a later service is kept and shown as late. */
	public PenaltyCase serve(FazhiUser user, long id, LocalDate on, PenaltyCase.ServiceMethod method) {
		return execution.serve(user, id, on, method);
	}

	/** 行政处罚法 第六十六条第二款: deferred payment approved on the party's application. */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn) {
		return execution.deferPayment(user, id, to, approvedBy, reason, approvedOn);
	}

	/**
	 * 行政处罚法 第六十六条第二款: payment deferred, or in {@code instalments} instalments, until {@code to}, approved on
	 * the party's application for economic hardship.
	 */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn, Integer instalments) {
		return execution.deferPayment(user, id, to, approvedBy, reason, approvedOn, instalments);
	}

	/**
	 * The late-payment surcharge of 行政处罚法 第七十二条第一款第一项 if the fine is paid on {@code paidOn}: 3% of the
	 * fine for each day after the payment period, never more than the fine.
	 */
	public long surcharge(PenaltyCase c, LocalDate paidOn) {
		return execution.surcharge(c, paidOn);
	}

	/**
	 * The bank's receipt of the fine (第六十七条: the deciding body does not collect it), with any surcharge due: the
	 * whole amount at once, or, where instalments were approved (第六十六条第二款), one instalment at a time until the
	 * fine is paid.
	 */
	public PenaltyCase recordPayment(FazhiUser user, long id, LocalDate on, Long amount) {
		return execution.recordPayment(user, id, on, amount);
	}

	/**
	 * 行政强制法 第五十四条: before applying to the court the body urges the party in writing; the urging is served
	 * only after the fine was due and not paid. The three months of 第五十三条 are tracked from the end of the periods
	 * for reconsideration and litigation.
	 */
	public PenaltyCase urge(FazhiUser user, long id, LocalDate on) {
		return execution.urge(user, id, on);
	}

	/**
	 * 行政处罚法 第七十二条第一款第四项, 行政强制法 第五十三条、第五十四条: the body, which has no enforcement power of
	 * its own, applies to the court: after the urging and its ten working days, after the periods for reconsideration
	 * and litigation, and within three months of their end.
	 */
	public PenaltyCase applyToCourt(FazhiUser user, long id, LocalDate on, String court) {
		return execution.applyToCourt(user, id, on, court);
	}

	@Transactional(readOnly = true)
	public List<CasePayment> payments(FazhiUser user, long id) {
		return reading.payments(user, id);
	}

	// ---------------------------------------------------------------- publication and revocation (CasePublishing)

	/** The preview of a publication: the summary cut into clean and flagged pieces, nothing written. */
	@Transactional(readOnly = true)
	public PublicationPreview previewPublication(FazhiUser user, long id, String summary) {
		return publishing.previewPublication(user, id, summary);
	}

	/**
	 * A first draft of the public summary from the structured fields, which the officer reads and edits: the party as
	 * published, the matter and the statute; no facts as investigated.
	 */
	public String draftSummary(PenaltyCase c) {
		return publishing.draftSummary(c);
	}

	/**
	 * Publication of the decision (公示, 国办发〔2018〕118号: within seven working days): the public reads its structured
	 * fields and the summary written for publication, which must hold no identity or phone number, no name of a
	 * person recorded on the case and no home address (个人信息保护法); what the screen finds is refused and shown.
	 */
	public PenaltyCase publish(FazhiUser user, long id, LocalDate on, String summary) {
		return publishing.publish(user, id, on, summary);
	}

	/**
	 * The decision was changed or revoked (by reconsideration, a court or the body itself): a published decision is
	 * withdrawn within three working days (行政处罚法 第四十八条第二款).
	 */
	public PenaltyCase revoke(FazhiUser user, long id, LocalDate on, String reason) {
		return publishing.revoke(user, id, on, reason);
	}

	public PenaltyCase withdrawPublication(FazhiUser user, long id, LocalDate on) {
		return publishing.withdrawPublication(user, id, on);
	}

	// ---------------------------------------------------------------- suspension, ends, closing (CaseClosing)

	/** Suspension (中止): the 90 days of 第六十条 stop running until the case resumes. */
	public PenaltyCase suspend(FazhiUser user, long id, LocalDate from, String reason) {
		return closing.suspend(user, id, from, reason);
	}

	public PenaltyCase resume(FazhiUser user, long id, LocalDate on) {
		return closing.resume(user, id, on);
	}

	/**
	 * Transfer (第二十七条、第五十七条第一款第四项: a suspected crime goes to the judicial organs; a matter outside the
	 * subdistrict's powers to the competent body) or termination (终止): the case ends without a decision.
	 */
	public PenaltyCase end(FazhiUser user, long id, LocalDate on, boolean transfer, String to, String reason) {
		return closing.end(user, id, on, transfer, to, reason);
	}

	/** The completeness check of the case file: what the procedure the case took requires, and whether it is there. */
	public List<FileItem> fileCheck(PenaltyCase c, List<CaseDocument> documents) {
		return closing.fileCheck(c, documents);
	}

	/** 结案: only with a complete case file. */
	public PenaltyCase close(FazhiUser user, long id, LocalDate on, List<CaseDocument> documents) {
		return closing.close(user, id, on, documents);
	}

	// ---------------------------------------------------------------- the gates (CaseGates)
	/** The gates of every step the case is at, for this user today: the page's actions and its reasons. */
	public List<Gate> steps(FazhiUser user, PenaltyCase c) {
		return gates.steps(user, c);
	}

	/** Whether the step is open to the user on the day, and if not, why. */
	public Gate gate(CaseStep step, FazhiUser user, PenaltyCase c, LocalDate day) {
		return gates.gate(step, user, c, day);
	}

	/** Whether 行政处罚法 第五十八条 requires legal review before the decision, and which of its items apply. */
	public List<String> legalReviewGrounds(PenaltyCase c) {
		return gates.legalReviewGrounds(c);
	}

	public boolean requiresLegalReview(PenaltyCase c) {
		return gates.requiresLegalReview(c);
	}

	public boolean requiresCollectiveDiscussion(PenaltyCase c) {
		return gates.requiresCollectiveDiscussion(c);
	}

	boolean hearingRight(PartyKind party, PenaltyKind kind, Long fine) {
		return gates.hearingRight(party, kind, fine);
	}

	LocalDate remediesEnd(PenaltyCase c) {
		return gates.remediesEnd(c);
	}

	LocalDate defenceDue(PenaltyCase c) {
		return gates.defenceDue(c);
	}

	void event(FazhiUser user, PenaltyCase c, LocalDate on, String kind, String detail) {
		reading.event(user, c, on, kind, detail);
	}

	/**
	 * A step in the case log, kept as a sentence of the message bundles and its arguments (see {@link CaseLog}), so
	 * each reader reads it in their language: an argument starting with # is itself a message key (a label).
	 */
	public void log(FazhiUser user, PenaltyCase c, LocalDate on, String kind, String key, Object... arguments) {
		reading.log(user, c, on, kind, key, arguments);
	}
}
