package org.fazhi.enforcement.internal.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRecords extends JpaRepository<PenaltyCase, Long>, JpaSpecificationExecutor<PenaltyCase> {

	@Query("select c from PenaltyCase c where c.tenantId = :tenant and c.publishedOn is not null"
			+ " and c.withdrawnOn is null and c.decidedOn >= :from and c.decidedOn < :to order by c.publishedOn desc, c.id desc")
	List<PenaltyCase> published(@Param("tenant") long tenant, @Param("from") java.time.LocalDate from,
			@Param("to") java.time.LocalDate to);

	boolean existsByTenantIdAndHazardId(long tenantId, long hazardId);

	List<PenaltyCase> findByTenantIdAndHazardIdIn(long tenantId, java.util.Collection<Long> hazardIds);

	long countByTenantId(long tenantId);

	boolean existsByTenantIdAndReviewerIdAndReviewOnIsNotNull(long tenantId, long reviewerId);
}
