package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Departments, always read within one tenant. */
public interface Departments extends JpaRepository<Department, Long> {

	List<Department> findByTenantIdOrderByCode(long tenantId);

	List<Department> findByTenantIdAndActiveTrueOrderByCode(long tenantId);

	Optional<Department> findByIdAndTenantId(long id, long tenantId);

	boolean existsByTenantIdAndCode(long tenantId, String code);

	long countByTenantIdAndActiveTrue(long tenantId);

	boolean existsByTenantIdAndCodeAndIdNot(long tenantId, String code, long id);

	boolean existsByTenantIdAndName(long tenantId, String name);

	boolean existsByTenantIdAndNameAndIdNot(long tenantId, String name, long id);
}
