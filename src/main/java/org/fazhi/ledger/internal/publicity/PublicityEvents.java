package org.fazhi.ledger.internal.publicity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PublicityEvents extends JpaRepository<PublicityEvent, Long>, JpaSpecificationExecutor<PublicityEvent> {
}
