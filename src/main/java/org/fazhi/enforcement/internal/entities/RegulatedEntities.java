package org.fazhi.enforcement.internal.entities;


import org.springframework.data.jpa.repository.JpaRepository;

/** Regulated entities; every read goes through {@link org.fazhi.organisation.DataScopes} with their ownership. */
public interface RegulatedEntities extends JpaRepository<RegulatedEntity, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<RegulatedEntity> {

	boolean existsByTenantIdAndCreditCode(long tenantId, String creditCode);

	boolean existsByTenantIdAndCreditCodeAndIdNot(long tenantId, String creditCode, long id);

	long countByTenantId(long tenantId);
}
