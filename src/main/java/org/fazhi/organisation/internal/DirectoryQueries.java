package org.fazhi.organisation.internal;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryQueries implements OrganisationDirectory {

	private final Communities communities;
	private final Departments departments;
	private final StaffAccounts staff;
	private final ExternalPeople externalPeople;

	DirectoryQueries(Communities communities, Departments departments, StaffAccounts staff,
			ExternalPeople externalPeople) {
		this.communities = communities;
		this.departments = departments;
		this.staff = staff;
		this.externalPeople = externalPeople;
	}

	@Override
	public Headcount headcount(FazhiUser user) {
		return new Headcount(communities.countByTenantIdAndActiveTrue(user.tenantId()),
				departments.countByTenantIdAndActiveTrue(user.tenantId()),
				staff.countByTenantIdAndActiveTrue(user.tenantId()),
				externalPeople.countByTenantIdAndActiveTrue(user.tenantId()));
	}
}
