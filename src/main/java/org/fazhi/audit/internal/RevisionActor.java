package org.fazhi.audit.internal;

import org.fazhi.shared.Actor;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts the signed-in staff member (or the system, for scheduled work and demo data) on each revision. */
public class RevisionActor implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			((Revision) revision).setActor(actor.accountId(), actor.getUsername());
		}
		else {
			((Revision) revision).setActor(null, authentication == null ? "system" : authentication.getName());
		}
	}
}
