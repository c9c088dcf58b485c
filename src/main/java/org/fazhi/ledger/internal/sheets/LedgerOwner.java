package org.fazhi.ledger.internal.sheets;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordOwnership;
import org.fazhi.shared.Actor;

/**
 * A ledger's records to the other modules: read by the one scope mechanism as the ledger declares its ownership, and
 * their attachments (photos, sign-in sheets, materials) read as the record is and added by those who keep the ledger.
 */
public final class LedgerOwner implements OwnedRecords, AttachmentOwners {

	private final Ledger<?> ledger;
	private final OwnedRecords scoped;

	public <T extends LedgerEntry> LedgerOwner(Ledger<T> ledger) {
		this.ledger = ledger;
		this.scoped = OwnedRecords.scoped(ledger.ownership(), ledger.records(), LedgerEntry::getId);
	}

	@Override
	public RecordOwnership ownership() {
		return ledger.ownership();
	}

	@Override
	public boolean mayRead(FazhiUser user, String recordId) {
		return scoped.mayRead(user, recordId);
	}

	@Override
	public java.util.Set<String> readable(FazhiUser user, java.util.Collection<String> recordIds) {
		return scoped.readable(user, recordIds);
	}

	@Override
	public String ownerType() {
		return ledger.recordType();
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		return user instanceof FazhiUser staff && scoped.mayRead(staff, ownerId);
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return user instanceof FazhiUser staff && ledger.mayWrite(staff) && scoped.mayRead(staff, ownerId);
	}
}
