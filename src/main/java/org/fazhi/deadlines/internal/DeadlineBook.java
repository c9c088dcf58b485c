package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.PeriodArithmetic;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The stored deadlines: registration with its checks, the changes, and reads confined to the caller's tenant and data
 * scope. Transactions are the caller's ({@link org.fazhi.deadlines.Deadlines}).
 */
@Component
public class DeadlineBook {

	private final DeadlineRecords deadlines;
	private final DeadlineReminders reminders;
	private final OrganisationDirectory directory;

	DeadlineBook(DeadlineRecords deadlines, DeadlineReminders reminders, OrganisationDirectory directory) {
		this.deadlines = deadlines;
		this.reminders = reminders;
		this.directory = directory;
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
		Integer length = request.rule().setByOrder() ? request.length() : null;
		var responsible = directory.staffMember(request.tenantId(), request.responsibleAccountId())
			.orElseThrow(() -> new RuleViolation("responsibleAccountId", "deadline.responsible.unknown"));
		return deadlines.save(new Deadline(request.tenantId(), request.departmentId(), request.communityId(),
				request.recordType(), request.recordId(), request.title().strip(), request.rule(),
				request.triggerDate(), responsible.accountId(), responsible.fullName(), request.registeredBy(), length,
				periods));
	}

	public Deadline pause(FazhiUser user, long id, LocalDate from, String reason) {
		var deadline = get(user, id);
		deadline.pause(required("from", from), requiredText("reason", reason), user.accountId());
		return deadline;
	}

	public Deadline resume(FazhiUser user, long id, LocalDate on, PeriodArithmetic periods) {
		var deadline = get(user, id);
		deadline.resume(required("on", on), periods);
		return deadline;
	}

	public Deadline extend(FazhiUser user, long id, int length, String approvedBy, String reason,
			LocalDate approvedOn, PeriodArithmetic periods) {
		var deadline = get(user, id);
		deadline.extend(length, requiredText("approvedBy", approvedBy), requiredText("reason", reason),
				required("approvedOn", approvedOn), user.accountId(), periods);
		return deadline;
	}

	public Deadline complete(FazhiUser user, long id, LocalDate on) {
		var deadline = get(user, id);
		deadline.complete(required("on", on));
		return deadline;
	}

	public List<String> lateRecords(FazhiUser user, String recordType, java.time.LocalDate today,
			boolean completedLate) {
		return deadlines.findLateRecords(recordType, today, completedLate, user.tenantId(), user.scope().name(),
				user.departmentId(), user.communityId(), user.accountId());
	}

	public List<Deadline> inScope(FazhiUser user) {
		return deadlines.findInScope(user.tenantId(), user.scope().name(), user.departmentId(), user.communityId(),
				user.accountId());
	}

	public List<Deadline> inScope(FazhiUser user, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return deadlines.findInScope(ids, user.tenantId(), user.scope().name(), user.departmentId(),
				user.communityId(), user.accountId());
	}

	public List<Deadline> openFor(FazhiUser user) {
		return deadlines.findByTenantIdAndResponsibleAccountIdAndStateNotOrderByDueDate(user.tenantId(),
				user.accountId(), Deadline.State.COMPLETED);
	}

	public Deadline get(FazhiUser user, long id) {
		return deadlines.findInScope(id, user.tenantId(), user.scope().name(), user.departmentId(),
				user.communityId(), user.accountId()).orElseThrow(() -> new NotFound("deadline", id));
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
