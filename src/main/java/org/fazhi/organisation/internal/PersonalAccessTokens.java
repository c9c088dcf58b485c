package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalAccessTokens extends JpaRepository<PersonalAccessToken, Long> {

	Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

	List<PersonalAccessToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

	Optional<PersonalAccessToken> findByIdAndAccountId(long id, long accountId);
}
