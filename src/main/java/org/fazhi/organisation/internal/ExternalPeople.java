package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** External people, always read within one tenant. */
public interface ExternalPeople extends JpaRepository<ExternalPerson, Long> {

	@EntityGraph(attributePaths = "community")
	List<ExternalPerson> findByTenantIdOrderByKindAscFullNameAsc(long tenantId);

	@EntityGraph(attributePaths = "community")
	List<ExternalPerson> findByTenantIdAndKindOrderByFullName(long tenantId, ExternalPersonKind kind);

	@EntityGraph(attributePaths = "community")
	Optional<ExternalPerson> findByIdAndTenantId(long id, long tenantId);

	long countByTenantIdAndActiveTrue(long tenantId);
}
