package org.fazhi.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Regulated entities, read within one tenant and, for an account whose scope is its community, that community only.
 */
public interface RegulatedEntities extends JpaRepository<RegulatedEntity, Long> {

	String IN_SCOPE = "e.tenantId = :tenantId and (:communityId is null or e.communityId = :communityId)";

	@Query("select e from RegulatedEntity e where " + IN_SCOPE + " order by e.communityId, e.name")
	List<RegulatedEntity> findInScope(@Param("tenantId") long tenantId, @Param("communityId") Long communityId);

	@Query("select e from RegulatedEntity e where e.id = :id and " + IN_SCOPE)
	Optional<RegulatedEntity> findInScope(@Param("id") long id, @Param("tenantId") long tenantId,
			@Param("communityId") Long communityId);

	boolean existsByTenantIdAndCreditCode(long tenantId, String creditCode);

	boolean existsByTenantIdAndCreditCodeAndIdNot(long tenantId, String creditCode, long id);

	long countByTenantId(long tenantId);
}
