package org.fazhi.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.files.internal.AttachmentRecord;
import org.fazhi.files.internal.AttachmentRecords;
import org.fazhi.files.internal.LocalFileStore;
import org.fazhi.files.internal.UploadCheck;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of any module's records. An upload is checked by its content (not its name), limited in size (200 MB
 * for audio and video evidence, 20 MB otherwise, both configurable), hashed with SHA-256 and SM3 and stored under a
 * generated name; a download is allowed only to those who may read the record, is audited, and is refused when the
 * stored bytes no longer match their hash.
 */
@Service
public class Attachments {

	private final AttachmentRecords records;
	private final FileStore store;
	private final LocalFileStore staging;
	private final AuditTrail trail;
	private final Map<String, AttachmentOwners> owners;
	private final long maxSize;
	private final long maxMediaSize;

	Attachments(AttachmentRecords records, FileStore store, LocalFileStore staging, AuditTrail trail,
			List<AttachmentOwners> owners, @Value("${fazhi.files.max-size}") DataSize maxSize,
			@Value("${fazhi.files.max-media-size}") DataSize maxMediaSize) {
		this.records = records;
		this.store = store;
		this.staging = staging;
		this.trail = trail;
		this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwners::ownerType, Function.identity()));
		this.maxSize = maxSize.toBytes();
		this.maxMediaSize = maxMediaSize.toBytes();
	}

	/** A stored file being read, with what the download needs. */
	public record Download(AttachmentView attachment, InputStream content) {
	}

	@Transactional
	public AttachmentView attach(Actor user, String ownerType, String ownerId, String originalName,
			InputStream content) {
		var owner = owner(ownerType);
		if (!owner.mayAttach(user, ownerId)) {
			throw new NotFound(ownerType, ownerId);
		}
		String name = UploadCheck.safeName(originalName);
		Path temporary = null;
		try {
			temporary = staging.temporaryFile();
			var sha256 = MessageDigest.getInstance("SHA-256");
			var sm3 = new SM3Digest();
			long size = copy(content, temporary, sha256, sm3, Math.max(maxSize, maxMediaSize));
			if (size == 0) {
				throw new RuleViolation("file", "file.empty");
			}
			var type = UploadCheck.type(temporary, name);
			long limit = type.media() ? maxMediaSize : maxSize;
			if (size > limit) {
				throw new RuleViolation("file", "file.tooLarge", DataSize.ofBytes(limit).toMegabytes());
			}
			UploadCheck.structure(temporary, type, name);
			byte[] sm3Hash = new byte[sm3.getDigestSize()];
			sm3.doFinal(sm3Hash, 0);
			String key = LocalDate.now().toString().substring(0, 7) + "/" + UUID.randomUUID();
			store.put(key, temporary);
			temporary = null;
			var saved = records.save(new AttachmentRecord(user.tenantId(), ownerType, ownerId, name, type.mime(), size,
					HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sm3Hash), key,
					user.accountId()));
			trail.record(AuditAction.CREATE, "ATTACHMENT", saved.getId(), AuditOutcome.SUCCESS,
					ownerType + " " + ownerId + ": " + name + " " + type.mime() + " " + size + " bytes");
			return saved.view();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a leftover temporary file holds nothing a reader can reach
				}
			}
		}
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> of(Actor user, String ownerType, String ownerId) {
		if (!owner(ownerType).mayRead(user, ownerId)) {
			throw new NotFound(ownerType, ownerId);
		}
		return records.findByTenantIdAndOwnerTypeAndOwnerIdOrderByUploadedAt(user.tenantId(), ownerType, ownerId)
			.stream().map(AttachmentRecord::view).toList();
	}

	/**
	 * Opens a file for download after checking the reader's access and the stored bytes against their SHA-256.
	 *
	 * @throws NotFound when the file or its record is outside the user's tenant or scope
	 * @throws AttachmentTampered when the stored bytes no longer match
	 */
	@Transactional(readOnly = true)
	public Download open(Actor user, long id) {
		var record = records.findByIdAndTenantId(id, user.tenantId()).orElseThrow(() -> new NotFound("attachment", id));
		if (!owner(record.getOwnerType()).mayRead(user, record.getOwnerId())) {
			throw new NotFound("attachment", id);
		}
		try {
			if (!store.exists(record.getStorageKey()) || !sha256Of(record.getStorageKey()).equals(record.getSha256())) {
				trail.record(AuditAction.DOWNLOAD, "ATTACHMENT", id, AuditOutcome.FAILED, "stored file does not match"
						+ " its SHA-256 " + record.getSha256());
				throw new AttachmentTampered(id);
			}
			trail.record(AuditAction.DOWNLOAD, "ATTACHMENT", id, AuditOutcome.SUCCESS, record.getOriginalName());
			return new Download(record.view(), store.open(record.getStorageKey()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String sha256Of(String key) throws IOException {
		try (InputStream in = store.open(key)) {
			var digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private AttachmentOwners owner(String ownerType) {
		var owner = owners.get(ownerType);
		if (owner == null) {
			throw new IllegalArgumentException("no module answers for attachments of " + ownerType);
		}
		return owner;
	}

	private static long copy(InputStream in, Path target, MessageDigest sha256, SM3Digest sm3, long limit)
			throws IOException {
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > limit) {
					throw new RuleViolation("file", "file.tooLarge", DataSize.ofBytes(limit).toMegabytes());
				}
				sha256.update(buffer, 0, read);
				sm3.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	/** The stored bytes of an attachment no longer match the hash taken at upload: it is reported, not served. */
	public static class AttachmentTampered extends RuntimeException {

		public AttachmentTampered(long id) {
			super("attachment " + id + " does not match its hash");
		}
	}
}
