package org.fazhi.files;

import org.fazhi.shared.Actor;

/**
 * Implemented by each module whose records carry attachments: whether a user may read (and so download the
 * attachments of) one of its records. The files module asks it before every upload and download.
 */
public interface AttachmentOwners {

	/** The record type this module answers for, e.g. {@code DEADLINE}. */
	String ownerType();

	/** Whether the user may read the record; false also when it does not exist. */
	boolean mayRead(Actor user, String ownerId);

	/** Whether the user may add attachments to the record. */
	boolean mayAttach(Actor user, String ownerId);
}
