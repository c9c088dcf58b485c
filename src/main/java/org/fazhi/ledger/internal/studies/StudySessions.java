package org.fazhi.ledger.internal.studies;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StudySessions extends JpaRepository<StudySession, Long>, JpaSpecificationExecutor<StudySession> {
}
