package org.fazhi.ledger.internal.dutyreports;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DutyReports extends JpaRepository<DutyReport, Long>, JpaSpecificationExecutor<DutyReport> {
}
