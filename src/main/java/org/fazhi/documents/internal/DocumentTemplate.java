package org.fazhi.documents.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a tenant's template for a kind of document: the administrator's DOCX (an attachment of the files
 * module, with its SM3 hash), or, with no attachment, a return to the template the platform ships.
 */
@Entity
@Table(name = "document_template")
public class DocumentTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tenantId;

	private String module;

	private String docType;

	private int version;

	private Long attachmentId;

	private String fileName;

	private String sm3;

	private String uploadedBy;

	private Instant uploadedAt;

	private String note;

	protected DocumentTemplate() {
	}

	public DocumentTemplate(long tenantId, String module, String docType, int version, Long attachmentId, String fileName,
			String sm3, String uploadedBy, String note) {
		this.tenantId = tenantId;
		this.module = module;
		this.docType = docType;
		this.version = version;
		this.attachmentId = attachmentId;
		this.fileName = fileName;
		this.sm3 = sm3;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public String getModule() {
		return module;
	}

	public String getDocType() {
		return docType;
	}

	public int getVersion() {
		return version;
	}

	public Long getAttachmentId() {
		return attachmentId;
	}

	/** Whether this version returns to the template the platform ships. */
	public boolean isBundled() {
		return attachmentId == null;
	}

	public String getFileName() {
		return fileName;
	}

	public String getSm3() {
		return sm3;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getNote() {
		return note;
	}
}
