package org.fazhi.documents.internal;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The template files of a tenant: read by its staff (every document they write is rendered from one), replaced by its
 * administrators. The owner id is {@code MODULE/TYPE}; the files module keeps each file within its tenant.
 */
@Component
public class TemplateAttachments implements AttachmentOwners {

	static final String OWNER = "DOCUMENT_TEMPLATE";

	/** The owner type of template files. */
	public static String owner() {
		return OWNER;
	}

	@Override
	public String ownerType() {
		return OWNER;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		return user != null && ownerId.matches("[a-z]+/[A-Z_]+");
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return mayRead(user, ownerId) && authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}
}
