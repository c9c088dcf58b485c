package org.fazhi.mediation.internal.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.mediation.internal.disputes.Dispute;
import org.springframework.data.jpa.repository.JpaRepository;

/** The subsidy standards of a tenant; read only with the tenant's own id. */
interface PayWeights extends JpaRepository<PayWeight, Long> {

	/** Every standard valid on or before the day, the latest first per kind. */
	List<PayWeight> findByTenantIdAndValidFromLessThanEqualOrderByValidFromDesc(long tenantId, LocalDate day);

	List<PayWeight> findByTenantIdOrderByValidFromDescKindAsc(long tenantId);

	Optional<PayWeight> findByTenantIdAndKindAndValidFrom(long tenantId, Dispute.Kind kind, LocalDate validFrom);
}
