package org.fazhi.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.internal.CalendarStore;
import org.fazhi.deadlines.internal.DeadlineBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.CappedPage;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking of statutory deadlines for any module's records. A module registers a deadline when the event that sets a
 * period running happens (a case is filed, an application copy arrives); Fazhi keeps its due day right through pauses
 * and extensions and tells the responsible person before it runs out. Everything a caller reads is confined to their
 * tenant and data scope.
 */
@Service
@Transactional
public class Deadlines {

	/** The audit trail's name for deadline records. */
	public static final String RECORD_TYPE = "DEADLINE";

	private final DeadlineBook book;
	private final CalendarStore calendars;
	private final Clock clock;
	private final int dueSoonWorkingDays;
	private final AuditTrail trail;

	Deadlines(DeadlineBook book, CalendarStore calendars, Clock clock,
			@Value("${fazhi.deadlines.due-soon-working-days:3}") int dueSoonWorkingDays, AuditTrail trail) {
		this.trail = trail;
		this.book = book;
		this.calendars = calendars;
		this.clock = clock;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public DeadlineView register(RegisterDeadline request) {
		var view = view(book.register(request, periods()));
		audit(AuditAction.CREATE, view, view.rule().code() + " from " + view.triggerDate() + " due " + view.due());
		return view;
	}

	/**
	 * Pauses a deadline registered by hand. A deadline of another record (a case, a hazard) is changed only by that
	 * record's own steps ({@link #pauseForRecord} and the like), never by hand.
	 */
	public DeadlineView pause(FazhiUser user, long id, LocalDate from, String reason) {
		return paused(book.pause(user, id, from, reason, false), from, reason);
	}

	/** Pauses a deadline of one of the calling module's records, as a step of that record. */
	public DeadlineView pauseForRecord(FazhiUser user, long id, LocalDate from, String reason) {
		return paused(book.pause(user, id, from, reason, true), from, reason);
	}

	private DeadlineView paused(org.fazhi.deadlines.internal.Deadline deadline, LocalDate from, String reason) {
		var view = view(deadline);
		audit(AuditAction.STATE_CHANGE, view, "paused from " + from + ": " + reason);
		return view;
	}

	public DeadlineView resume(FazhiUser user, long id, LocalDate on) {
		return resumed(book.resume(user, id, on, periods(), false), on);
	}

	public DeadlineView resumeForRecord(FazhiUser user, long id, LocalDate on) {
		return resumed(book.resume(user, id, on, periods(), true), on);
	}

	private DeadlineView resumed(org.fazhi.deadlines.internal.Deadline deadline, LocalDate on) {
		var view = view(deadline);
		audit(AuditAction.STATE_CHANGE, view, "resumed on " + on + ", due " + view.due());
		return view;
	}

	public DeadlineView extend(FazhiUser user, long id, int length, String approvedBy, String reason,
			LocalDate approvedOn) {
		return extended(book.extend(user, id, length, approvedBy, reason, approvedOn, periods(), false), length,
				approvedBy);
	}

	public DeadlineView extendForRecord(FazhiUser user, long id, int length, String approvedBy, String reason,
			LocalDate approvedOn) {
		return extended(book.extend(user, id, length, approvedBy, reason, approvedOn, periods(), true), length,
				approvedBy);
	}

	private DeadlineView extended(org.fazhi.deadlines.internal.Deadline deadline, int length, String approvedBy) {
		var view = view(deadline);
		audit(AuditAction.UPDATE, view, "extended by " + length + " approved by " + approvedBy + ", due " + view.due());
		return view;
	}

	public DeadlineView complete(FazhiUser user, long id, LocalDate on) {
		return completed(book.complete(user, id, on, false), on);
	}

	/** Completes a deadline of one of the calling module's records: the record's step that meets it. */
	public DeadlineView completeForRecord(FazhiUser user, long id, LocalDate on) {
		return completed(book.complete(user, id, on, true), on);
	}

	private DeadlineView completed(org.fazhi.deadlines.internal.Deadline deadline, LocalDate on) {
		var view = view(deadline);
		audit(AuditAction.STATE_CHANGE, view, "completed on " + on + (view.completedOnTime() ? ", on time" : ", late"));
		return view;
	}

	private void audit(AuditAction action, DeadlineView view, String detail) {
		trail.record(action, RECORD_TYPE, view.id(), AuditOutcome.SUCCESS, detail);
	}

	/** Every deadline the user may see, most urgent first. */
	@Transactional(readOnly = true)
	public List<DeadlineView> visibleTo(FazhiUser user) {
		var visible = new java.util.ArrayList<DeadlineView>();
		forEachVisible(user, null, visible::add);
		return byUrgency(visible);
	}

	/**
	 * A page of the deadlines page, read and paged by the database: the running ones (open by due day, the overdue
	 * first, then the paused ones), or those standing at {@code status} today; {@link DeadlineStatus#COMPLETED} the
	 * completed ones, the latest first. The total is counted up to {@link CappedPage#CAP} unless {@code exact}.
	 */
	@Transactional(readOnly = true)
	public CappedPage<DeadlineView> page(FazhiUser user, DeadlineStatus status, Pageable pageable, boolean exact) {
		var calendar = calendars.calendar();
		var today = today();
		return book.page(user, standing(status, calendar, today), status == DeadlineStatus.COMPLETED, pageable, exact)
			.mapped(d -> view(d, calendar, today));
	}

	/**
	 * How many of the user's running deadlines stand at each status today (every running status, zeros too), each
	 * counted up to one more than {@link CappedPage#CAP}: a count past the cap means "more than" it.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<DeadlineStatus, Long> runningCounts(FazhiUser user) {
		var calendar = calendars.calendar();
		var today = today();
		var ends = dueSoonEnds(calendar, today);
		var counts = new java.util.EnumMap<DeadlineStatus, Long>(DeadlineStatus.class);
		for (DeadlineStatus s : DeadlineStatus.values()) {
			if (s != DeadlineStatus.COMPLETED) {
				counts.put(s, book.count(user, DeadlineBook.standing(s, today, ends), CappedPage.CAP + 1));
			}
		}
		return counts;
	}

	/**
	 * Each deadline the user may see, or with {@code status} those of the page that lists that status, in id order,
	 * a batch at a time: the export.
	 */
	@Transactional(readOnly = true)
	public long forEachVisible(FazhiUser user, DeadlineStatus status,
			java.util.function.Consumer<DeadlineView> each) {
		var calendar = calendars.calendar();
		var today = today();
		return book.forEach(user, standing(status, calendar, today), status == DeadlineStatus.COMPLETED,
				d -> each.accept(view(d, calendar, today)));
	}

	/** The selection of the running deadlines that stand at {@code status} today; null for all or the completed. */
	private org.springframework.data.jpa.domain.Specification<org.fazhi.deadlines.internal.Deadline> standing(
			DeadlineStatus status, HolidayCalendar calendar, LocalDate today) {
		return status == null || status == DeadlineStatus.COMPLETED ? null
				: DeadlineBook.standing(status, today, dueSoonEnds(calendar, today));
	}

	/** The first day past the due-soon margin: a due day before it has at most that many working days left. */
	private LocalDate dueSoonEnds(HolidayCalendar calendar, LocalDate today) {
		int working = 0;
		LocalDate date = today;
		while (working <= dueSoonWorkingDays && date.isBefore(today.plusYears(1))) {
			date = date.plusDays(1);
			if (calendar.isWorkingDay(date)) {
				working++;
			}
		}
		return date;
	}

	/** Those of the given deadlines the user may see: for a page that lists records carrying deadlines. */
	@Transactional(readOnly = true)
	public List<DeadlineView> visibleTo(FazhiUser user, java.util.Collection<Long> ids) {
		return views(book.inScope(user, ids));
	}

	/**
	 * The records of one type, within the user's scope, that have a deadline overdue today, or also, with
	 * {@code completedLate}, one whose step was done after its day: for a module's overdue filter, read by the
	 * database.
	 */
	@Transactional(readOnly = true)
	public List<Long> lateRecords(FazhiUser user, String recordType, boolean completedLate) {
		return book.lateRecords(user, recordType, today(), completedLate).stream().map(Long::valueOf).toList();
	}

	/** The open deadlines the user is responsible for, most urgent first: the workbench list. */
	@Transactional(readOnly = true)
	public List<DeadlineView> openFor(FazhiUser user) {
		return byUrgency(views(book.openFor(user)));
	}

	/** A deadline of one of the calling module's records, which that module has already checked the user may read. */
	@Transactional(readOnly = true)
	public DeadlineView getForRecord(FazhiUser user, long id) {
		return view(book.ofOwnRecord(user, id));
	}

	@Transactional(readOnly = true)
	public DeadlineView get(FazhiUser user, long id) {
		return view(book.get(user, id));
	}

	/** The deadlines of one record, for the module that owns it. */
	@Transactional(readOnly = true)
	public List<DeadlineView> ofRecord(long tenantId, String recordType, String recordId) {
		return views(book.ofRecord(tenantId, recordType, recordId));
	}

	/** Unread reminders for the user, newest first. */
	@Transactional(readOnly = true)
	public List<Reminder> reminders(FazhiUser user) {
		var calendar = calendars.calendar();
		var today = today();
		return book.unreadReminders(user).stream()
			.map(r -> new Reminder(r.getId(), r.getKind().name(), r.getRaisedOn(), view(r.getDeadline(), calendar, today)))
			.toList();
	}

	public void markReminderRead(FazhiUser user, long reminderId) {
		book.markReminderRead(user, reminderId);
	}

	/**
	 * Raises the reminders due on {@code today}: one when a deadline falls due soon, one when it is overdue, each once.
	 * Run daily by one node of the cluster.
	 *
	 * @return how many reminders were raised
	 */
	public int raiseReminders(LocalDate today) {
		var calendar = calendars.calendar();
		return book.raiseReminders(today, today.plusDays(60), deadline -> {
			var view = view(deadline, calendar, today);
			return view.status();
		});
	}

	/** A reminder as the workbench shows it. */
	public record Reminder(long id, String kind, LocalDate raisedOn, DeadlineView deadline) {

		public String messageKey() {
			return "reminder." + kind;
		}
	}

	private PeriodArithmetic periods() {
		return new PeriodArithmetic(calendars.calendar());
	}

	/** Views of many deadlines against one calendar snapshot and one date of today, read once for the whole list. */
	private List<DeadlineView> views(List<org.fazhi.deadlines.internal.Deadline> deadlines) {
		var calendar = calendars.calendar();
		var today = today();
		return deadlines.stream().map(d -> view(d, calendar, today)).toList();
	}

	private DeadlineView view(org.fazhi.deadlines.internal.Deadline deadline) {
		return view(deadline, calendars.calendar(), today());
	}

	private DeadlineView view(org.fazhi.deadlines.internal.Deadline deadline, HolidayCalendar calendar,
			LocalDate today) {
		LocalDate due = deadline.getDueDate();
		DeadlineStatus status;
		int workingDaysLeft = 0;
		long daysOverdue = 0;
		switch (deadline.getState()) {
			case COMPLETED -> status = DeadlineStatus.COMPLETED;
			case PAUSED -> status = DeadlineStatus.PAUSED;
			default -> {
				if (today.isAfter(due)) {
					status = DeadlineStatus.OVERDUE;
					daysOverdue = ChronoUnit.DAYS.between(due, today);
				}
				else {
					workingDaysLeft = workingDaysBetween(calendar, today, due);
					status = workingDaysLeft <= dueSoonWorkingDays ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TIME;
				}
			}
		}
		return new DeadlineView(deadline.getId(), deadline.getRecordType(), deadline.getRecordId(),
				deadline.getTitle(), StatutoryRule.valueOf(deadline.getRuleCode()), deadline.getTriggerDate(), due,
				status, workingDaysLeft, daysOverdue, deadline.getResponsibleAccountId(),
				deadline.getResponsibleName(), deadline.getCompletedOn(), deadline.getCompletedOnTime(),
				deadline.getExtensionLength(),
				deadline.getPauses().stream()
					.map(p -> new DeadlineView.PauseView(p.getPausedFrom(), p.getResumedOn(), p.getReason()))
					.toList(),
				deadline.getExtensions().stream()
					.map(e -> new DeadlineView.ExtensionView(e.getLength(), e.getApprovedBy(), e.getReason(),
							e.getApprovedOn()))
					.toList());
	}

	/** Working days after {@code today} up to and including {@code due}. */
	private static int workingDaysBetween(HolidayCalendar calendar, LocalDate today, LocalDate due) {
		int count = 0;
		for (LocalDate date = today.plusDays(1); !date.isAfter(due); date = date.plusDays(1)) {
			if (calendar.isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	private static List<DeadlineView> byUrgency(List<DeadlineView> views) {
		return views.stream()
			.sorted(Comparator.comparing(DeadlineView::status).thenComparing(DeadlineView::due))
			.toList();
	}
}
