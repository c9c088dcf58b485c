package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.List;

/** A tracked deadline as a person reads it today. */
public record DeadlineView(long id, String recordType, String recordId, String title, StatutoryRule rule,
		LocalDate triggerDate, LocalDate due, DeadlineStatus status, int workingDaysLeft, long daysOverdue,
		long responsibleAccountId, String responsibleName, LocalDate completedOn, Boolean completedOnTime,
		int extensionLength, List<PauseView> pauses, List<ExtensionView> extensions) {

	public record PauseView(LocalDate from, LocalDate resumedOn, String reason) {
	}

	public record ExtensionView(int length, String approvedBy, String reason, LocalDate approvedOn) {
	}

	public boolean open() {
		return status != DeadlineStatus.COMPLETED;
	}
}
