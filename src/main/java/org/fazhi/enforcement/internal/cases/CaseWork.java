package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.inspections.InspectionRecords;
import org.fazhi.enforcement.internal.inspections.InspectionWork;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.internal.publication.PublicDecisions;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.CaseDecided;
import org.fazhi.enforcement.CaseRegistered;
import org.fazhi.enforcement.CaseRevoked;
import org.fazhi.enforcement.DecisionPublished;
import org.fazhi.enforcement.EnforcementRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ReviewOpinion;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.PublicationScreen;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases as a state machine whose guards are the articles of 行政处罚法 (2021): filing with the head's approval
 * (第五十四条), evidence of the eight kinds (第四十六条) and whole-process record (第四十七条), notice of the intended
 * penalty and the right to state and defend (第四十四条、第四十五条), hearing (第六十三条、第六十四条), legal review
 * (第五十八条), collective discussion (第五十七条), decision (第五十九条、第六十条、第六十二条), service (第六十一条),
 * payment (第六十六条、第六十七条、第七十二条) and closing, and the summary procedure (第五十一条、第五十二条). Every
 * period is a deadline of the deadline engine; every refusal names its article.
 */
@Service
@Transactional
public class CaseWork {

	public static final String CASE = "PENALTY_CASE";

	/** 行政处罚法 第五十一条: the largest fines decided on the spot. */
	static final long SUMMARY_PERSON_LIMIT = 200;
	static final long SUMMARY_ORGANISATION_LIMIT = 3000;

	/** 行政处罚法 第七十二条第一款第一项: 3% of the fine a day. */
	static final int SURCHARGE_PERCENT_A_DAY = 3;

	private final CaseRecords cases;
	private final CaseEvents events;
	private final CaseEvidenceRecords evidence;
	private final CasePayments payments;
	private final EnforcementMatters matters;
	private final EntityRegister register;
	private final HazardRecords hazards;
	private final InspectionRecords inspections;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final StatutoryCalendar calendar;
	private final EnforcementNumbers numbers;
	private final Attachments attachments;
	private final AuditTrail trail;
	private final org.springframework.context.MessageSource messages;
	/** 行政处罚法 第六十三条第一款第一项: 较大数额罚款, set by each province (a secondary source: configure it). */
	/** 行政处罚法 第四十五条: the statement-and-defence period the office's rules set (a secondary source). */
	private final int defenceWorkingDays;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	private final CaseGates gates;

	CaseWork(CaseRecords cases, CaseEvents events, CaseEvidenceRecords evidence, CasePayments payments,
			EnforcementMatters matters,
			EntityRegister register, HazardRecords hazards, OrganisationDirectory directory, Deadlines deadlines,
			StatutoryCalendar calendar, EnforcementNumbers numbers, Attachments attachments, AuditTrail trail,
			org.springframework.context.MessageSource messages,
			@Value("${fazhi.enforcement.defence-working-days:3}") int defenceWorkingDays, InspectionRecords inspections,
			org.springframework.context.ApplicationEventPublisher publisher, CaseGates gates) {
		this.gates = gates;
		this.publisher = publisher;
		this.inspections = inspections;
		this.defenceWorkingDays = defenceWorkingDays;
		this.cases = cases;
		this.events = events;
		this.evidence = evidence;
		this.payments = payments;
		this.matters = matters;
		this.register = register;
		this.hazards = hazards;
		this.directory = directory;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.numbers = numbers;
		this.attachments = attachments;
		this.trail = trail;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- reading

	public LocalDate today() {
		return deadlines.today();
	}

	/** The statement-and-defence period of the office's rules, in working days (第四十五条). */
	int defenceWorkingDays() {
		return defenceWorkingDays;
	}

	/** Filters of the case list; null means any. */
	/** @param figure the records a figure counts, when the list is a figure's drill-down ({@link FigureBook}) */
	public record CaseFilter(State state, EnforcementDomain domain, Long communityId, Long officerId, Integer year,
			boolean overdue, Specification<PenaltyCase> figure) {

		public CaseFilter(State state, EnforcementDomain domain, Long communityId, Long officerId, Integer year,
				boolean overdue) {
			this(state, domain, communityId, officerId, year, overdue, null);
		}
	}

	/** Roles that read penalty cases at all (the role rule of {@link Role#reads}). */
	static boolean readsCases(FazhiUser user) {
		return DataScopes.reads(user, EnforcementRecords.CASE.family());
	}

	@Transactional(readOnly = true)
	public Page<PenaltyCase> list(FazhiUser user, CaseFilter filter, Pageable page) {
		return cases.findAll(specification(user, filter), page);
	}

	Specification<PenaltyCase> specification(FazhiUser user, CaseFilter filter) {
		List<Long> overdueIds = filter.overdue() ? overdueCaseIds(user) : List.of();
		Specification<PenaltyCase> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.domain() != null) {
				var sub = query.subquery(Long.class);
				var matter = sub.from(EnforcementMatter.class);
				sub.select(matter.get("id")).where(cb.equal(matter.get("domain"), filter.domain()));
				where.add(root.get("matterId").in(sub));
			}
			if (filter.communityId() != null) {
				where.add(cb.equal(root.get("communityId"), filter.communityId()));
			}
			if (filter.officerId() != null) {
				where.add(cb.or(cb.equal(root.get("officer1Id"), filter.officerId()),
						cb.equal(root.get("officer2Id"), filter.officerId())));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("registeredOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("registeredOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			if (filter.overdue()) {
				where.add(overdueIds.isEmpty() ? cb.disjunction() : root.get("id").in(overdueIds));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	/**
	 * The cases waiting for the user's own step (the workbench): a leader's filings to approve and discussions to
	 * hold, a reviewer's cases under review, an officer's open cases; within the user's data scope.
	 */
	@Transactional(readOnly = true)
	public List<PenaltyCase> agenda(FazhiUser user, int shown) {
		Specification<PenaltyCase> waiting;
		Sort order = Sort.by("registeredOn", "id");
		if (user.hasRole(Role.LEADER)) {
			waiting = (root, query, cb) -> cb.or(cb.equal(root.get("state"), State.REGISTERED),
					cb.and(root.get("state").in(State.FILED, State.NOTIFIED), cb.isNotNull(root.get("proposalOn"))),
					cb.and(cb.equal(root.get("state"), State.NOTIFIED), cb.isNull(root.get("discussionOn")),
							cb.or(cb.isTrue(root.get("complexCase")), cb.isTrue(root.get("majorInterest")),
									cb.isTrue(root.get("hearingRight")))));
		}
		else if (user.hasRole(Role.LEGAL_REVIEWER)) {
			waiting = (root, query, cb) -> cb.and(cb.equal(root.get("state"), State.REVIEW),
					cb.equal(root.get("reviewerId"), user.accountId()));
			order = Sort.by("reviewSubmittedOn", "id");
		}
		else if (user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			waiting = (root, query, cb) -> cb.and(
					cb.or(cb.equal(root.get("officer1Id"), user.accountId()),
							cb.equal(root.get("officer2Id"), user.accountId())),
					cb.not(root.get("state").in(State.CLOSED, State.TERMINATED, State.TRANSFERRED)));
		}
		else {
			return List.of();
		}
		return cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(waiting),
				org.springframework.data.domain.PageRequest.of(0, shown, order)).getContent();
	}

	/** Cases with an open deadline past its day, or a step done after its deadline (a late service, a late publication). */
	private List<Long> overdueCaseIds(FazhiUser user) {
		return deadlines.lateRecords(user, CASE, true);
	}

	/** The steps the user took lately on cases they still read, newest first, with each case (已办). */
	@Transactional(readOnly = true)
	public List<Map.Entry<CaseEvent, PenaltyCase>> doneBy(FazhiUser user, int shown) {
		var steps = events.findTop50ByActorIdOrderByHappenedOnDescIdDesc(user.accountId());
		if (steps.isEmpty()) {
			return List.of();
		}
		var ids = steps.stream().map(CaseEvent::getCaseId).distinct().toList();
		Map<Long, PenaltyCase> readable = new java.util.HashMap<>();
		cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE)
			.and((root, query, cb) -> root.get("id").in(ids))).forEach(c -> readable.put(c.getId(), c));
		return steps.stream().filter(e -> readable.containsKey(e.getCaseId()))
			.map(e -> Map.entry(e, readable.get(e.getCaseId()))).limit(shown).toList();
	}

	@Transactional(readOnly = true)
	public PenaltyCase get(FazhiUser user, long id) {
		return cases.findOne(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE, id))
			.orElseThrow(() -> new NotFound("case", id));
	}

	@Transactional(readOnly = true)
	public EnforcementMatter matterOf(PenaltyCase c) {
		return matters.findById(c.getMatterId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<CaseEvent> timeline(FazhiUser user, long id) {
		get(user, id);
		return events.findByCaseIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<CaseEvidence> evidence(FazhiUser user, long id) {
		get(user, id);
		return evidence.findByCaseIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var c = get(user, id);
		return deadlines.ofRecord(c.getTenantId(), CASE, String.valueOf(id));
	}

	// ---------------------------------------------------------------- registering and filing

	/** The carried-out inspections within the user's scope a case may come from, the latest first (at most 200). */
	@Transactional(readOnly = true)
	public List<Inspection> inspectionsToFileFrom(FazhiUser user) {
		return inspections.findAll(DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION)
			.and((root, query, cb) -> cb.equal(root.get("state"), Inspection.State.DONE)),
				org.springframework.data.domain.PageRequest.of(0, 200,
						Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.desc("id"))))
			.getContent();
	}

	/** The hazards within the user's scope not removed in their period and not yet filed (安全生产法 第一百零二条). */
	@Transactional(readOnly = true)
	public List<Hazard> hazardsToFile(FazhiUser user) {
		return hazards.findAll(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD)
			.and((root, query, cb) -> {
				var filed = query.subquery(Long.class);
				var c = filed.from(PenaltyCase.class);
				filed.select(c.get("id")).where(cb.equal(c.get("hazardId"), root.get("id")));
				return cb.and(cb.equal(root.get("state"), Hazard.State.ESCALATED), cb.not(cb.exists(filed)));
			}), org.springframework.data.domain.PageRequest.of(0, 200,
					Sort.by(Sort.Order.desc("closedOn"), Sort.Order.desc("id"))))
			.getContent();
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

	/** 行政处罚法 第三十六条: two years from the violation (or its end), five where life, health or finance were harmed. */
	static final int LIMITATION_YEARS = 2;
	static final int LIMITATION_YEARS_WITH_HARM = 5;

	public PenaltyCase register(FazhiUser user, Registration form) {
		requireOfficer(user);
		var matter = matter(user, form.matterId());
		LocalDate on = notFuture("on", form.on());
		var source = required("source", form.source());
		Long hazardId = null;
		Long inspectionId = null;
		Long entityId = form.entityId();
		String facts = text("facts", form.facts(), 2000, true);
		if (form.occurredOn() != null) {
			if (form.occurredOn().isAfter(on)) {
				throw new RuleViolation("occurredOn", "case.occurred.afterRegistration");
			}
			int years = form.harmToLife() ? LIMITATION_YEARS_WITH_HARM : LIMITATION_YEARS;
			// 行政处罚法 第三十六条: a violation not found within the period is no longer penalised
			if (form.occurredOn().plusYears(years).isBefore(on)) {
				throw EnforcementRule.LIMITATION.refusal("occurredOn", form.occurredOn(), years);
			}
		}
		if (form.hazardId() != null) {
			var hazard = hazards.findOne(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD, form.hazardId()))
				.orElseThrow(() -> new RuleViolation("hazardId", "case.hazard.unknown"));
			// 安全生产法 第一百零二条: only a hazard not removed within its period goes to a case
			if (hazard.getState() != Hazard.State.ESCALATED) {
				throw EnforcementRule.HAZARD_NOT_ESCALATED.refusal("hazardId");
			}
			if (cases.existsByTenantIdAndHazardId(user.tenantId(), hazard.getId())) {
				throw new RuleViolation("hazardId", "case.hazard.alreadyFiled");
			}
			hazardId = hazard.getId();
			inspectionId = hazard.getInspectionId();
			entityId = hazard.getEntityId();
			source = PenaltyCase.Source.HAZARD;
		}
		else if (form.inspectionId() != null) {
			// the inspection the case comes from, as the officer reads it: within scope, and carried out
			var inspection = inspections.findOne(DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION,
					form.inspectionId())).orElseThrow(() -> new RuleViolation("inspectionId", "case.inspection.unknown"));
			if (inspection.getState() != Inspection.State.DONE) {
				throw new RuleViolation("inspectionId", "case.inspection.notDone");
			}
			inspectionId = inspection.getId();
			if (entityId == null) {
				entityId = inspection.getEntityId();
			}
			else if (entityId != inspection.getEntityId()) {
				throw new RuleViolation("inspectionId", "case.inspection.otherEntity");
			}
			source = PenaltyCase.Source.INSPECTION;
		}
		PartyKind kind;
		String name;
		String code;
		String address;
		long community;
		boolean operatorIsParty = entityId != null && form.partyKind() == PartyKind.PERSON
				&& Input.trim(form.partyName()) != null;
		if (entityId != null && !operatorIsParty) {
			var entity = register.get(user, entityId);
			kind = PartyKind.ORGANISATION;
			name = entity.getName();
			code = entity.getCreditCode();
			address = entity.getAddress();
			community = entity.getCommunityId();
		}
		else {
			// a party not in the register, or the person who runs a registered business (个体工商户的经营者)
			kind = required("partyKind", form.partyKind());
			name = text("partyName", form.partyName(), 200, true);
			code = Input.trim(form.partyCode());
			address = text("partyAddress", form.partyAddress(), 300, false);
			if (kind == PartyKind.PERSON && code != null && !PersonalData.validIdentityNumber(code)) {
				throw new RuleViolation("partyCode", "case.party.identityNumber");
			}
			if (kind == PartyKind.ORGANISATION && (code == null || !CreditCodes.valid(code))) {
				throw new RuleViolation("partyCode", "entity.creditCode.invalid", code == null ? "" : code);
			}
			if (entityId != null) {
				community = register.get(user, entityId).getCommunityId();
			}
			else {
				Long chosen = user.communityScope() != null ? user.communityScope() : form.communityId();
				if (chosen == null
						|| directory.activeCommunities(user.tenantId()).stream().noneMatch(c -> c.id() == chosen)) {
					throw new RuleViolation("communityId", "case.community.required");
				}
				community = chosen;
			}
		}
		var officers = twoOfficers(user, form.officer1Id(), form.officer2Id());
		var c = new PenaltyCase(user.tenantId(), community, source, matter, kind, name, code, address, facts,
				officers.get(0).accountId(), officers.get(1).accountId(),
				InspectionWork.officerNames(officers.get(0), officers.get(1)), on, user.accountId());
		c.from(hazardId, inspectionId, entityId);
		c.flags(form.majorInterest(), form.complexCase());
		c.occurred(form.occurredOn(), form.harmToLife());
		cases.save(c);
		log(user, c, on, "REGISTERED", "caseLog.REGISTERED", matter.getName());
		trail.record(AuditAction.CREATE, CASE, c.getId(), AuditOutcome.SUCCESS, source + " " + matter.getCode());
		publisher.publishEvent(new CaseRegistered(c.getTenantId(), c.getId(), on));
		return c;
	}

	/** 行政处罚法 第五十四条第二款: the head of the body approves the filing; the 90-day limit of 第六十条 starts. */
	public PenaltyCase approveFiling(FazhiUser user, long id, LocalDate on) {
		var c = get(user, id);
		if (!user.hasRole(Role.LEADER)) {
			throw EnforcementRule.FILING_BY_HEAD.refusal(null);
		}
		requireState(c, State.REGISTERED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getRegisteredOn());
		// the same gate the page offers the step by
		pass(CaseStep.APPROVE, user, c, day);
		String caseNo = numbers.next(user, CaseDocument.Type.FILING_APPROVAL.series(),
				CaseDocument.Type.FILING_APPROVAL.name(), day.getYear());
		var deadline = track(user, c, StatutoryRule.PENALTY_DECISION, day);
		c.filed(caseNo, day, user.fullName(), deadline.id());
		log(user, c, day, "FILED", "caseLog.FILED", caseNo);
		audit(c, "filed " + caseNo);
		return c;
	}

	// ---------------------------------------------------------------- evidence

	/** What an officer records for one piece of evidence. */
	public record EvidenceForm(CaseEvidence.Kind kind, String description, LocalDate collectedOn, boolean wholeProcess,
			String device, String operatorName, LocalDateTime recordedAt) {
	}

	/**
	 * Adds evidence (第四十六条), with its file when there is one; audio and video of on-site work are the whole-process
	 * record and carry the device, operator and time (第四十七条).
	 */
	public CaseEvidence addEvidence(FazhiUser user, long id, EvidenceForm form, String fileName,
			java.io.InputStream file) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.FILED, State.NOTIFIED, State.HEARING);
		var kind = required("kind", form.kind());
		String description = text("description", form.description(), 500, true);
		// evidence may predate the registration: the on-site record of the inspection that led to the case
		LocalDate on = notFuture("collectedOn", form.collectedOn());
		String device = Input.trim(form.device());
		String operator = Input.trim(form.operatorName());
		if (form.wholeProcess()) {
			if (kind != CaseEvidence.Kind.AUDIOVISUAL && kind != CaseEvidence.Kind.ELECTRONIC) {
				throw EnforcementRule.WHOLE_PROCESS_KIND.refusal("kind");
			}
			if (device == null || operator == null || form.recordedAt() == null || file == null) {
				throw EnforcementRule.WHOLE_PROCESS_COMPLETE.refusal("device");
			}
		}
		if ((device != null && device.length() > 100) || (operator != null && operator.length() > 100)) {
			throw new RuleViolation("device", "field.tooLong");
		}
		// the same gate the page offers the step by
		pass(CaseStep.EVIDENCE, user, c, on);
		AttachmentView stored = null;
		if (file != null) {
			stored = attachments.attach(user, CASE, String.valueOf(id), fileName, file);
		}
		var saved = evidence.save(new CaseEvidence(id, kind, description, stored == null ? null : stored.id(),
				stored == null ? null : stored.sm3(), form.wholeProcess(), device, operator, form.recordedAt(), on,
				user.accountId()));
		log(user, c, on, "EVIDENCE", form.wholeProcess() ? "caseLog.EVIDENCE.wholeProcess" : "caseLog.EVIDENCE",
				CaseLog.label(kind.messageKey()), description);
		audit(c, "evidence " + kind + (stored == null ? "" : " SM3 " + stored.sm3()));
		return saved;
	}

	// ---------------------------------------------------------------- notice, defence, hearing

	/**
	 * 行政处罚法 第四十四条: the party is told the intended penalty, its facts, reasons and basis, and the right to state
	 * and defend, and (第六十三条) to ask for a hearing; the five working days of 第六十四条第一项 start.
	 */
	public PenaltyCase notifyIntendedPenalty(FazhiUser user, long id, LocalDate on, PenaltyKind kind, Long fine,
			DiscretionLevel level) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getFiledOn());
		pass(CaseStep.NOTICE, user, c, day);
		var matter = matterOf(c);
		checkPenalty(c, matter, required("proposedKind", kind), fine, level);
		boolean hearing = hearingRight(c.getPartyKind(), kind, fine);
		c.notified(day, kind, kind == PenaltyKind.FINE ? fine : null, level, hearing);
		// 行政处罚法 第四十五条: the period to state and defend, as long as the office's rules set it
		var period = deadlines.register(new RegisterDeadline(c.getTenantId(), officerDepartment(user, c),
				c.getCommunityId(), CASE, String.valueOf(c.getId()), title(c), StatutoryRule.STATEMENT_DEFENCE, day,
				c.getOfficer1Id(), user.accountId(), defenceWorkingDays));
		c.defencePeriod(period.due());
		if (hearing) {
			track(user, c, StatutoryRule.HEARING_REQUEST, day);
		}
		log(user, c, day, "NOTIFIED", kind == PenaltyKind.FINE ? "caseLog.NOTIFIED.fine" : "caseLog.NOTIFIED",
				CaseLog.label("penaltyKind." + kind), fine == null ? 0L : fine, hearing ? CaseLog.label("caseLog.hearingRight") : "",
				c.getDefenceDueOn());
		audit(c, "notified " + kind + " " + fine);
		return c;
	}

	/**
	 * 行政处罚法 第四十五条: the party's statement and defence are heard and recorded, and reviewed (复核): which points
	 * were adopted and why, which not and why. The period to be heard ends with it.
	 */
	public PenaltyCase recordDefence(FazhiUser user, long id, LocalDate on, String text, boolean adopted,
			String review) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.DEFENCE, user, c, day);
		c.defence(day, text("defenceText", text, 2000, true), adopted, text("defenceReview", review, 2000, true));
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		log(user, c, day, "DEFENCE", adopted ? "caseLog.DEFENCE.adopted" : "caseLog.DEFENCE.notAdopted");
		audit(c, "defence recorded and reviewed");
		return c;
	}

	/** The party's written waiver of statement and defence (第四十五条): the decision need not wait out the period. */
	public PenaltyCase waiveDefence(FazhiUser user, long id, LocalDate on, String waiver) {
		var c = get(user, id);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		pass(CaseStep.DEFENCE_WAIVER, user, c, day);
		c.defenceWaived(day, text("waiver", waiver, 500, true));
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		log(user, c, day, "DEFENCE_WAIVED", "caseLog.DEFENCE_WAIVED", c.getDefenceWaiver());
		audit(c, "statement and defence waived in writing");
		return c;
	}

	/** 行政处罚法 第六十四条第一项: a hearing is asked for within five working days of the notice. */
	public PenaltyCase requestHearing(FazhiUser user, long id, LocalDate on) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.NOTIFIED);
		if (!c.isHearingRight()) {
			throw EnforcementRule.HEARING_RIGHT.refusal(null);
		}
		if (c.getHearingRequestedOn() != null || c.getHearingWaivedOn() != null) {
			throw new RuleViolation(null, "case.hearing.alreadyAnswered");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		var due = calendar.due(StatutoryRule.HEARING_REQUEST, c.getNoticeOn()).due();
		if (day.isAfter(due)) {
			throw EnforcementRule.HEARING_REQUEST_PERIOD.refusal("on", due);
		}
		// the same gate the page offers the step by
		pass(CaseStep.HEARING_REQUEST, user, c, day);
		c.hearingRequested(day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		event(user, c, day, "HEARING_REQUESTED", null);
		audit(c, "hearing requested");
		return c;
	}

	/** The party declined the hearing it may ask for: the decision need not wait out the five working days. */
	public PenaltyCase waiveHearing(FazhiUser user, long id, LocalDate on) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.NOTIFIED);
		if (!c.isHearingRight() || c.getHearingRequestedOn() != null || c.getHearingWaivedOn() != null) {
			throw new RuleViolation(null, "case.hearing.alreadyAnswered");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		// the same gate the page offers the step by
		pass(CaseStep.HEARING_WAIVER, user, c, day);
		c.hearingWaived(day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		event(user, c, day, "HEARING_WAIVED", null);
		audit(c, "hearing waived");
		return c;
	}

	/**
	 * 行政处罚法 第六十四条第二项、第四项: the hearing is notified at least seven working days before it, and chaired by
	 * someone who did not investigate the case.
	 */
	public PenaltyCase noticeHearing(FazhiUser user, long id, LocalDate noticeOn, LocalDate hearingOn, String place,
			Long chairId) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.HEARING);
		LocalDate notice = notBefore("noticeOn", notFuture("noticeOn", noticeOn), c.getHearingRequestedOn());
		LocalDate hearing = required("hearingOn", hearingOn);
		// the last day on which the notice may go out for a hearing on that day (seven working days before it)
		var latest = calendar.due(StatutoryRule.HEARING_NOTICE, hearing).due();
		if (notice.isAfter(latest)) {
			throw EnforcementRule.HEARING_NOTICE_PERIOD.refusal("hearingOn", latest, hearing);
		}
		var chair = directory.staffMember(user.tenantId(), required("chairId", chairId))
			.orElseThrow(() -> new RuleViolation("chairId", "case.hearing.chairUnknown"));
		if (c.investigatedBy(chair.accountId())) {
			throw EnforcementRule.HEARING_CHAIR.refusal("chairId");
		}
		// the same gate the page offers the step by
		pass(CaseStep.HEARING_NOTICE, user, c, notice);
		c.hearingNotified(notice, hearing, text("place", place, 200, true), chair.accountId(), chair.fullName());
		log(user, c, notice, "HEARING_NOTICE", "caseLog.HEARING_NOTICE", hearing, c.getHearingPlace(), chair.fullName());
		audit(c, "hearing notified for " + hearing);
		return c;
	}

	/** 行政处罚法 第六十四条第八项、第六十五条: the hearing is recorded, and the decision is made on its record. */
	public PenaltyCase recordHearing(FazhiUser user, long id, LocalDate on, String record) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.HEARING);
		if (c.getHearingOn() == null) {
			throw new RuleViolation(null, "case.hearing.notNotified");
		}
		LocalDate day = notFuture("on", on);
		if (day.isBefore(c.getHearingOn())) {
			throw new RuleViolation("on", "case.hearing.beforeDay", c.getHearingOn());
		}
		// the same gate the page offers the step by
		pass(CaseStep.HEARING_RECORD, user, c, day);
		c.hearingHeld(day, text("hearingRecord", record, 2000, true));
		event(user, c, day, "HEARING_HELD", null);
		audit(c, "hearing held");
		return c;
	}

	// ---------------------------------------------------------------- legal review and collective discussion

	/** 行政处罚法 第五十八条: the case goes to a legal reviewer who did not investigate it. */
	public PenaltyCase submitForReview(FazhiUser user, long id, LocalDate on, Long reviewerId) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.NOTIFIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		var reviewer = directory.staffMember(user.tenantId(), required("reviewerId", reviewerId))
			.filter(s -> s.role() == Role.LEGAL_REVIEWER)
			.orElseThrow(() -> new RuleViolation("reviewerId", "case.review.notReviewer"));
		if (c.investigatedBy(reviewer.accountId())) {
			throw EnforcementRule.REVIEW_NOT_BY_INVESTIGATOR.refusal("reviewerId");
		}
		// 行政处罚法 第五十八条第二款: a first-time reviewer holds the legal-profession qualification
		if (reviewer.qualificationNo() == null
				&& !cases.existsByTenantIdAndReviewerIdAndReviewOnIsNotNull(user.tenantId(), reviewer.accountId())) {
			throw EnforcementRule.REVIEWER_QUALIFIED.refusal("reviewerId", reviewer.fullName());
		}
		// the same gate the page offers the step by
		pass(CaseStep.SUBMIT_REVIEW, user, c, day);
		c.submittedForReview(day, reviewer.accountId(), reviewer.fullName());
		log(user, c, day, "REVIEW_SUBMITTED", "caseLog.REVIEW_SUBMITTED", reviewer.fullName());
		audit(c, "submitted for legal review to " + reviewer.fullName());
		return c;
	}

	/** The reviewer's opinion: agree, amend (the decision follows the amendment), or return for more investigation. */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text) {
		return review(user, id, on, opinion, text, null);
	}

	/**
	 * The reviewer's opinion; an amending opinion on a fine sets the amended fine, within the matter's range, and the
	 * decision follows it (行政处罚法 第五十八条: no decision that did not pass the review).
	 */
	public PenaltyCase review(FazhiUser user, long id, LocalDate on, ReviewOpinion opinion, String text,
			Long amendedFine) {
		var c = get(user, id);
		requireState(c, State.REVIEW);
		// 行政处罚法 第五十八条: review by the legal reviewer the case was given to, never by an investigator
		if (!user.hasRole(Role.LEGAL_REVIEWER) || c.investigatedBy(user.accountId())) {
			throw EnforcementRule.REVIEW_NOT_BY_INVESTIGATOR.refusal(null);
		}
		if (c.getReviewerId() == null || c.getReviewerId() != user.accountId()) {
			throw new RuleViolation(null, "case.review.notAssigned", c.getReviewerName());
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getReviewSubmittedOn());
		Long reviewedFine = null;
		if (opinion == ReviewOpinion.AMEND && c.getProposedKind() == PenaltyKind.FINE) {
			if (amendedFine == null) {
				throw new RuleViolation("amendedFine", "case.review.amendedFine");
			}
			checkPenalty(c, matterOf(c), PenaltyKind.FINE, amendedFine, null);
			reviewedFine = amendedFine;
		}
		// the same gate the page offers the step by
		pass(CaseStep.REVIEW, user, c, day);
		c.reviewed(day, required("opinion", opinion), text("reviewText", text, 2000, true), reviewedFine);
		if (opinion == ReviewOpinion.RETURN) {
			// back to investigation: the party is notified again before any decision (第四十四条)
			completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
			completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
			c.notified(null, null, null, null, false);
			c.moveTo(State.FILED);
		}
		log(user, c, day, "REVIEWED", reviewedFine == null ? "caseLog.REVIEWED" : "caseLog.REVIEWED.fine",
				CaseLog.label("reviewOpinion." + opinion), reviewedFine == null ? 0L : reviewedFine);
		audit(c, "legal review " + opinion);
		return c;
	}

	/** 行政处罚法 第五十七条第二款: the heads discuss a complex or grave case collectively; the minutes are kept. */
	public PenaltyCase recordDiscussion(FazhiUser user, long id, LocalDate on, String attendees, String minutes) {
		var c = get(user, id);
		if (!user.hasRole(Role.LEADER)) {
			throw EnforcementRule.DISCUSSION_BY_HEADS.refusal(null);
		}
		requireState(c, State.NOTIFIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getNoticeOn());
		// the same gate the page offers the step by
		pass(CaseStep.DISCUSSION, user, c, day);
		c.discussed(day, text("attendees", attendees, 300, true), text("minutes", minutes, 2000, true));
		log(user, c, day, "DISCUSSED", "caseLog.DISCUSSED", c.getDiscussionAttendees());
		audit(c, "collective discussion");
		return c;
	}

	// ---------------------------------------------------------------- decision

	/** What the decision says. */
	public record Decision(Outcome outcome, PenaltyKind kind, Long fine, DiscretionLevel level, LocalDate on,
			String reason) {
	}

	/**
	 * 行政处罚法 第五十七条第一款: the investigation ends with the officers' result and proposed decision (拟处理意见) and
	 * its reasons, submitted to the head of the body; a penalty is proposed only once the party has been heard.
	 */
	public PenaltyCase propose(FazhiUser user, long id, Decision proposal) {
		var c = get(user, id);
		var outcome = required("outcome", proposal.outcome());
		LocalDate day = notBefore("on", notFuture("on", proposal.on()), c.getNoticeOn() == null ? c.getFiledOn()
				: c.getNoticeOn());
		for (LocalDate step : new LocalDate[] { c.getDefenceOn(), c.getDefenceWaivedOn(), c.getHearingWaivedOn(),
				c.getHearingHeldOn() }) {
			notBefore("on", day, step);
		}
		pass(CaseStep.PROPOSE, user, c, day);
		PenaltyKind kind = null;
		Long fine = null;
		if (outcome == Outcome.PENALTY) {
			if (c.getNoticeOn() == null) {
				throw EnforcementRule.DECISION_AFTER_NOTICE.refusal(null);
			}
			kind = required("kind", proposal.kind());
			fine = kind == PenaltyKind.FINE ? proposal.fine() : null;
			checkPenalty(c, matterOf(c), kind, fine, proposal.level());
			checkNotHeavier(c, kind, fine);
		}
		c.proposed(day, user.fullName(), outcome, kind, fine, outcome == Outcome.PENALTY ? proposal.level() : null,
				text("reason", proposal.reason(), 2000, true));
		log(user, c, day, "PROPOSED", fine != null ? "caseLog.PROPOSED.fine" : kind != null ? "caseLog.PROPOSED.kind"
				: "caseLog.PROPOSED", CaseLog.label("caseOutcome." + outcome), kind == null ? "" : CaseLog.label("penaltyKind." + kind),
				fine == null ? 0L : fine);
		audit(c, "proposed decision " + outcome + " submitted to the head");
		return c;
	}

	public PenaltyCase decide(FazhiUser user, long id, Decision decision) {
		var c = get(user, id);
		// 行政处罚法 第五十七条: in the general procedure the head of the body decides, never the investigating officer
		role(CaseStep.DECIDE, user, c).enforce();
		var outcome = required("outcome", decision.outcome());
		LocalDate day = notFuture("on", decision.on());
		if (c.getState() == State.HEARING) {
			// 行政处罚法 第六十五条: after a requested hearing the decision follows its record
			throw EnforcementRule.DECISION_AFTER_HEARING.refusal(null);
		}
		if (outcome == Outcome.PENALTY) {
			if (c.getState() == State.FILED) {
				// 行政处罚法 第四十四条、第六十二条: no decision without notice of the intended penalty
				throw EnforcementRule.DECISION_AFTER_NOTICE.refusal(null);
			}
			requireState(c, State.NOTIFIED);
		}
		else {
			requireState(c, State.FILED, State.NOTIFIED);
		}
		// the decision comes after every step it rests on
		for (LocalDate step : new LocalDate[] { c.getFiledOn(), c.getNoticeOn(), c.getHearingHeldOn(), c.getReviewOn(),
				c.getDiscussionOn(), c.getProposalOn(), c.getDefenceOn(), c.getDefenceWaivedOn(),
				c.getHearingWaivedOn() }) {
			notBefore("on", day, step);
		}
		// 第五十七条 (a proposal), 第四十五条、第六十二条、第六十四条 (the party heard), 第五十八条, 第五十七条第二款, 第六十条
		var closed = gates.decisionRule(c, day, outcome);
		if (closed != null) {
			throw closed;
		}
		PenaltyKind kind = null;
		Long fine = null;
		DiscretionLevel level = null;
		if (outcome == Outcome.PENALTY) {
			kind = required("kind", decision.kind());
			fine = kind == PenaltyKind.FINE ? decision.fine() : null;
			level = decision.level();
			checkPenalty(c, matterOf(c), kind, fine, level);
			if (c.getReviewOpinion() == ReviewOpinion.AMEND && c.getReviewedFine() != null
					&& !c.getReviewedFine().equals(fine)) {
				// 行政处罚法 第五十八条: the decision is the one that passed the review
				throw EnforcementRule.DECISION_AS_REVIEWED.refusal("fine", c.getReviewedFine());
			}
			checkNotHeavier(c, kind, fine);
		}
		String reason = text("reason", decision.reason(), 2000, outcome != Outcome.PENALTY);
		String number = numbers.next(user, CaseDocument.Type.DECISION.series(), CaseDocument.Type.DECISION.name(),
				day.getYear());
		c.decided(outcome, kind, fine, level, number, day, reason);
		c.decidedBy(user.fullName());
		completeOpen(user, c, StatutoryRule.PENALTY_DECISION, day);
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		track(user, c, StatutoryRule.PENALTY_SERVICE, day);
		if (outcome == Outcome.PENALTY) {
			track(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		}
		log(user, c, day, "DECIDED", fine != null ? "caseLog.DECIDED.fine" : kind != null ? "caseLog.DECIDED.kind"
				: "caseLog.DECIDED", number, CaseLog.label("caseOutcome." + outcome), kind == null ? "" : CaseLog.label("penaltyKind." + kind),
				fine == null ? 0L : fine);
		audit(c, "decided " + number + " " + outcome + " " + fine);
		publisher.publishEvent(new CaseDecided(c.getTenantId(), c.getId(), number, outcome.name(), day));
		return c;
	}

	/**
	 * 行政处罚法 第五十一条、第五十二条: a warning or a small fine decided on the spot by two officers, the decision
	 * handed over there and then.
	 */
	public PenaltyCase decideOnTheSpot(FazhiUser user, Registration form, PenaltyKind kind, Long fine) {
		requireOfficer(user);
		if (kind != PenaltyKind.WARNING && kind != PenaltyKind.FINE) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("kind", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		var party = form.entityId() != null ? PartyKind.ORGANISATION : required("partyKind", form.partyKind());
		long limit = party == PartyKind.PERSON ? SUMMARY_PERSON_LIMIT : SUMMARY_ORGANISATION_LIMIT;
		if (kind == PenaltyKind.FINE && (fine == null || fine > limit)) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("fine", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		var c = register(user, form);
		// the party as registered decides the limit: an individual business's operator is a person (第五十一条)
		if (kind == PenaltyKind.FINE && fine > (c.isPerson() ? SUMMARY_PERSON_LIMIT : SUMMARY_ORGANISATION_LIMIT)) {
			throw EnforcementRule.SUMMARY_LIMIT.refusal("fine", SUMMARY_PERSON_LIMIT, SUMMARY_ORGANISATION_LIMIT);
		}
		checkPenalty(c, matterOf(c), kind, fine, null);
		LocalDate day = c.getRegisteredOn();
		c.summary();
		String number = numbers.next(user, CaseDocument.Type.DECISION.series(), CaseDocument.Type.DECISION.name(),
				day.getYear());
		c.decided(Outcome.PENALTY, kind, kind == PenaltyKind.FINE ? fine : null, null, number, day, null);
		c.decidedBy(c.getOfficerNames());
		c.served(day, PenaltyCase.ServiceMethod.IN_PERSON);
		if (kind == PenaltyKind.FINE) {
			track(user, c, StatutoryRule.FINE_PAYMENT, day);
		}
		track(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		log(user, c, day, "SUMMARY_DECIDED", fine != null ? "caseLog.SUMMARY_DECIDED.fine" : "caseLog.SUMMARY_DECIDED",
				number, CaseLog.label("penaltyKind." + kind), fine == null ? 0L : fine);
		audit(c, "summary decision " + number);
		publisher.publishEvent(new CaseRegistered(c.getTenantId(), c.getId(), day));
		publisher.publishEvent(new CaseDecided(c.getTenantId(), c.getId(), number, Outcome.PENALTY.name(), day));
		return c;
	}

	// ---------------------------------------------------------------- service, payment, publication

	/** 行政处罚法 第六十一条: served within seven working days; a later service is kept and shown as late. */
	public PenaltyCase serve(FazhiUser user, long id, LocalDate on, PenaltyCase.ServiceMethod method) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.DECIDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		// the same gate the page offers the step by
		pass(CaseStep.SERVE, user, c, day);
		c.served(day, required("method", method));
		var service = completeOpen(user, c, StatutoryRule.PENALTY_SERVICE, day);
		if (c.getPenaltyKind() == PenaltyKind.FINE) {
			track(user, c, StatutoryRule.FINE_PAYMENT, day);
		}
		boolean late = service != null && Boolean.FALSE.equals(service.completedOnTime());
		log(user, c, day, "SERVED", late ? "caseLog.SERVED.late" : "caseLog.SERVED", CaseLog.label("serviceMethod." + method),
				late ? service.due() : "");
		audit(c, "served " + method + (late ? " late" : ""));
		return c;
	}

	/** The most instalments a payment plan may have. */
	static final int MAXIMUM_INSTALMENTS = 12;

	/** 行政处罚法 第六十六条第二款: deferred payment approved on the party's application. */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn) {
		return deferPayment(user, id, to, approvedBy, reason, approvedOn, null);
	}

	/**
	 * 行政处罚法 第六十六条第二款: payment deferred, or in {@code instalments} instalments, until {@code to}, approved on
	 * the party's application for economic hardship.
	 */
	public PenaltyCase deferPayment(FazhiUser user, long id, LocalDate to, String approvedBy, String reason,
			LocalDate approvedOn, Integer instalments) {
		if (instalments != null && (instalments < 2 || instalments > MAXIMUM_INSTALMENTS)) {
			throw EnforcementRule.INSTALMENTS.refusal("instalments", MAXIMUM_INSTALMENTS);
		}
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.SERVED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		var payment = openDeadline(c, StatutoryRule.FINE_PAYMENT);
		LocalDate until = required("to", to);
		if (payment == null || !until.isAfter(payment.due())) {
			throw EnforcementRule.DEFERRAL_LATER.refusal("to", payment == null ? null : payment.due());
		}
		LocalDate approved = notFuture("approvedOn", approvedOn);
		// the same gate the page offers the step by
		pass(CaseStep.DEFER, user, c, approved);
		deadlines.extendForRecord(user, payment.id(), (int) ChronoUnit.DAYS.between(payment.due(), until),
				text("approvedBy", approvedBy, 100, true), text("reason", reason, 500, true), approved);
		c.deferred(until, instalments);
		log(user, c, approved, "PAYMENT_DEFERRED", instalments == null ? "caseLog.PAYMENT_DEFERRED"
				: "caseLog.PAYMENT_DEFERRED.instalments", until, instalments == null ? 0 : instalments);
		audit(c, "payment deferred to " + until);
		return c;
	}

	/**
	 * The late-payment surcharge of 行政处罚法 第七十二条第一款第一项 if the fine is paid on {@code paidOn}: 3% of the
	 * fine for each day after the payment period, never more than the fine.
	 */
	public long surcharge(PenaltyCase c, LocalDate paidOn) {
		if (c.getFine() == null) {
			return 0;
		}
		var payment = deadlines.ofRecord(c.getTenantId(), CASE, String.valueOf(c.getId())).stream()
			.filter(d -> d.rule() == StatutoryRule.FINE_PAYMENT).findFirst().orElse(null);
		if (payment == null || !paidOn.isAfter(payment.due())) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(payment.due(), paidOn);
		return Math.min(c.getFine(), c.getFine() * SURCHARGE_PERCENT_A_DAY * days / 100);
	}

	/**
	 * The bank's receipt of the fine (第六十七条: the deciding body does not collect it), with any surcharge due: the
	 * whole amount at once, or, where instalments were approved (第六十六条第二款), one instalment at a time until the
	 * fine is paid.
	 */
	public PenaltyCase recordPayment(FazhiUser user, long id, LocalDate on, Long amount) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.SERVED, State.COURT_APPLIED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getServedOn());
		// the same gate the page offers the step by
		pass(CaseStep.PAY, user, c, day);
		long surcharge = surcharge(c, day);
		long before = c.getAmountPaid() == null ? 0 : c.getAmountPaid();
		long outstanding = c.getFine() + surcharge - before;
		if (c.getInstalments() == null) {
			if (amount == null || amount != outstanding) {
				throw EnforcementRule.SURCHARGE.refusal("amount", c.getFine(), surcharge, outstanding);
			}
		}
		else if (amount == null || amount <= 0 || amount > outstanding) {
			throw new RuleViolation("amount", "case.pay.instalment", outstanding);
		}
		payments.save(new CasePayment(id, day, amount, user.accountId()));
		long total = before + amount;
		if (total < c.getFine() + surcharge) {
			c.partlyPaid(total);
			log(user, c, day, "PAID_INSTALMENT", "caseLog.PAID_INSTALMENT", amount, c.getFine() + surcharge - total);
			audit(c, "instalment paid " + amount);
			return c;
		}
		c.paid(day, total, surcharge);
		completeOpen(user, c, StatutoryRule.FINE_PAYMENT, day);
		log(user, c, day, "PAID", surcharge > 0 ? "caseLog.PAID.surcharge" : "caseLog.PAID", total, surcharge);
		audit(c, "paid " + total);
		return c;
	}

	/** The period for reconsideration and litigation after service ends six months on (行政诉讼法 第四十六条). */
	static final int LITIGATION_MONTHS = 6;

	/**
	 * 行政强制法 第五十四条: before applying to the court the body urges the party in writing; the urging is served
	 * only after the fine was due and not paid. The three months of 第五十三条 are tracked from the end of the periods
	 * for reconsideration and litigation.
	 */
	public PenaltyCase urge(FazhiUser user, long id, LocalDate on) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.SERVED);
		if (c.getPenaltyKind() != PenaltyKind.FINE) {
			throw new RuleViolation(null, "case.pay.noFine");
		}
		var payment = openDeadline(c, StatutoryRule.FINE_PAYMENT);
		LocalDate day = notFuture("on", on);
		if (payment == null || !day.isAfter(payment.due())) {
			throw new RuleViolation("on", "case.urge.notDue", payment == null ? c.getServedOn() : payment.due());
		}
		if (c.getUrgedOn() != null) {
			throw new RuleViolation(null, "case.urge.already");
		}
		// the same gate the page offers the step by
		pass(CaseStep.URGE, user, c, day);
		c.urged(day);
		track(user, c, StatutoryRule.ENFORCEMENT_URGING, day);
		track(user, c, StatutoryRule.COURT_ENFORCEMENT, remediesEnd(c));
		log(user, c, day, "URGED", "caseLog.URGED");
		audit(c, "urging notice served");
		return c;
	}

	/**
	 * 行政处罚法 第七十二条第一款第四项, 行政强制法 第五十三条、第五十四条: the body, which has no enforcement power of
	 * its own, applies to the court: after the urging and its ten working days, after the periods for reconsideration
	 * and litigation, and within three months of their end.
	 */
	public PenaltyCase applyToCourt(FazhiUser user, long id, LocalDate on, String court) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.SERVED);
		if (c.getUrgedOn() == null) {
			throw EnforcementRule.COURT_AFTER_URGING.refusal(null);
		}
		LocalDate day = notFuture("on", on);
		var closed = gates.courtRule(c, day);
		if (closed != null) {
			throw closed;
		}
		// the same gate the page offers the step by
		pass(CaseStep.COURT, user, c, day);
		c.appliedToCourt(day, text("court", court, 100, true));
		completeOpen(user, c, StatutoryRule.ENFORCEMENT_URGING, day);
		completeOpen(user, c, StatutoryRule.COURT_ENFORCEMENT, day);
		completeOpen(user, c, StatutoryRule.FINE_PAYMENT, day);
		log(user, c, day, "COURT_APPLIED", "caseLog.COURT_APPLIED", c.getCourt());
		audit(c, "applied to " + c.getCourt() + " for enforcement");
		return c;
	}

	@Transactional(readOnly = true)
	public List<CasePayment> payments(FazhiUser user, long id) {
		get(user, id);
		return payments.findByCaseIdOrderByIdAsc(id);
	}

	/** What the public will read of a decision, with what the screen found in the summary (for the preview). */
	public record PublicationPreview(String party, String summary, List<PublicationScreen.Segment> segments,
			List<PublicationScreen.Finding> findings) implements java.io.Serializable {
	}

	/** The preview of a publication: the summary cut into clean and flagged pieces, nothing written. */
	@Transactional(readOnly = true)
	public PublicationPreview previewPublication(FazhiUser user, long id, String summary) {
		var c = get(user, id);
		String text = Input.trim(summary) == null ? "" : summary.strip();
		var findings = screen(user, c, text);
		return new PublicationPreview(PublicDecisions.party(c), text, PublicationScreen.segments(text, findings),
				findings);
	}

	/**
	 * A first draft of the public summary from the structured fields, which the officer reads and edits: the party as
	 * published, the matter and the statute; no facts as investigated.
	 */
	public String draftSummary(PenaltyCase c) {
		var matter = matters.findById(c.getMatterId()).orElseThrow();
		return messages.getMessage("case.publish.draft", new Object[] { PublicDecisions.party(c), matter.getName(),
				matter.getCitation() }, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** The personal information of the case that the summary must not hold: names, home address, numbers. */
	private List<PublicationScreen.Finding> screen(FazhiUser user, PenaltyCase c, String text) {
		List<String> names = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		if (c.isPerson()) {
			names.add(c.getPartyName());
			if (c.getPartyAddress() != null) {
				addresses.add(c.getPartyAddress());
			}
		}
		if (c.getEntityId() != null) {
			var entity = register.subjectOf(user, c.getEntityId());
			if (entity.getContactPerson() != null) {
				names.add(entity.getContactPerson());
			}
		}
		List<String> allowed = c.isPerson() || c.getPartyCode() == null ? List.of() : List.of(c.getPartyCode());
		return PublicationScreen.findings(text, names, addresses, allowed, c.isPerson());
	}

	/**
	 * Publication of the decision (公示, 国办发〔2018〕118号: within seven working days): the public reads its structured
	 * fields and the summary written for publication, which must hold no identity or phone number, no name of a
	 * person recorded on the case and no home address (个人信息保护法); what the screen finds is refused and shown.
	 */
	public PenaltyCase publish(FazhiUser user, long id, LocalDate on, String summary) {
		requireOfficer(user);
		var c = get(user, id);
		String text = Input.trim(summary);
		if (text == null) {
			throw new RuleViolation("summary", "case.publish.summaryRequired");
		}
		if (text.length() > 1000) {
			throw new RuleViolation("summary", "field.tooLong");
		}
		var findings = screen(user, c, text);
		if (!findings.isEmpty()) {
			throw EnforcementRule.PUBLICATION_WITHOUT_PERSONAL_DATA.refusal("summary", findings.size(), findings.stream()
				.map(f -> "「" + f.text() + "」").collect(java.util.stream.Collectors.joining("、")));
		}
		if (c.getOutcome() != Outcome.PENALTY || c.getDecidedOn() == null) {
			throw new RuleViolation(null, "case.publish.noDecision");
		}
		if (c.getPublishedOn() != null) {
			throw new RuleViolation(null, "case.publish.already");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		// the same gate the page offers the step by
		pass(CaseStep.PUBLISH, user, c, day);
		c.published(day, text);
		var publication = completeOpen(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		boolean late = publication != null && Boolean.FALSE.equals(publication.completedOnTime());
		log(user, c, day, "PUBLISHED", late ? "caseLog.PUBLISHED.late" : "caseLog.PUBLISHED",
				late ? publication.due() : "");
		audit(c, "published" + (late ? " late" : ""));
		publisher.publishEvent(new DecisionPublished(c.getTenantId(), c.getId(), c.getDecisionNo(), day));
		return c;
	}

	/**
	 * The decision was changed or revoked (by reconsideration, a court or the body itself): a published decision is
	 * withdrawn within three working days (行政处罚法 第四十八条第二款).
	 */
	public PenaltyCase revoke(FazhiUser user, long id, LocalDate on, String reason) {
		requireDecider(user);
		var c = get(user, id);
		if (c.getDecidedOn() == null || c.getRevokedOn() != null) {
			throw new RuleViolation(null, "case.revoke.notDecided");
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getDecidedOn());
		// the same gate the page offers the step by
		pass(CaseStep.REVOKE, user, c, day);
		c.revoked(day, text("reason", reason, 500, true));
		if (c.getPublishedOn() != null && c.getWithdrawnOn() == null) {
			track(user, c, StatutoryRule.PUBLICATION_WITHDRAWAL, day);
		}
		completeOpen(user, c, StatutoryRule.PENALTY_PUBLICATION, day);
		log(user, c, day, "REVOKED", "caseLog.REVOKED", c.getRevocationReason());
		audit(c, "decision changed or revoked");
		publisher.publishEvent(new CaseRevoked(c.getTenantId(), c.getId(), c.getDecidedOn(), day));
		return c;
	}

	public PenaltyCase withdrawPublication(FazhiUser user, long id, LocalDate on) {
		requireDecider(user);
		var c = get(user, id);
		if (c.getPublishedOn() == null || c.getWithdrawnOn() != null || c.getRevokedOn() == null) {
			throw EnforcementRule.WITHDRAW_PUBLICATION.refusal(null);
		}
		LocalDate day = notBefore("on", notFuture("on", on), c.getRevokedOn());
		// the same gate the page offers the step by
		pass(CaseStep.WITHDRAW, user, c, day);
		c.withdrawn(day);
		completeOpen(user, c, StatutoryRule.PUBLICATION_WITHDRAWAL, day);
		log(user, c, day, "WITHDRAWN", "caseLog.WITHDRAWN");
		audit(c, "publication withdrawn");
		return c;
	}

	// ---------------------------------------------------------------- suspension, ends, closing

	/** Suspension (中止): the 90 days of 第六十条 stop running until the case resumes. */
	public PenaltyCase suspend(FazhiUser user, long id, LocalDate from, String reason) {
		requireDecider(user);
		var c = get(user, id);
		requireState(c, State.FILED, State.NOTIFIED);
		LocalDate day = notFuture("from", from);
		// the same gate the page offers the step by
		pass(CaseStep.SUSPEND, user, c, day);
		deadlines.pauseForRecord(user, c.getDecisionDeadlineId(), day, text("reason", reason, 500, true));
		c.suspended(day);
		log(user, c, day, "SUSPENDED", "caseLog.SUSPENDED", reason);
		audit(c, "suspended");
		return c;
	}

	public PenaltyCase resume(FazhiUser user, long id, LocalDate on) {
		requireDecider(user);
		var c = get(user, id);
		requireState(c, State.SUSPENDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getSuspendedFrom());
		// the same gate the page offers the step by
		pass(CaseStep.RESUME, user, c, day);
		deadlines.resumeForRecord(user, c.getDecisionDeadlineId(), day);
		c.resumed();
		log(user, c, day, "RESUMED", "caseLog.RESUMED");
		audit(c, "resumed");
		return c;
	}

	/**
	 * Transfer (第二十七条、第五十七条第一款第四项: a suspected crime goes to the judicial organs; a matter outside the
	 * subdistrict's powers to the competent body) or termination (终止): the case ends without a decision.
	 */
	public PenaltyCase end(FazhiUser user, long id, LocalDate on, boolean transfer, String to, String reason) {
		requireDecider(user);
		var c = get(user, id);
		requireState(c, State.REGISTERED, State.FILED, State.NOTIFIED, State.SUSPENDED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getRegisteredOn());
		String text = text("reason", reason, 500, true);
		String receiver = transfer ? text("transferredTo", to, 200, true) : null;
		// the same gate the page offers the step by
		pass(CaseStep.END, user, c, day);
		// a suspended case's paused 90 days are resumed and completed by completeOpen
		completeOpen(user, c, StatutoryRule.PENALTY_DECISION, day);
		completeOpen(user, c, StatutoryRule.HEARING_REQUEST, day);
		completeOpen(user, c, StatutoryRule.STATEMENT_DEFENCE, day);
		c.ended(transfer ? State.TRANSFERRED : State.TERMINATED, day, text, receiver);
		log(user, c, day, transfer ? "TRANSFERRED" : "TERMINATED", transfer ? "caseLog.TRANSFERRED" : "caseLog.TERMINATED",
				transfer ? receiver : text, text);
		audit(c, transfer ? "transferred to " + receiver : "terminated");
		return c;
	}

	/** One item of the case file (卷宗) checked before closing. */
	public record FileItem(String code, boolean present) {

		public String messageKey() {
			return "caseFile." + code;
		}
	}

	/** The completeness check of the case file: what the procedure the case took requires, and whether it is there. */
	public List<FileItem> fileCheck(PenaltyCase c, List<CaseDocument> documents) {
		return gates.fileCheck(c, documents);
	}

	/** 结案: only with a complete case file. */
	public PenaltyCase close(FazhiUser user, long id, LocalDate on, List<CaseDocument> documents) {
		requireOfficer(user);
		var c = get(user, id);
		requireState(c, State.SERVED, State.EXECUTED, State.COURT_APPLIED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getServedOn());
		long missing = fileCheck(c, documents).stream().filter(i -> !i.present()).count();
		if (missing > 0) {
			throw new RuleViolation(null, "case.close.incomplete", missing);
		}
		// the same gate the page offers the step by
		pass(CaseStep.CLOSE, user, c, day);
		c.closed(day);
		log(user, c, day, "CLOSED", "caseLog.CLOSED");
		audit(c, "closed");
		return c;
	}


	// ---------------------------------------------------------------- the gates of the steps

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

	private Gate role(CaseStep step, FazhiUser user, PenaltyCase c) {
		return gates.role(step, user, c);
	}

	private static boolean isOfficer(FazhiUser user) {
		return CaseGates.isOfficer(user);
	}

	/** Takes the step's gate on {@code day}: refuses as the page says it would. */
	private void pass(CaseStep step, FazhiUser user, PenaltyCase c, LocalDate day) {
		gate(step, user, c, day).enforce();
	}

	// ---------------------------------------------------------------- helpers

	private static long notifiedFine(PenaltyCase c) {
		return c.getProposedFine() == null ? 0 : c.getProposedFine();
	}

	void event(FazhiUser user, PenaltyCase c, LocalDate on, String kind, String detail) {
		events.save(new CaseEvent(c.getId(), on, user.accountId(), user.fullName(), kind, detail));
	}

	/**
	 * A step in the case log, kept as a sentence of the message bundles and its arguments (see {@link CaseLog}), so
	 * each reader reads it in their language: an argument starting with # is itself a message key (a label).
	 */
	public void log(FazhiUser user, PenaltyCase c, LocalDate on, String kind, String key, Object... arguments) {
		event(user, c, on, kind, CaseLog.encode(key, arguments));
	}

	private void audit(PenaltyCase c, String detail) {
		trail.record(AuditAction.STATE_CHANGE, CASE, c.getId(), AuditOutcome.SUCCESS, detail);
	}

	private DeadlineView track(FazhiUser user, PenaltyCase c, StatutoryRule rule, LocalDate trigger) {
		return deadlines.register(new RegisterDeadline(c.getTenantId(), officerDepartment(user, c), c.getCommunityId(),
				CASE, String.valueOf(c.getId()), title(c), rule, trigger, c.getOfficer1Id(), user.accountId()));
	}

	private Long officerDepartment(FazhiUser user, PenaltyCase c) {
		return directory.staffMember(user.tenantId(), c.getOfficer1Id()).orElseThrow().departmentId();
	}

	private static String title(PenaltyCase c) {
		return (c.getCaseNo() == null ? "" : c.getCaseNo() + " ") + c.getPartyName();
	}

	private DeadlineView openDeadline(PenaltyCase c, StatutoryRule rule) {
		return deadlines.ofRecord(c.getTenantId(), CASE, String.valueOf(c.getId())).stream()
			.filter(d -> d.rule() == rule && d.open()).findFirst().orElse(null);
	}

	private DeadlineView completeOpen(FazhiUser user, PenaltyCase c, StatutoryRule rule, LocalDate on) {
		var open = openDeadline(c, rule);
		if (open == null) {
			return null;
		}
		if (open.status() == DeadlineStatus.PAUSED) {
			deadlines.resumeForRecord(user, open.id(), on);
		}
		return deadlines.completeForRecord(user, open.id(), on);
	}

	/** 行政处罚法 第四十四条、第四十五条第二款: nothing heavier than the notice, and never heavier after a defence. */
	private static void checkNotHeavier(PenaltyCase c, PenaltyKind kind, Long fine) {
		boolean heavier = kind.ordinal() > c.getProposedKind().ordinal() || (fine != null
				&& c.getProposedFine() != null && fine > c.getProposedFine())
				|| (fine != null && c.getProposedKind() != PenaltyKind.FINE);
		if (heavier) {
			if (c.getDefenceOn() != null) {
				// 行政处罚法 第四十五条第二款: a statement or defence never leads to a heavier penalty
				throw EnforcementRule.NOT_HEAVIER_AFTER_DEFENCE.refusal("fine", notifiedFine(c));
			}
			// 行政处罚法 第四十四条: a penalty heavier than the one notified needs a new notice
			throw EnforcementRule.NOT_HEAVIER_THAN_NOTICE.refusal("fine", notifiedFine(c));
		}
	}

	/** The fine must lie inside the matter's statutory range and the chosen discretion level (第三十四条). */
	private void checkPenalty(PenaltyCase c, EnforcementMatter matter, PenaltyKind kind, Long fine,
			DiscretionLevel level) {
		if (kind != PenaltyKind.FINE) {
			return;
		}
		if (fine == null || fine < 1) {
			throw new RuleViolation("fine", "case.fine.required");
		}
		Long min = c.isPerson() ? matter.getPersonFineMin() : matter.getOrgFineMin();
		Long max = c.isPerson() ? matter.getPersonFineMax() : matter.getOrgFineMax();
		if (max == null) {
			throw new RuleViolation("fine", "case.fine.notProvided", matter.getCitation());
		}
		if (fine < (min == null ? 0 : min) || fine > max) {
			throw EnforcementRule.FINE_IN_RANGE.refusal("fine", fine, min == null ? 0 : min, max,
					matter.getCitation());
		}
		if (level != null) {
			var standard = matter.getDiscretion().stream().filter(d -> d.getLevel() == level).findFirst().orElse(null);
			if (standard != null && ((standard.getFineMin() != null && fine < standard.getFineMin())
					|| (standard.getFineMax() != null && fine > standard.getFineMax()))) {
				throw EnforcementRule.FINE_IN_LEVEL.refusal("fine", fine, standard.getFineMin(),
						standard.getFineMax());
			}
		}
	}

	private EnforcementMatter matter(FazhiUser user, Long id) {
		var matter = matters.findById(required("matterId", id)).filter(m -> m.getTenantId() == user.tenantId())
			.orElseThrow(() -> new RuleViolation("matterId", "case.matter.unknown"));
		if (!matter.isActive()) {
			throw new RuleViolation("matterId", "case.matter.unknown");
		}
		return matter;
	}

	/** 行政处罚法 第四十二条、第五十五条: two enforcement officers with certificates. */
	private List<OrganisationDirectory.StaffMember> twoOfficers(FazhiUser user, Long first, Long second) {
		if (first == null || second == null || first.equals(second)) {
			throw EnforcementRule.TWO_OFFICERS.refusal("officer2Id");
		}
		var officers = directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() == Role.ENFORCEMENT_OFFICER).toList();
		var one = officers.stream().filter(s -> s.accountId() == first).findFirst();
		var two = officers.stream().filter(s -> s.accountId() == second).findFirst();
		if (one.isEmpty() || two.isEmpty()) {
			throw EnforcementRule.TWO_OFFICERS.refusal("officer2Id");
		}
		return List.of(one.get(), two.get());
	}

	private static void requireOfficer(FazhiUser user) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			throw new AccessDeniedException("enforcement officers only");
		}
	}

	private static void requireDecider(FazhiUser user) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.LEADER)) {
			throw new AccessDeniedException("enforcement officers and leaders only");
		}
	}

	private static void requireState(PenaltyCase c, State... allowed) {
		for (State state : allowed) {
			if (c.getState() == state) {
				return;
			}
		}
		throw new RuleViolation(null, "case.state.wrong");
	}

	private LocalDate notFuture(String field, LocalDate on) {
		LocalDate day = required(field, on);
		if (day.isAfter(deadlines.today())) {
			throw new RuleViolation(field, "case.date.future");
		}
		return day;
	}

	private static LocalDate notBefore(String field, LocalDate day, LocalDate earliest) {
		if (earliest != null && day.isBefore(earliest)) {
			throw new RuleViolation(field, "case.date.beforeStep", earliest);
		}
		return day;
	}

	private static String text(String field, String value, int max, boolean required) {
		String text = Input.trim(value);
		if (text == null) {
			if (required) {
				throw new RuleViolation(field, "field.required");
			}
			return null;
		}
		if (text.length() > max) {
			throw new RuleViolation(field, "field.tooLong");
		}
		return text;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new RuleViolation(field, "field.required");
		}
		return value;
	}
}
