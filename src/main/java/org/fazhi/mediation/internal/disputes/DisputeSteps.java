package org.fazhi.mediation.internal.disputes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The timelines of disputes, read only through their dispute. */
public interface DisputeSteps extends JpaRepository<DisputeStep, Long> {

	List<DisputeStep> findByDisputeIdOrderByIdAsc(long disputeId);
}
