package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Staff accounts, always read within one tenant except at sign-in. */
public interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

	@EntityGraph(attributePaths = { "tenant", "department", "community" })
	Optional<StaffAccount> findByUsername(String username);

	@EntityGraph(attributePaths = { "department", "community" })
	List<StaffAccount> findByTenantIdOrderByDepartmentCodeAscUsernameAsc(long tenantId);

	@EntityGraph(attributePaths = { "department", "community" })
	List<StaffAccount> findByTenantIdAndDepartmentIdOrderByUsername(long tenantId, long departmentId);

	@EntityGraph(attributePaths = { "department", "community" })
	Optional<StaffAccount> findByIdAndTenantId(long id, long tenantId);

	boolean existsByUsername(String username);

	boolean existsByRole(org.fazhi.organisation.Role role);

	long countByActiveTrueAndDemoCredentialsTrue();

	long countByTenantIdAndActiveTrue(long tenantId);
}
