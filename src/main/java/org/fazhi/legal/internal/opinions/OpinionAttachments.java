package org.fazhi.legal.internal.opinions;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Actor;
import org.springframework.stereotype.Component;

/** The signed file of a legal opinion: read within the opinion's scope, added by those who record opinions. */
@Component
class OpinionAttachments implements AttachmentOwners {

	private final LegalOpinions opinions;

	OpinionAttachments(LegalOpinions opinions) {
		this.opinions = opinions;
	}

	@Override
	public String ownerType() {
		return OpinionWork.OPINION;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		return opinions.exists(DataScopes.readable(staff, LegalRecords.OPINION, Long.parseLong(ownerId)));
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return mayRead(user, ownerId) && OpinionWork.mayRecord((FazhiUser) user);
	}
}
