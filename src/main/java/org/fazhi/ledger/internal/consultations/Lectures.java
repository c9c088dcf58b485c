package org.fazhi.ledger.internal.consultations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Lectures extends JpaRepository<Lecture, Long>, JpaSpecificationExecutor<Lecture> {
}
