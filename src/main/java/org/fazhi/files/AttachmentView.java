package org.fazhi.files;

import java.time.Instant;

/** An attachment as pages and the API show it. */
public record AttachmentView(long id, String ownerType, String ownerId, String name, String contentType, long size,
		String sha256, String sm3, Instant uploadedAt) {
}
