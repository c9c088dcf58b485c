package org.fazhi.legal.internal.contracts;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The files of a contract review (each round's text, the marked-up files, the opinion documents): read within the
 * review's scope; added by the posts that take its steps (the submitting side, the justice office, the assigned lawyer).
 */
@Component
class ContractAttachments implements AttachmentOwners {

	private final ContractReviews reviews;

	ContractAttachments(ContractReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public String ownerType() {
		return ContractWork.CONTRACT;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		return reviews.exists(DataScopes.readable(staff, LegalRecords.CONTRACT, Long.parseLong(ownerId)));
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		if (!mayRead(user, ownerId)) {
			return false;
		}
		var staff = (FazhiUser) user;
		return ContractWork.maySubmit(staff) || staff.hasRole(Role.LEGAL_ADVISOR);
	}
}
