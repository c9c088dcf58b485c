package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Staff accounts, always read within one tenant except at sign-in. */
public interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

	/** The account with its tenant, department and community, in one statement (signing in, every API call). */
	@Query("select a from StaffAccount a join fetch a.tenant join fetch a.department left join fetch a.community"
			+ " where a.username = :username")
	Optional<StaffAccount> findByUsername(@Param("username") String username);

	/** The account with its tenant, department and community, in one statement. */
	@Query("select a from StaffAccount a join fetch a.tenant join fetch a.department left join fetch a.community"
			+ " where a.id = :id")
	Optional<StaffAccount> findWithOrganisation(@Param("id") long id);

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
