package org.fazhi.mediation.internal.disputes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sessions of disputes, read only through their dispute. */
public interface MediationSessions extends JpaRepository<MediationSession, Long> {

	List<MediationSession> findByDisputeIdOrderByIdAsc(long disputeId);
}
