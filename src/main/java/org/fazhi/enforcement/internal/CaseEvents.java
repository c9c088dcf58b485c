package org.fazhi.enforcement.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvents extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseIdOrderByIdAsc(long caseId);
}
