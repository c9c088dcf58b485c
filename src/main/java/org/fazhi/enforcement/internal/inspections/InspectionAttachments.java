package org.fazhi.enforcement.internal.inspections;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;

/** Photos and documents of an inspection: read within the inspection's scope, added by enforcement officers. */
@Component
class InspectionAttachments implements AttachmentOwners {

	private final InspectionWork work;

	InspectionAttachments(InspectionWork work) {
		this.work = work;
	}

	@Override
	public String ownerType() {
		return InspectionWork.INSPECTION;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		try {
			work.inspection(staff, Long.parseLong(ownerId));
			return true;
		}
		catch (NotFound ex) {
			return false;
		}
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return mayRead(user, ownerId)
				&& (((FazhiUser) user).hasRole(Role.ENFORCEMENT_OFFICER) || ((FazhiUser) user).hasRole(Role.ADMIN));
	}
}
