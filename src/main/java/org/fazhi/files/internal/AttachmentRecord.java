package org.fazhi.files.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fazhi.files.AttachmentView;

/** What Fazhi knows of a stored file: its owner, its checked type, its hashes and where its bytes are. */
@Entity
@Table(name = "attachment")
public class AttachmentRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private String ownerType;
	private String ownerId;
	private String originalName;
	private String contentType;
	@Column(name = "size_bytes")
	private long size;
	private String sha256;
	private String sm3;
	private String storageKey;
	private long uploadedBy;
	private Instant uploadedAt = Instant.now();

	protected AttachmentRecord() {
	}

	public AttachmentRecord(long tenantId, String ownerType, String ownerId, String originalName, String contentType,
			long size, String sha256, String sm3, String storageKey, long uploadedBy) {
		this.tenantId = tenantId;
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.originalName = originalName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.sm3 = sm3;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
	}

	public AttachmentView view() {
		return new AttachmentView(id, ownerType, ownerId, originalName, contentType, size, sha256, sm3, uploadedAt);
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public String getOwnerType() {
		return ownerType;
	}

	public String getOwnerId() {
		return ownerId;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public String getStorageKey() {
		return storageKey;
	}
}
