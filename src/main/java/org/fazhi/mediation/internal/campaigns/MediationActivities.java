package org.fazhi.mediation.internal.campaigns;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The trainings and publicity events of a tenant's mediation; read with the tenant's own id. */
public interface MediationActivities extends JpaRepository<MediationActivity, Long>,
		JpaSpecificationExecutor<MediationActivity> {

	List<MediationActivity> findTop200ByTenantIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(long tenantId, LocalDate from,
			LocalDate to);
}
