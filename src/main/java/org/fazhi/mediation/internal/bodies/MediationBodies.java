package org.fazhi.mediation.internal.bodies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The mediation bodies of a tenant; read only with the tenant's own id. */
public interface MediationBodies extends JpaRepository<MediationBody, Long>, JpaSpecificationExecutor<MediationBody> {

	List<MediationBody> findByTenantIdOrderByKindAscIdAsc(long tenantId);

	Optional<MediationBody> findByIdAndTenantId(long id, long tenantId);

	Optional<MediationBody> findFirstByTenantIdAndKindAndCommunityId(long tenantId, MediationBody.Kind kind,
			Long communityId);

	Optional<MediationBody> findFirstByTenantIdAndKind(long tenantId, MediationBody.Kind kind);

	boolean existsByTenantId(long tenantId);
}
