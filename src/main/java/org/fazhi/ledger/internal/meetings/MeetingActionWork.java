package org.fazhi.ledger.internal.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.LedgerCheck;
import org.fazhi.ledger.internal.sheets.LedgerEntry;
import org.fazhi.ledger.internal.sheets.LedgerFollowUp;
import org.fazhi.ledger.internal.sheets.LedgerPanel;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of meetings as deadlines: each decision entered (by form or sheet) registers its owner's deadline of
 * the days the meeting gave, counted from the meeting's day; the owner, or the justice office that keeps the ledger,
 * reports it done, which completes the deadline. The record's page shows the deadline and offers the step to those
 * who may take it.
 */
@Service
public class MeetingActionWork implements LedgerFollowUp, LedgerCheck, LedgerPanel {

	static final String KIND = "meeting-actions";

	private final MeetingActions actions;
	private final Deadlines deadlines;
	private final OrganisationDirectory directory;
	private final LedgerWork work;
	private final Ledger<MeetingAction> ledger;

	MeetingActionWork(MeetingActions actions, Deadlines deadlines, OrganisationDirectory directory,
			@org.springframework.context.annotation.Lazy LedgerWork work, Ledger<MeetingAction> meetingActionLedger) {
		this.actions = actions;
		this.deadlines = deadlines;
		this.directory = directory;
		this.work = work;
		this.ledger = meetingActionLedger;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** The days a meeting gives: at least one, at most what a period in days may be. */
	@Override
	public void check(FazhiUser user, int row, Map<String, Object> values, java.util.Set<Object> seen,
			Consumer<LedgerWork.Problem> problems) {
		Object days = values.get("days");
		if (days instanceof Number n && n.intValue() < 1) {
			problems.accept(new LedgerWork.Problem(row, "ledger.field.days", "ledger.meetingActions.days",
					new Object[] { StatutoryRule.MEETING_ACTION_ITEM.unit().maximumLength() }));
		}
	}

	@Override
	public void written(FazhiUser user, List<Long> ids) {
		for (MeetingAction action : actions.findAllById(ids)) {
			var owner = directory.staffMember(user.tenantId(), action.getOwnerId())
				.orElseThrow(() -> new RuleViolation("ownerId", "deadline.responsible.unknown"));
			String title = "会议决定事项：" + (action.getItem().length() > 80 ? action.getItem().substring(0, 80) + "…"
					: action.getItem());
			deadlines.register(new RegisterDeadline(user.tenantId(), owner.departmentId(), owner.communityId(),
					ledger.recordType(), String.valueOf(action.getId()), title, StatutoryRule.MEETING_ACTION_ITEM,
					action.getOccurredOn(), owner.accountId(), user.accountId(), action.getDays()));
		}
	}

	/** The decision's deadline, if it has one. */
	public Optional<DeadlineView> deadline(FazhiUser user, MeetingAction action) {
		return deadlines.ofRecord(user.tenantId(), ledger.recordType(), String.valueOf(action.getId())).stream()
			.findFirst();
	}

	/** Whether the user may report the decision done: its owner, or one who keeps the ledger. */
	public boolean mayReport(FazhiUser user, MeetingAction action) {
		return user.accountId() == action.getOwnerId() || ledger.mayWrite(user);
	}

	/** Reports the decision done on the given day: its deadline is completed (and audited by the deadlines). */
	@Transactional
	public DeadlineView done(FazhiUser user, long id, LocalDate on) {
		if (!ledger.mayRead(user)) {
			throw new AccessDeniedException("the role does not read the ledger " + KIND);
		}
		MeetingAction action = work.get(user, ledger, id);
		if (!mayReport(user, action)) {
			throw new AccessDeniedException("only the owner or the justice office reports a decision done");
		}
		var deadline = deadline(user, action).orElseThrow(() -> new RuleViolation("id", "ledger.meetingActions.noDeadline"));
		if (!deadline.open()) {
			throw new RuleViolation("on", "ledger.meetingActions.alreadyDone");
		}
		return deadlines.completeForRecord(user, deadline.id(), on == null ? deadlines.today() : on);
	}

	@Override
	public String fragment() {
		return "meetingAction";
	}

	@Override
	public Map<String, Object> attributes(FazhiUser user, LedgerEntry entry) {
		MeetingAction action = (MeetingAction) entry;
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("actionDeadline", deadline(user, action).orElse(null));
		attributes.put("mayReportDone", mayReport(user, action));
		attributes.put("today", deadlines.today());
		return attributes;
	}
}
