package org.fazhi.enforcement.internal.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CasePayments extends JpaRepository<CasePayment, Long> {

	List<CasePayment> findByCaseIdOrderByIdAsc(long caseId);
}
