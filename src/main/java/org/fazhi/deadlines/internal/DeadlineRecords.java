package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Deadlines, always read within one tenant and the caller's data scope: the whole tenant, the caller's department,
 * the caller's community, or only those the caller is responsible for or registered. A deadline the caller is
 * responsible for is always visible to them.
 */
public interface DeadlineRecords extends JpaRepository<Deadline, Long> {

	String IN_SCOPE = "d.tenantId = :tenantId and (:scope = 'TENANT'"
			+ " or (:scope = 'DEPARTMENT' and d.departmentId = :departmentId)"
			+ " or (:scope = 'COMMUNITY' and d.communityId = :communityId)"
			+ " or d.responsibleAccountId = :accountId or d.createdBy = :accountId)";

	@Query("select d from Deadline d where " + IN_SCOPE + " order by d.dueDate, d.id")
	List<Deadline> findInScope(@Param("tenantId") long tenantId, @Param("scope") String scope,
			@Param("departmentId") Long departmentId, @Param("communityId") Long communityId,
			@Param("accountId") long accountId);

	@Query("select d from Deadline d where d.id = :id and " + IN_SCOPE)
	Optional<Deadline> findInScope(@Param("id") long id, @Param("tenantId") long tenantId,
			@Param("scope") String scope, @Param("departmentId") Long departmentId,
			@Param("communityId") Long communityId, @Param("accountId") long accountId);

	@Query("select d from Deadline d where d.id in :ids and " + IN_SCOPE)
	List<Deadline> findInScope(@Param("ids") java.util.Collection<Long> ids, @Param("tenantId") long tenantId,
			@Param("scope") String scope, @Param("departmentId") Long departmentId,
			@Param("communityId") Long communityId, @Param("accountId") long accountId);

	/** The records of one type with an open deadline past its day, or (if asked) one completed after its day. */
	@Query("select distinct d.recordId from Deadline d where d.recordType = :recordType and ((d.state ="
			+ " org.fazhi.deadlines.internal.Deadline.State.OPEN and d.dueDate < :today)"
			+ " or (:completedLate = true and d.completedOnTime = false)) and " + IN_SCOPE)
	List<String> findLateRecords(@Param("recordType") String recordType, @Param("today") LocalDate today,
			@Param("completedLate") boolean completedLate, @Param("tenantId") long tenantId,
			@Param("scope") String scope, @Param("departmentId") Long departmentId,
			@Param("communityId") Long communityId, @Param("accountId") long accountId);

	List<Deadline> findByTenantIdAndResponsibleAccountIdAndStateNotOrderByDueDate(long tenantId, long accountId,
			Deadline.State state);

	List<Deadline> findByTenantIdAndRecordTypeAndRecordIdOrderByDueDate(long tenantId, String recordType,
			String recordId);

	/** Open deadlines that may need a reminder: due no later than the horizon. */
	List<Deadline> findByStateAndDueDateLessThanEqual(Deadline.State state, LocalDate horizon);
}
