package org.fazhi.ledger.internal.safety;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SafetyEvents extends JpaRepository<SafetyEvent, Long>, JpaSpecificationExecutor<SafetyEvent> {
}
