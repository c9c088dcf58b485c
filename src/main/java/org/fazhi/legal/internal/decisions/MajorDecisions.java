package org.fazhi.legal.internal.decisions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MajorDecisions extends JpaRepository<MajorDecision, Long>, JpaSpecificationExecutor<MajorDecision> {

	boolean existsByTenantId(long tenantId);

	java.util.List<MajorDecision> findByTenantIdAndCatalogueYearOrderById(long tenantId, int catalogueYear);

	long countByTenantIdAndCatalogueYearAndKind(long tenantId, int catalogueYear, MajorDecision.Kind kind);
}
