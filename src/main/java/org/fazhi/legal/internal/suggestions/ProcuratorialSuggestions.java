package org.fazhi.legal.internal.suggestions;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProcuratorialSuggestions
		extends JpaRepository<ProcuratorialSuggestion, Long>, JpaSpecificationExecutor<ProcuratorialSuggestion> {

	boolean existsByTenantId(long tenantId);

	Optional<ProcuratorialSuggestion> findByTenantIdAndProcuratorateAndDocumentNo(long tenantId, String procuratorate,
			String documentNo);
}
