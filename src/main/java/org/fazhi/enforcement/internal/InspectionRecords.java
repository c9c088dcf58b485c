package org.fazhi.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Inspections, read within one tenant and, for a community-scoped account, its community. */
public interface InspectionRecords extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

	@Query("select i from Inspection i where i.tenantId = :tenantId and (:communityId is null or i.communityId = :communityId)"
			+ " order by i.plannedOn desc, i.id desc")
	List<Inspection> findInScope(@Param("tenantId") long tenantId, @Param("communityId") Long communityId);

	@Query("select i from Inspection i where i.id = :id and i.tenantId = :tenantId"
			+ " and (:communityId is null or i.communityId = :communityId)")
	Optional<Inspection> findInScope(@Param("id") long id, @Param("tenantId") long tenantId,
			@Param("communityId") Long communityId);
}
