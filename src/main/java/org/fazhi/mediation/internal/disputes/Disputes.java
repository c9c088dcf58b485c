package org.fazhi.mediation.internal.disputes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Disputes; every read for a user goes through {@link org.fazhi.organisation.DataScopes} with their ownership. */
public interface Disputes extends JpaRepository<Dispute, Long>, JpaSpecificationExecutor<Dispute> {

	boolean existsByTenantId(long tenantId);

	/** The earlier disputes of the tenant at the same address (its keyed hash) since a day: repeat detection. */
	@Query("select d.id from Dispute d where d.tenantId = :tenant and d.addressHash = :hash and d.receivedOn >= :since"
			+ " order by d.receivedOn desc, d.id desc")
	List<Long> atAddressSince(@Param("tenant") long tenantId, @Param("hash") String hash,
			@Param("since") LocalDate since);

	/** The earlier disputes of the tenant with a party of the same identity (its keyed hash) since a day. */
	@Query("select d.id from DisputeParty p join Dispute d on d.id = p.disputeId where p.tenantId = :tenant"
			+ " and p.identityHash in :hashes and d.receivedOn >= :since order by d.receivedOn desc, d.id desc")
	List<Long> withPartySince(@Param("tenant") long tenantId, @Param("hashes") List<String> hashes,
			@Param("since") LocalDate since);
}
