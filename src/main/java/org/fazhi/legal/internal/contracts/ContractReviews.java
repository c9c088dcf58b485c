package org.fazhi.legal.internal.contracts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The contract reviews; read through the data scope (specifications), never by a bare id. */
public interface ContractReviews extends JpaRepository<ContractReview, Long>, JpaSpecificationExecutor<ContractReview> {

	/** The conflict check: the tenant's reviews of a counterparty assigned to a lawyer. */
	List<ContractReview> findTop50ByTenantIdAndCounterpartyKeyAndLawyerIdOrderBySubmittedOnDesc(long tenantId,
			String counterpartyKey, long lawyerId);
}
