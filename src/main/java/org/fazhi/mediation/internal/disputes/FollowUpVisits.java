package org.fazhi.mediation.internal.disputes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The follow-up visits of disputes, read only through their dispute. */
public interface FollowUpVisits extends JpaRepository<FollowUpVisit, Long> {

	List<FollowUpVisit> findByDisputeIdOrderByIdAsc(long disputeId);
}
