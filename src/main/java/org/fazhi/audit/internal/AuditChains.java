package org.fazhi.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditChains extends JpaRepository<AuditChain, Long> {

	/** Opens a chain unless it exists (a tenant's chain is opened with the tenant). */
	@Modifying
	@Query(value = "insert into audit_chain (chain_id, last_seq, last_hash) select :chain, 0, :genesis"
			+ " where not exists (select 1 from audit_chain where chain_id = :chain)", nativeQuery = true)
	int open(@Param("chain") long chain, @Param("genesis") String genesis);

	List<AuditChain> findAllByOrderByChainId();
}
