package org.fazhi.organisation;

/** What other modules may ask of the organisation model. */
public interface OrganisationDirectory {

	/** Active communities, departments, staff accounts and external people of the caller's tenant. */
	Headcount headcount(FazhiUser user);

	record Headcount(long communities, long departments, long staff, long externalPeople) {
	}
}
