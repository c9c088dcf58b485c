package org.fazhi.mediation.internal.disputes;

import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The files of a dispute (the agreement, the signed copy, evidence of the sessions): read within the dispute's scope,
 * added by the mediators and the justice office.
 */
@Component
class DisputeAttachments implements AttachmentOwners {

	private final Disputes disputes;

	DisputeAttachments(Disputes disputes) {
		this.disputes = disputes;
	}

	@Override
	public String ownerType() {
		return DisputeWork.DISPUTE;
	}

	@Override
	public boolean mayRead(Actor user, String ownerId) {
		if (!(user instanceof FazhiUser staff) || !ownerId.matches("\\d{1,18}")) {
			return false;
		}
		// the dispute's own scope, read by the same mechanism as every read of disputes
		return disputes.exists(org.fazhi.organisation.DataScopes.readable(staff,
				org.fazhi.mediation.internal.MediationRecords.DISPUTE, Long.parseLong(ownerId)));
	}

	@Override
	public boolean mayAttach(Actor user, String ownerId) {
		return mayRead(user, ownerId) && DisputeWork.mayMediate((FazhiUser) user);
	}
}
