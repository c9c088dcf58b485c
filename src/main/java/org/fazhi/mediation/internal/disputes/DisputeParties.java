package org.fazhi.mediation.internal.disputes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The parties of disputes, read only through their dispute. */
public interface DisputeParties extends JpaRepository<DisputeParty, Long> {

	List<DisputeParty> findByDisputeIdOrderById(long disputeId);

	List<DisputeParty> findByDisputeIdInOrderById(Collection<Long> disputeIds);
}
