package org.fazhi.legal.internal.challenges;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LegalChallenges extends JpaRepository<LegalChallenge, Long>, JpaSpecificationExecutor<LegalChallenge> {

	boolean existsByTenantIdAndKind(long tenantId, LegalChallenge.Kind kind);
}
