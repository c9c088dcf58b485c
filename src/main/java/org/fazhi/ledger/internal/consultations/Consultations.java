package org.fazhi.ledger.internal.consultations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Consultations extends JpaRepository<Consultation, Long>, JpaSpecificationExecutor<Consultation> {

	boolean existsByTenantId(long tenantId);
}
