package org.fazhi.ledger.internal.letters;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ResponsibilityLetters extends JpaRepository<ResponsibilityLetter, Long>, JpaSpecificationExecutor<ResponsibilityLetter> {
}
