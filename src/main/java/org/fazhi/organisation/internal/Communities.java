package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Communities, always read within one tenant. */
public interface Communities extends JpaRepository<Community, Long> {

	List<Community> findByTenantIdOrderByCode(long tenantId);

	List<Community> findByTenantIdAndActiveTrueOrderByCode(long tenantId);

	Optional<Community> findByIdAndTenantId(long id, long tenantId);

	boolean existsByCode(String code);

	long countByTenantIdAndActiveTrue(long tenantId);

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByTenantIdAndName(long tenantId, String name);

	boolean existsByTenantIdAndNameAndIdNot(long tenantId, String name, long id);
}
