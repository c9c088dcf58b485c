package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.function.Function;

import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.PeriodArithmetic;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Keyset;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The stored deadlines: registration with its checks, the changes, and reads confined to the caller's tenant and data
 * scope. Transactions are the caller's ({@link org.fazhi.deadlines.Deadlines}).
 */
@Component
public class DeadlineBook {

	/** Deadlines registered by hand, not as part of another record. */
	public static final String MANUAL = "MANUAL";

	/** A deadline kept on its own: owned like any record, by its tenant, department, community and people. */
	public static final RecordOwnership OWNERSHIP = new RecordOwnership(Deadlines.RECORD_TYPE, Deadline.class,
			RecordFamily.DEADLINES, "tenantId", "departmentId", "communityId", "createdBy",
			List.of("responsibleAccountId"));

	private final DeadlineRecords deadlines;
	private final DeadlineReminders reminders;
	private final OrganisationDirectory directory;
	private final Map<String, OwnedRecords> owners;
	private final EntityManager entityManager;

	DeadlineBook(DeadlineRecords deadlines, DeadlineReminders reminders, OrganisationDirectory directory,
			List<OwnedRecords> owners, EntityManager entityManager) {
		this.deadlines = deadlines;
		this.reminders = reminders;
		this.directory = directory;
		this.owners = owners.stream().collect(Collectors.toMap(o -> o.ownership().recordType(), o -> o, (a, b) -> a));
		this.entityManager = entityManager;
	}

	/**
	 * The deadlines the user may read: a deadline of a record follows the rule of the record's family (a role that
	 * does not read penalty cases reads none of their deadlines; an outside lawyer only those assigned to them), and
	 * every deadline the data scope of its own tenant, department, community and people.
	 */
	Specification<Deadline> readable(FazhiUser user) {
		return (root, query, cb) -> {
			List<Predicate> either = new ArrayList<>();
			Predicate byOwner = cb.disjunction();
			for (OwnedRecords owner : owners.values()) {
				// shaped like the record's own ownership: a record kind without a department reads its deadlines
				// without one too; and the record itself read by the record's rule, in the same statement
				var kind = owner.ownership();
				var asRecord = new RecordOwnership(OWNERSHIP.recordType(), Deadline.class, kind.family(),
						OWNERSHIP.tenant(), kind.department() == null ? null : OWNERSHIP.department(),
						kind.community() == null ? null : OWNERSHIP.community(), OWNERSHIP.creator(),
						OWNERSHIP.assignees());
				either.add(cb.and(cb.equal(root.get("recordType"), owner.ownership().recordType()),
						DataScopes.<Deadline>readable(user, asRecord).toPredicate(root, query, cb),
						owner.readableRecord(user, root.get("recordId"), query, cb)));
			}
			if (!owners.isEmpty()) {
				byOwner = root.get("recordType").in(owners.keySet());
			}
			either.add(cb.and(cb.not(byOwner), DataScopes.<Deadline>readable(user, OWNERSHIP).toPredicate(root, query, cb)));
			return cb.or(either.toArray(Predicate[]::new));
		};
	}

	/** Whether the staff member can answer for a deadline: reads deadlines at all (not the platform operator). */
	static boolean mayAnswerFor(OrganisationDirectory.StaffMember staff) {
		return staff.role().reads(RecordFamily.DEADLINES) != org.fazhi.organisation.ReadAccess.NONE;
	}

	/** Whether the deadline belongs to another record, whose own steps alone change it. */
	boolean ownedByRecord(Deadline deadline) {
		return owners.containsKey(deadline.getRecordType());
	}

	private Deadline changeableByHand(FazhiUser user, long id) {
		var deadline = get(user, id);
		if (ownedByRecord(deadline)) {
			throw new RuleViolation(null, "deadline.ownedByRecord");
		}
		return deadline;
	}

	/** A deadline of a record, for the module that owns the record (which has checked the record itself). */
	public Deadline ofOwnRecord(FazhiUser user, long id) {
		return deadlines.findById(id).filter(d -> d.getTenantId() == user.tenantId())
			.orElseThrow(() -> new NotFound("deadline", id));
	}

	public Deadline register(RegisterDeadline request, PeriodArithmetic periods) {
		if (request.rule() == null) {
			throw new RuleViolation("rule", "deadline.rule.required");
		}
		if (request.triggerDate() == null) {
			throw new RuleViolation("triggerDate", "deadline.trigger.required");
		}
		if (request.title() == null || request.title().isBlank()) {
			throw new RuleViolation("title", "deadline.title.required");
		}
		if (request.title().strip().length() > 200) {
			throw new RuleViolation("title", "field.tooLong");
		}
		if (request.rule().setByOrder() && (request.length() == null || request.length() < 1
				|| request.length() > request.rule().unit().maximumLength())) {
			throw new RuleViolation("length", "deadline.length.byOrder", request.rule().citation());
		}
		if (request.rule().locallySet() && request.length() != null
				&& (request.length() < 1 || request.length() > request.rule().unit().maximumLength())) {
			throw new RuleViolation("length", "deadline.length.byOrder", request.rule().citation());
		}
		if (owners.containsKey(request.recordType())
				&& (request.recordId() == null || !request.recordId().matches("\\d{1,18}"))) {
			throw new IllegalArgumentException("a deadline of a " + request.recordType() + " names it by its number");
		}
		Integer length = request.rule().setByOrder() || request.rule().locallySet() ? request.length() : null;
		var responsible = directory.staffMember(request.tenantId(), request.responsibleAccountId())
			.filter(DeadlineBook::mayAnswerFor)
			.orElseThrow(() -> new RuleViolation("responsibleAccountId", "deadline.responsible.unknown"));
		return deadlines.save(new Deadline(request.tenantId(), request.departmentId(), request.communityId(),
				request.recordType(), request.recordId(), request.title().strip(), request.rule(),
				request.triggerDate(), responsible.accountId(), responsible.fullName(), request.registeredBy(), length,
				periods));
	}

	public Deadline pause(FazhiUser user, long id, LocalDate from, String reason, boolean byRecord) {
		var deadline = byRecord ? ofOwnRecord(user, id) : changeableByHand(user, id);
		deadline.pause(required("from", from), requiredText("reason", reason), user.accountId());
		return deadline;
	}

	public Deadline resume(FazhiUser user, long id, LocalDate on, PeriodArithmetic periods, boolean byRecord) {
		var deadline = byRecord ? ofOwnRecord(user, id) : changeableByHand(user, id);
		deadline.resume(required("on", on), periods);
		return deadline;
	}

	public Deadline extend(FazhiUser user, long id, int length, String approvedBy, String reason,
			LocalDate approvedOn, PeriodArithmetic periods, boolean byRecord) {
		var deadline = byRecord ? ofOwnRecord(user, id) : changeableByHand(user, id);
		deadline.extend(length, requiredText("approvedBy", approvedBy), requiredText("reason", reason),
				required("approvedOn", approvedOn), user.accountId(), periods);
		return deadline;
	}

	public Deadline complete(FazhiUser user, long id, LocalDate on, boolean byRecord) {
		var deadline = byRecord ? ofOwnRecord(user, id) : changeableByHand(user, id);
		deadline.complete(required("on", on));
		return deadline;
	}

	public List<String> lateRecords(FazhiUser user, String recordType, java.time.LocalDate today,
			boolean completedLate) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(String.class);
		var root = query.from(Deadline.class);
		Predicate late = cb.and(cb.equal(root.get("state"), Deadline.State.OPEN), cb.lessThan(root.get("dueDate"), today));
		if (completedLate) {
			late = cb.or(late, cb.isFalse(root.get("completedOnTime")));
		}
		query.select(root.get("recordId")).distinct(true)
			.where(cb.equal(root.get("recordType"), recordType), late, readable(user).toPredicate(root, query, cb));
		return entityManager.createQuery(query).getResultList();
	}

	/**
	 * A page of the deadline list, read, counted (up to {@link CappedPage#CAP} unless {@code exact}) and paged by the
	 * database: the running deadlines (open ones by due day, then the paused ones), or those of {@code only}, or with
	 * {@code completed} the completed ones, the latest first.
	 */
	public CappedPage<Deadline> page(FazhiUser user, Specification<Deadline> only, boolean completed,
			Pageable pageable, boolean exact) {
		return CappedPage.read(deadlines, entityManager, Deadline.class, listed(user, only, completed),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), completed
						? Sort.by(Sort.Order.desc("completedOn"), Sort.Order.desc("id"))
						// OPEN sorts before PAUSED: the open ones, overdue first, then those paused
						: Sort.by("state", "dueDate", "id")), exact);
	}

	/**
	 * The deadlines that stand at {@code status} on {@code today}, as the database reads it: overdue once the due day
	 * has passed, due soon from today up to the day before {@code dueSoonEnds} (the first day with more working days
	 * left than the due-soon margin), on time from then on; paused and completed by their state.
	 */
	public static Specification<Deadline> standing(DeadlineStatus status, LocalDate today, LocalDate dueSoonEnds) {
		return (root, query, cb) -> {
			var open = cb.equal(root.get("state"), Deadline.State.OPEN);
			jakarta.persistence.criteria.Path<LocalDate> due = root.get("dueDate");
			return switch (status) {
				case OVERDUE -> cb.and(open, cb.lessThan(due, today));
				case DUE_SOON -> cb.and(open, cb.greaterThanOrEqualTo(due, today), cb.lessThan(due, dueSoonEnds));
				case ON_TIME -> cb.and(open, cb.greaterThanOrEqualTo(due, dueSoonEnds));
				case PAUSED -> cb.equal(root.get("state"), Deadline.State.PAUSED);
				case COMPLETED -> cb.equal(root.get("state"), Deadline.State.COMPLETED);
			};
		};
	}

	/**
	 * How many of the user's running deadlines the selection holds, counted by the database up to {@code limit}
	 * (the chart of the list counts each status as far as the list's own total is counted).
	 */
	public long count(FazhiUser user, Specification<Deadline> only, int limit) {
		return CappedPage.countUpTo(entityManager, Deadline.class, listed(user, only, false), limit);
	}

	private Specification<Deadline> listed(FazhiUser user, Specification<Deadline> only, boolean completed) {
		// the states are stored by name, COMPLETED < OPEN < PAUSED: the running ones are one range of the list's index
		Specification<Deadline> state = (root, query, cb) -> completed
				? cb.equal(root.get("state"), Deadline.State.COMPLETED)
				: cb.greaterThan(root.get("state"), Deadline.State.COMPLETED);
		var listed = readable(user).and(state);
		return only == null ? listed : listed.and(only);
	}

	/**
	 * Hands each deadline the user may read to {@code each}, a batch at a time in id order: the export, of every
	 * deadline, or with {@code standing} of the running ones that stand so, or with {@code completed} the completed.
	 */
	public long forEach(FazhiUser user, Specification<Deadline> standing, boolean completed,
			java.util.function.Consumer<Deadline> each) {
		var selected = standing == null && !completed ? readable(user) : listed(user, standing, completed);
		return Keyset.forEach(deadlines, entityManager, selected, Deadline::getId, each);
	}

	public List<Deadline> inScope(FazhiUser user, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return deadlines.findAll(readable(user).and((root, query, cb) -> root.get("id").in(ids)),
				Sort.by("dueDate", "id"));
	}

	public List<Deadline> openFor(FazhiUser user) {
		return deadlines.findAll(readable(user).and((root, query, cb) -> cb.and(
				cb.equal(root.get("responsibleAccountId"), user.accountId()),
				cb.notEqual(root.get("state"), Deadline.State.COMPLETED))), Sort.by("dueDate", "id"));
	}

	/** A deadline the user may read: within its data scope and, for a record's deadline, readable with the record. */
	public Deadline get(FazhiUser user, long id) {
		return deadlines.findOne(readable(user).and((root, query, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("deadline", id));
	}

	public List<Deadline> ofRecord(long tenantId, String recordType, String recordId) {
		return deadlines.findByTenantIdAndRecordTypeAndRecordIdOrderByDueDate(tenantId, recordType, recordId);
	}

	public List<DeadlineReminder> unreadReminders(FazhiUser user) {
		return reminders.findByTenantIdAndAccountIdAndReadAtIsNullOrderByRaisedOnDesc(user.tenantId(),
				user.accountId());
	}

	public void markReminderRead(FazhiUser user, long reminderId) {
		var reminder = reminders.findById(reminderId)
			.filter(r -> r.getAccountId() == user.accountId())
			.orElseThrow(() -> new NotFound("reminder", reminderId));
		reminder.markRead();
	}

	/** Raises each due-soon and overdue reminder once; {@code status} says where a deadline stands on that day. */
	public int raiseReminders(LocalDate today, LocalDate horizon, Function<Deadline, DeadlineStatus> status) {
		int raised = 0;
		for (Deadline deadline : deadlines.findByStateAndDueDateLessThanEqual(Deadline.State.OPEN, horizon)) {
			DeadlineReminder.Kind kind = switch (status.apply(deadline)) {
				case OVERDUE -> DeadlineReminder.Kind.OVERDUE;
				case DUE_SOON -> DeadlineReminder.Kind.DUE_SOON;
				default -> null;
			};
			if (kind != null && !reminders.existsByDeadlineIdAndKind(deadline.getId(), kind)) {
				reminders.save(new DeadlineReminder(deadline, kind, today));
				raised++;
			}
		}
		return raised;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new RuleViolation(field, "field.required");
		}
		return value;
	}

	private static String requiredText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "field.required");
		}
		if (value.strip().length() > 200) {
			throw new RuleViolation(field, "field.tooLong");
		}
		return value.strip();
	}
}
