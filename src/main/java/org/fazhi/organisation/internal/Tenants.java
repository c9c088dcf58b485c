package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Tenants extends JpaRepository<Tenant, Long> {

	Optional<Tenant> findByCode(String code);

	boolean existsByCode(String code);

	List<Tenant> findAllByOrderByCode();
}
