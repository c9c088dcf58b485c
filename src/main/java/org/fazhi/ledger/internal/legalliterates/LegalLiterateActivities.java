package org.fazhi.ledger.internal.legalliterates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LegalLiterateActivities extends JpaRepository<LegalLiterateActivity, Long>, JpaSpecificationExecutor<LegalLiterateActivity> {
}
