package org.fazhi.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** A tenant's template versions; read only with the tenant's own id. */
public interface DocumentTemplates extends JpaRepository<DocumentTemplate, Long> {

	Optional<DocumentTemplate> findFirstByTenantIdAndModuleAndDocTypeOrderByVersionDesc(long tenantId, String module,
			String docType);

	List<DocumentTemplate> findByTenantIdAndModuleAndDocTypeOrderByVersionDesc(long tenantId, String module,
			String docType);
}
