package org.fazhi.ledger.internal.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Meetings extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {
}
