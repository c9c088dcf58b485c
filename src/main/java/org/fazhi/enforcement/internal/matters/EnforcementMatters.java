package org.fazhi.enforcement.internal.matters;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The catalogue, always read within one tenant. */
public interface EnforcementMatters extends JpaRepository<EnforcementMatter, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<EnforcementMatter> {

	@EntityGraph(attributePaths = "discretion")
	List<EnforcementMatter> findByTenantIdOrderByCode(long tenantId);

	@EntityGraph(attributePaths = "discretion")
	Optional<EnforcementMatter> findByIdAndTenantId(long id, long tenantId);

	boolean existsByTenantIdAndCode(long tenantId, String code);

	boolean existsByTenantIdAndCodeAndIdNot(long tenantId, String code, long id);

	long countByTenantId(long tenantId);
}
