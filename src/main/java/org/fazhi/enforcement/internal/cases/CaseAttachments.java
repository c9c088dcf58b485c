package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Evidence files and generated documents of a penalty case: read by whoever may read the case, added by enforcement
 * officers (evidence, documents) and legal reviewers (their review opinion).
 */
@Component
class CaseAttachments implements AttachmentOwners {

	private final CaseRecords cases;

	CaseAttachments(CaseRecords cases) {
		this.cases = cases;
	}

	@Override
	public String ownerType() {
		return CaseWork.CASE;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		return cases.exists(org.fazhi.organisation.DataScopes.readable(staff, EnforcementRecords.CASE,
				Long.parseLong(ownerId)));
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return mayRead(user, ownerId) && (((FazhiUser) user).hasRole(Role.ENFORCEMENT_OFFICER)
				|| ((FazhiUser) user).hasRole(Role.LEGAL_REVIEWER));
	}
}
