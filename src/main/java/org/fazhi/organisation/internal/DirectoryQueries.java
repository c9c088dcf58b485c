package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Optional;

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
	private final Tenants tenants;

	DirectoryQueries(Communities communities, Departments departments, StaffAccounts staff,
			ExternalPeople externalPeople, Tenants tenants) {
		this.tenants = tenants;
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

	@Override
	public Optional<StaffMember> staffMember(long tenantId, long accountId) {
		// a load by id (the persistence context's, no query to translate), then the tenant: asked on every step of work
		return staff.findById(accountId).filter(a -> a.getTenant().getId() == tenantId).filter(StaffAccount::isActive)
			.map(DirectoryQueries::member);
	}

	@Override
	public List<StaffMember> activeStaff(long tenantId) {
		return staff.findByTenantIdOrderByDepartmentCodeAscUsernameAsc(tenantId).stream()
			.filter(StaffAccount::isActive)
			.map(DirectoryQueries::member)
			.toList();
	}

	@Override
	public List<CommunityRef> activeCommunities(long tenantId) {
		return communities.findByTenantIdAndActiveTrueOrderByCode(tenantId).stream()
			.map(c -> new CommunityRef(c.getId(), c.getName()))
			.toList();
	}

	@Override
	public Optional<TenantRef> activeTenant(String code) {
		if (code == null || !code.matches("\\d{9}")) {
			return Optional.empty();
		}
		return tenants.findByCode(code).filter(Tenant::isActive).map(t -> new TenantRef(t.getId(), t.getCode(),
				t.getName(), t.getDistrictName(), t.getCityName()));
	}

	@Override
	public java.util.List<TenantRef> activeTenants() {
		return tenants.findAllByOrderByCode().stream().filter(Tenant::isActive)
			.map(t -> new TenantRef(t.getId(), t.getCode(), t.getName(), t.getDistrictName(), t.getCityName()))
			.toList();
	}

	private static StaffMember member(StaffAccount account) {
		var community = account.getCommunity();
		return new StaffMember(account.getId(), account.getFullName(), account.getDepartment().getId(),
				account.getDepartment().getName(), community == null ? null : community.getId(), account.getRole(),
				account.getCertificateNo(), account.getQualificationNo());
	}
}
