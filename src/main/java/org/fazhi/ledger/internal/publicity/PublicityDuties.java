package org.fazhi.ledger.internal.publicity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PublicityDuties extends JpaRepository<PublicityDuty, Long>, JpaSpecificationExecutor<PublicityDuty> {
}
