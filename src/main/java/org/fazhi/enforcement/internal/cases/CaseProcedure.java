package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.List;
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
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.internal.inspections.InspectionRecords;
import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.files.Attachments;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of the penalty procedure shares: the records and services it works with, reading a case within
 * the user's scope, taking a step's gate (see {@link CaseGates}), the case log, the audit entry and the deadlines of
 * the case, and the checks of the input. Each step class ({@link CaseFiling}, {@link CaseNotice},
 * {@link CaseDecisions}, {@link CaseExecution}, {@link CasePublishing}, {@link CaseClosing}) extends it, so a
 * step reads as the short sequence the law prescribes.
 */
abstract class CaseProcedure {

	/** The collaborators of the procedure, injected once and shared by its step classes. */
	@Component
	record Parts(CaseRecords cases, CaseEvents events, CaseEvidenceRecords evidence, CasePayments payments,
			EnforcementMatters matters, EntityRegister register, HazardRecords hazards, OrganisationDirectory directory,
			Deadlines deadlines, StatutoryCalendar calendar, EnforcementNumbers numbers, Attachments attachments,
			AuditTrail trail, org.springframework.context.MessageSource messages,
			InspectionRecords inspections,
			org.springframework.context.ApplicationEventPublisher publisher, CaseGates gates) {
	}

	final CaseRecords cases;
	final CaseEvents events;
	final CaseEvidenceRecords evidence;
	final CasePayments payments;
	final EnforcementMatters matters;
	final EntityRegister register;
	final HazardRecords hazards;
	final OrganisationDirectory directory;
	final Deadlines deadlines;
	final StatutoryCalendar calendar;
	final EnforcementNumbers numbers;
	final Attachments attachments;
	final AuditTrail trail;
	final org.springframework.context.MessageSource messages;
	final InspectionRecords inspections;
	final org.springframework.context.ApplicationEventPublisher publisher;
	final CaseGates gates;

	CaseProcedure(Parts parts) {
		this.cases = parts.cases();
		this.events = parts.events();
		this.evidence = parts.evidence();
		this.payments = parts.payments();
		this.matters = parts.matters();
		this.register = parts.register();
		this.hazards = parts.hazards();
		this.directory = parts.directory();
		this.deadlines = parts.deadlines();
		this.calendar = parts.calendar();
		this.numbers = parts.numbers();
		this.attachments = parts.attachments();
		this.trail = parts.trail();
		this.messages = parts.messages();
		this.inspections = parts.inspections();
		this.publisher = parts.publisher();
		this.gates = parts.gates();
	}

	public LocalDate today() {
		return deadlines.today();
	}


	/** Roles that read penalty cases at all (the role rule of {@link Role#reads}). */
	static boolean readsCases(FazhiUser user) {
		return DataScopes.reads(user, EnforcementRecords.CASE.family());
	}

	@Transactional(readOnly = true)
	public PenaltyCase get(FazhiUser user, long id) {
		return cases.findOne(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE, id))
			.orElseThrow(() -> new NotFound("case", id));
	}

	/** The cases decided in a period that the user reads, by decision day (at most {@code most}). */
	@Transactional(readOnly = true)
	public java.util.List<PenaltyCase> decidedIn(FazhiUser user, LocalDate from, LocalDate to, int most) {
		org.springframework.data.jpa.domain.Specification<PenaltyCase> decided = (root, query, cb) -> cb.and(
				cb.greaterThanOrEqualTo(root.get("decidedOn"), from), cb.lessThan(root.get("decidedOn"), to),
				cb.isNull(root.get("revokedOn")));
		return cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(decided),
				org.springframework.data.domain.PageRequest.of(0, most,
						org.springframework.data.domain.Sort.by("decidedOn", "id"))).getContent();
	}

	/** The case with this case number or decision number in the user's tenant, when the user reads it. */
	@Transactional(readOnly = true)
	public java.util.Optional<PenaltyCase> byNumber(FazhiUser user, String number) {
		org.springframework.data.jpa.domain.Specification<PenaltyCase> numbered = (root, query, cb) -> cb.or(
				cb.equal(root.get("caseNo"), number), cb.equal(root.get("decisionNo"), number));
		return cases.findAll(DataScopes.<PenaltyCase>readable(user, EnforcementRecords.CASE).and(numbered)).stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public EnforcementMatter matterOf(PenaltyCase c) {
		return matters.findById(c.getMatterId()).orElseThrow();
	}

	/**
	 * The case, when the step is the user's: the first question of the step's gate ({@link CaseGates#role}), asked
	 * before anything the step was sent is read; where the case stands and the rules of law follow, and {@link #pass}
	 * asks all of them again once the step's day is known, as the page offers the step.
	 */
	PenaltyCase whoseStep(CaseStep step, FazhiUser user, long id) {
		var c = get(user, id);
		gates.role(step, user, c).enforce();
		return c;
	}

	/** Takes the step's gate on {@code day}: refuses as the page says it would. */
	void pass(CaseStep step, FazhiUser user, PenaltyCase c, LocalDate day) {
		gates.gate(step, user, c, day).enforce();
	}

	static long notifiedFine(PenaltyCase c) {
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

	void audit(PenaltyCase c, String detail) {
		trail.record(AuditAction.STATE_CHANGE, CaseWork.CASE, c.getId(), AuditOutcome.SUCCESS, detail);
	}

	DeadlineView track(FazhiUser user, PenaltyCase c, StatutoryRule rule, LocalDate trigger) {
		return deadlines.register(new RegisterDeadline(c.getTenantId(), officerDepartment(user, c), c.getCommunityId(),
				CaseWork.CASE, String.valueOf(c.getId()), title(c), rule, trigger, c.getOfficer1Id(), user.accountId()));
	}

	Long officerDepartment(FazhiUser user, PenaltyCase c) {
		return directory.staffMember(user.tenantId(), c.getOfficer1Id()).orElseThrow().departmentId();
	}

	static String title(PenaltyCase c) {
		return (c.getCaseNo() == null ? "" : c.getCaseNo() + " ") + c.getPartyName();
	}

	DeadlineView openDeadline(PenaltyCase c, StatutoryRule rule) {
		return deadlines.ofRecord(c.getTenantId(), CaseWork.CASE, String.valueOf(c.getId())).stream()
			.filter(d -> d.rule() == rule && d.open()).findFirst().orElse(null);
	}

	DeadlineView completeOpen(FazhiUser user, PenaltyCase c, StatutoryRule rule, LocalDate on) {
		var open = openDeadline(c, rule);
		if (open == null) {
			return null;
		}
		if (open.status() == DeadlineStatus.PAUSED) {
			deadlines.resumeForRecord(user, open.id(), on);
		}
		return deadlines.completeForRecord(user, open.id(), on);
	}

	/** The fine must lie inside the matter's statutory range and the chosen discretion level (第三十四条). */
	void checkPenalty(PenaltyCase c, EnforcementMatter matter, PenaltyKind kind, Long fine,
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

	EnforcementMatter matter(FazhiUser user, Long id) {
		var matter = matters.findById(required("matterId", id)).filter(m -> m.getTenantId() == user.tenantId())
			.orElseThrow(() -> new RuleViolation("matterId", "case.matter.unknown"));
		if (!matter.isActive()) {
			throw new RuleViolation("matterId", "case.matter.unknown");
		}
		return matter;
	}

	/** 行政处罚法 第四十二条、第五十五条: two enforcement officers with certificates. */
	List<OrganisationDirectory.StaffMember> twoOfficers(FazhiUser user, Long first, Long second) {
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

	static void requireOfficer(FazhiUser user) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			throw new AccessDeniedException("enforcement officers only");
		}
	}

	static void requireDecider(FazhiUser user) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.LEADER)) {
			throw new AccessDeniedException("enforcement officers and leaders only");
		}
	}

	static void requireState(PenaltyCase c, State... allowed) {
		for (State state : allowed) {
			if (c.getState() == state) {
				return;
			}
		}
		throw new RuleViolation(null, "case.state.wrong");
	}

	LocalDate notFuture(String field, LocalDate on) {
		LocalDate day = required(field, on);
		if (day.isAfter(deadlines.today())) {
			throw new RuleViolation(field, "case.date.future");
		}
		return day;
	}

	static LocalDate notBefore(String field, LocalDate day, LocalDate earliest) {
		if (earliest != null && day.isBefore(earliest)) {
			throw new RuleViolation(field, "case.date.beforeStep", earliest);
		}
		return day;
	}

	static String text(String field, String value, int max, boolean required) {
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

	static <T> T required(String field, T value) {
		if (value == null) {
			throw new RuleViolation(field, "field.required");
		}
		return value;
	}
}
