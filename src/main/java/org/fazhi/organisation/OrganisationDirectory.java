package org.fazhi.organisation;

/** What other modules may ask of the organisation model. */
public interface OrganisationDirectory {

	/** Active communities, departments, staff accounts and external people of the caller's tenant. */
	Headcount headcount(FazhiUser user);

	record Headcount(long communities, long departments, long staff, long externalPeople) {
	}

	/** An active staff member of a tenant, as other modules need them: to assign work and to scope records. */
	record StaffMember(long accountId, String fullName, long departmentId, String departmentName, Long communityId,
			Role role, String certificateNo, String qualificationNo) {
	}

	/** The active staff member with this account in this tenant, if there is one. */
	java.util.Optional<StaffMember> staffMember(long tenantId, long accountId);

	/** The active staff of a tenant, by department. */
	java.util.List<StaffMember> activeStaff(long tenantId);

	/** The active communities of a tenant: identifier and name, in code order. */
	java.util.List<CommunityRef> activeCommunities(long tenantId);

	record CommunityRef(long id, String name) {
	}

	/** An active tenant by its 9-digit statistics code, for public pages that name the subdistrict in the address. */
	java.util.Optional<TenantRef> activeTenant(String code);

	record TenantRef(long id, String code, String name, String district, String city) {
	}

	/** Every active tenant, by code: the subdistricts whose public pages the public portal lists. */
	java.util.List<TenantRef> activeTenants();
}
