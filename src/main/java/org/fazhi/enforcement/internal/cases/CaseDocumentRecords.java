package org.fazhi.enforcement.internal.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRecords extends JpaRepository<CaseDocument, Long> {

	List<CaseDocument> findByCaseIdOrderByIdAsc(long caseId);

	boolean existsByCaseIdAndDocType(long caseId, CaseDocument.Type docType);
}
