package org.fazhi.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntries extends JpaRepository<AuditEntryRecord, Long>, JpaSpecificationExecutor<AuditEntryRecord> {

	List<AuditEntryRecord> findByChainIdAndSeqGreaterThanOrderBySeq(long chainId, long seq, Pageable page);

	/** The chain's entries that wait for their anchoring, in the order they were written. */
	List<AuditEntryRecord> findByChainIdAndSeqIsNullOrderById(long chainId, Pageable page);

	boolean existsByChainIdAndSeqIsNull(long chainId);
}
