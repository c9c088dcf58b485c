package org.fazhi.ledger.internal.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MeetingActions extends JpaRepository<MeetingAction, Long>, JpaSpecificationExecutor<MeetingAction> {
}
