package org.fazhi.enforcement.internal.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvents extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseIdOrderByIdAsc(long caseId);

	/** The latest steps a person took, newest first (the workbench's 已办). */
	List<CaseEvent> findTop50ByActorIdOrderByHappenedOnDescIdDesc(long actorId);
}
