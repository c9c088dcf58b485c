package org.fazhi.ledger.internal.trainings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TrainedPersons extends JpaRepository<TrainedPerson, Long>, JpaSpecificationExecutor<TrainedPerson> {
}
