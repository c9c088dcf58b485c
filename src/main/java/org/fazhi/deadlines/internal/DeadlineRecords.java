package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Deadlines; every read goes through {@link DeadlineBook#readable}, the data-scope mechanism applied to them. */
public interface DeadlineRecords extends JpaRepository<Deadline, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<Deadline> {

	List<Deadline> findByTenantIdAndRecordTypeAndRecordIdOrderByDueDate(long tenantId, String recordType,
			String recordId);

	/** Open deadlines that may need a reminder: due no later than the horizon. */
	List<Deadline> findByStateAndDueDateLessThanEqual(Deadline.State state, LocalDate horizon);
}
