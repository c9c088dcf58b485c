package org.fazhi.enforcement.internal.inspections;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Inspections; every read goes through {@link org.fazhi.organisation.DataScopes} with their ownership. */
public interface InspectionRecords extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

	boolean existsByTenantId(long tenantId);
}
