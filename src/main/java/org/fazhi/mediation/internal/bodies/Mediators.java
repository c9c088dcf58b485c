package org.fazhi.mediation.internal.bodies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The mediators of a tenant; read only with the tenant's own id. */
public interface Mediators extends JpaRepository<Mediator, Long>, JpaSpecificationExecutor<Mediator> {

	List<Mediator> findByTenantIdOrderByBodyIdAscIdAsc(long tenantId);

	Optional<Mediator> findByIdAndTenantId(long id, long tenantId);

	Optional<Mediator> findFirstByTenantIdAndAccountId(long tenantId, long accountId);
}
