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

	/**
	 * The attachments of a kind of record read by the record's own rule ({@code mayRead}, usually the module's
	 * {@code OwnedRecords}) and added by those {@code mayAttach} also allows.
	 */
	static AttachmentOwners of(String ownerType, java.util.function.BiPredicate<Actor, String> mayRead,
			java.util.function.BiPredicate<Actor, String> mayAttach) {
		return new AttachmentOwners() {
			@Override
			public String ownerType() {
				return ownerType;
			}

			@Override
			public boolean mayRead(Actor user, String ownerId) {
				return mayRead.test(user, ownerId);
			}

			@Override
			public boolean mayAttach(Actor user, String ownerId) {
				return mayRead.test(user, ownerId) && mayAttach.test(user, ownerId);
			}
		};
	}
}
