package org.fazhi.enforcement.internal.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvidenceRecords extends JpaRepository<CaseEvidence, Long> {

	List<CaseEvidence> findByCaseIdOrderByIdAsc(long caseId);

	long countByCaseId(long caseId);
}
