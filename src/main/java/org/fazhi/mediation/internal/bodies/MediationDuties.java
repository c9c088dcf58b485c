package org.fazhi.mediation.internal.bodies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The duty rotas of a tenant's bodies. */
public interface MediationDuties extends JpaRepository<MediationDuty, Long> {

	List<MediationDuty> findByTenantIdOrderByBodyIdAscWeekdayAsc(long tenantId);

	boolean existsByBodyIdAndWeekdayAndMediatorId(long bodyId, int weekday, long mediatorId);
}
