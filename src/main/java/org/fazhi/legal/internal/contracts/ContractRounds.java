package org.fazhi.legal.internal.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The rounds of a review; read only after the review itself was read in scope. */
interface ContractRounds extends JpaRepository<ContractRound, Long> {

	List<ContractRound> findByReviewIdOrderByRoundNoAsc(long reviewId);

	Optional<ContractRound> findByReviewIdAndRoundNo(long reviewId, int roundNo);
}
