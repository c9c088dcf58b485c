package org.fazhi.files.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRecords extends JpaRepository<AttachmentRecord, Long> {

	List<AttachmentRecord> findByTenantIdAndOwnerTypeAndOwnerIdOrderByUploadedAt(long tenantId, String ownerType,
			String ownerId);

	Optional<AttachmentRecord> findByIdAndTenantId(long id, long tenantId);
}
