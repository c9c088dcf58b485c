package org.fazhi.ledger.internal.trainings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Trainings extends JpaRepository<Training, Long>, JpaSpecificationExecutor<Training> {
}
