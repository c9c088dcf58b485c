package org.fazhi.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Hazards, read within one tenant and, for a community-scoped account, its community. */
public interface HazardRecords extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {

	@Query("select h from Hazard h where h.id = :id and h.tenantId = :tenantId"
			+ " and (:communityId is null or h.communityId = :communityId)")
	Optional<Hazard> findInScope(@Param("id") long id, @Param("tenantId") long tenantId,
			@Param("communityId") Long communityId);

	List<Hazard> findByInspectionIdOrderById(long inspectionId);
}
