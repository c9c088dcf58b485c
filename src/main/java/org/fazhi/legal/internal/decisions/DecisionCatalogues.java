package org.fazhi.legal.internal.decisions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionCatalogues extends JpaRepository<DecisionCatalogue, Long> {

	Optional<DecisionCatalogue> findByTenantIdAndCatalogueYear(long tenantId, int catalogueYear);

	List<DecisionCatalogue> findByTenantIdOrderByCatalogueYearDesc(long tenantId);
}
