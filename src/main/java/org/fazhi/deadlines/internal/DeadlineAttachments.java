package org.fazhi.deadlines.internal;

import org.fazhi.deadlines.Deadlines;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;

/** Documents filed with a deadline (a court's complaint copy, an application, a decision): readable within scope. */
@Component
class DeadlineAttachments implements AttachmentOwners {

	private final Deadlines deadlines;

	DeadlineAttachments(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public String ownerType() {
		return Deadlines.RECORD_TYPE;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		try {
			deadlines.get(staff, Long.parseLong(ownerId));
			return true;
		}
		catch (NotFound ex) {
			return false;
		}
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return mayRead(user, ownerId) && !((FazhiUser) user).hasRole(Role.AUDITOR);
	}
}
