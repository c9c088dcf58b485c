package org.fazhi.deadlines.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineReminders extends JpaRepository<DeadlineReminder, Long> {

	boolean existsByDeadlineIdAndKind(long deadlineId, DeadlineReminder.Kind kind);

	@EntityGraph(attributePaths = "deadline")
	List<DeadlineReminder> findByTenantIdAndAccountIdAndReadAtIsNullOrderByRaisedOnDesc(long tenantId, long accountId);
}
