package org.fazhi.ledger.internal.legalliterates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LegalLiterates extends JpaRepository<LegalLiterate, Long>, JpaSpecificationExecutor<LegalLiterate> {
}
