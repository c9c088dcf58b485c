package org.fazhi.organisation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.fazhi.shared.Input;

/**
 * The administrator's use cases on the organisation model. Every read and write is confined to the caller's tenant: a
 * record of another tenant is reported as not found, and a reference to one is refused.
 */
@Service
@Transactional
public class OrganisationAdministration {

	static final String TENANT = "TENANT";
	static final String COMMUNITY = "COMMUNITY";
	static final String DEPARTMENT = "DEPARTMENT";
	static final String STAFF_ACCOUNT = "STAFF_ACCOUNT";
	static final String EXTERNAL_PERSON = "EXTERNAL_PERSON";

	private final Tenants tenants;
	private final Communities communities;
	private final Departments departments;
	private final StaffAccounts staff;
	private final ExternalPeople externalPeople;
	private final Regions regions;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail trail;
	private final MessageSource messages;

	OrganisationAdministration(Tenants tenants, Communities communities, Departments departments, StaffAccounts staff,
			ExternalPeople externalPeople, Regions regions, PasswordEncoder passwordEncoder, AuditTrail trail,
			MessageSource messages) {
		this.messages = messages;
		this.tenants = tenants;
		this.communities = communities;
		this.departments = departments;
		this.staff = staff;
		this.externalPeople = externalPeople;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.trail = trail;
	}

	private void audit(AuditAction action, String recordType, Object id, String detail) {
		trail.record(action, recordType, id, AuditOutcome.SUCCESS, detail);
	}

	private static String activeDetail(boolean active) {
		return active ? "activated" : "deactivated";
	}

	// --- tenants -----------------------------------------------------------------------------------------------

	/** The platform operator lists every tenant; anyone else only their own. */
	@Transactional(readOnly = true)
	public List<Tenant> tenants(FazhiUser actor) {
		if (actor.hasRole(Role.PLATFORM_OPERATOR)) {
			return tenants.findAllByOrderByCode();
		}
		return tenants.findById(actor.tenantId()).map(List::of).orElse(List.of());
	}

	/** A tenant the actor answers for: any for the platform operator, otherwise only the actor's own (else 404). */
	@Transactional(readOnly = true)
	public Tenant tenant(FazhiUser actor, long id) {
		if (!actor.hasRole(Role.PLATFORM_OPERATOR) && id != actor.tenantId()) {
			throw new NotFound("tenant", id);
		}
		return tenants.findById(id).orElseThrow(() -> new NotFound("tenant", id));
	}

	/** Opens a subdistrict: the tenant, its general office and its first administrator, who must change the password. */
	public Tenant openTenant(TenantForm form) {
		var township = regions.township(form.getCode())
			.orElseThrow(() -> new RuleViolation("code", "tenant.code.unknown", form.getCode()));
		if (tenants.existsByCode(township.code())) {
			throw new RuleViolation("code", "tenant.code.duplicate", township.code());
		}
		if (staff.existsByUsername(form.getAdminUsername())) {
			throw new RuleViolation("adminUsername", "staff.username.duplicate", form.getAdminUsername());
		}
		PasswordPolicy.check("adminPassword", form.getAdminPassword(), form.getAdminUsername());
		var tenant = tenants.save(new Tenant(township, false));
		trail.openChain(tenant.getId());
		// the office's working language is Chinese: the first department gets its Chinese name
		var office = departments.save(new Department(tenant, "DZB", messages.getMessage(
				DepartmentKind.GENERAL_OFFICE.messageKey(), null, Locale.SIMPLIFIED_CHINESE),
				DepartmentKind.GENERAL_OFFICE));
		staff.save(new StaffAccount(tenant, office, null, form.getAdminUsername(),
				passwordEncoder.encode(form.getAdminPassword()), form.getAdminFullName(), null,
				org.fazhi.organisation.Role.ADMIN));
		audit(AuditAction.CREATE, TENANT, tenant.getId(), tenant.getCode() + " " + tenant.getName()
				+ ", administrator " + form.getAdminUsername());
		return tenant;
	}

	/**
	 * Creates the platform operator of the installation unless one exists: an account of the first subdistrict's
	 * general office whose role reads no tenant's records. The password must be changed at the first sign-in.
	 *
	 * @return whether it was created
	 */
	public boolean openPlatformOperator(String username, String password) {
		if (staff.existsByRole(Role.PLATFORM_OPERATOR) || staff.existsByUsername(username)) {
			return false;
		}
		PasswordPolicy.check("password", password, username);
		var first = tenants.findAllByOrderByCode().get(0);
		var office = departments.findByTenantIdOrderByCode(first.getId()).get(0);
		staff.save(new StaffAccount(first, office, null, username, passwordEncoder.encode(password), username, null,
				Role.PLATFORM_OPERATOR));
		trail.record(null, null, "bootstrap", AuditAction.CREATE, STAFF_ACCOUNT, username, AuditOutcome.SUCCESS,
				"platform operator " + username);
		return true;
	}

	public void renameTenant(FazhiUser actor, long id, String name) {
		var tenant = ownTenant(actor, id);
		String trimmed = Input.trim(name);
		if (trimmed == null) {
			throw new RuleViolation("name", "tenant.name.required");
		}
		if (trimmed.length() > 60) {
			throw new RuleViolation("name", "field.tooLong");
		}
		tenant.rename(trimmed);
		audit(AuditAction.UPDATE, TENANT, id, "name " + trimmed);
	}

	/** Only the platform operator switches a tenant on or off; its accounts' sessions and tokens end at once. */
	public void setTenantActive(FazhiUser actor, long id, boolean active) {
		if (!actor.hasRole(Role.PLATFORM_OPERATOR)) {
			throw new NotFound("tenant", id);
		}
		var tenant = tenant(actor, id);
		if (!active && tenant.getId() == actor.tenantId()) {
			throw new RuleViolation(null, "tenant.deactivate.own");
		}
		if (active) {
			tenant.reactivate();
		}
		else {
			tenant.deactivate();
		}
		audit(AuditAction.STATE_CHANGE, TENANT, id, activeDetail(active));
	}

	private Tenant ownTenant(FazhiUser actor, long id) {
		if (id != actor.tenantId()) {
			throw new NotFound("tenant", id);
		}
		return tenant(actor, id);
	}

	// --- communities -------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<Community> communities(FazhiUser actor) {
		return communities.findByTenantIdOrderByCode(actor.tenantId());
	}

	@Transactional(readOnly = true)
	public List<Community> activeCommunities(FazhiUser actor) {
		return communities.findByTenantIdAndActiveTrueOrderByCode(actor.tenantId());
	}

	@Transactional(readOnly = true)
	public Community community(FazhiUser actor, long id) {
		return communities.findByIdAndTenantId(id, actor.tenantId()).orElseThrow(() -> new NotFound("community", id));
	}

	public Community createCommunity(FazhiUser actor, CommunityForm form) {
		var tenant = tenants.getReferenceById(actor.tenantId());
		checkCommunity(actor, form, null);
		var community = communities.save(new Community(tenant, form.getCode(), form.getName()));
		audit(AuditAction.CREATE, COMMUNITY, community.getId(), form.getCode() + " " + form.getName());
		return community;
	}

	public Community updateCommunity(FazhiUser actor, long id, CommunityForm form) {
		var community = community(actor, id);
		checkCommunity(actor, form, id);
		community.change(form.getCode(), form.getName());
		audit(AuditAction.UPDATE, COMMUNITY, id, form.getCode() + " " + form.getName());
		return community;
	}

	private void checkCommunity(FazhiUser actor, CommunityForm form, Long id) {
		requireText("name", form.getName(), "community.name.required");
		requireText("code", form.getCode(), "community.code.required");
		if (form.getTenantCode() != null && !form.getTenantCode().equals(actor.tenantCode())) {
			throw new RuleViolation("tenantCode", "community.tenant.foreign", form.getTenantCode(), actor.tenantCode());
		}
		if (!form.getCode().matches("\\d{12}")) {
			throw new RuleViolation("code", "community.code.format");
		}
		// a community's code extends its township's code (统计用区划代码: 9 digits township + 3 digits community)
		if (!form.getCode().startsWith(actor.tenantCode())) {
			throw new RuleViolation("code", "community.code.outsideTenant", form.getCode(), actor.tenantCode());
		}
		boolean duplicateCode = id == null ? communities.existsByCode(form.getCode())
				: communities.existsByCodeAndIdNot(form.getCode(), id);
		if (duplicateCode) {
			throw new RuleViolation("code", "community.code.duplicate", form.getCode());
		}
		boolean duplicateName = id == null ? communities.existsByTenantIdAndName(actor.tenantId(), form.getName())
				: communities.existsByTenantIdAndNameAndIdNot(actor.tenantId(), form.getName(), id);
		if (duplicateName) {
			throw new RuleViolation("name", "community.name.duplicate", form.getName());
		}
	}

	public void setCommunityActive(FazhiUser actor, long id, boolean active) {
		var community = community(actor, id);
		if (active) {
			community.reactivate();
		}
		else {
			community.deactivate();
		}
		audit(AuditAction.STATE_CHANGE, COMMUNITY, id, activeDetail(active));
	}

	// --- departments -------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<Department> departments(FazhiUser actor) {
		return departments.findByTenantIdOrderByCode(actor.tenantId());
	}

	@Transactional(readOnly = true)
	public List<Department> activeDepartments(FazhiUser actor) {
		return departments.findByTenantIdAndActiveTrueOrderByCode(actor.tenantId());
	}

	@Transactional(readOnly = true)
	public Department department(FazhiUser actor, long id) {
		return departments.findByIdAndTenantId(id, actor.tenantId()).orElseThrow(() -> new NotFound("department", id));
	}

	public Department createDepartment(FazhiUser actor, DepartmentForm form) {
		checkDepartment(actor, form, null);
		var tenant = tenants.getReferenceById(actor.tenantId());
		var department = departments.save(new Department(tenant, form.getCode(), form.getName(), form.getKind()));
		audit(AuditAction.CREATE, DEPARTMENT, department.getId(), form.getCode() + " " + form.getName());
		return department;
	}

	public Department updateDepartment(FazhiUser actor, long id, DepartmentForm form) {
		var department = department(actor, id);
		checkDepartment(actor, form, id);
		department.change(form.getCode(), form.getName(), form.getKind());
		audit(AuditAction.UPDATE, DEPARTMENT, id, form.getCode() + " " + form.getName() + " " + form.getKind());
		return department;
	}

	private void checkDepartment(FazhiUser actor, DepartmentForm form, Long id) {
		requireText("name", form.getName(), "department.name.required");
		requireText("code", form.getCode(), "department.code.required");
		if (form.getKind() == null) {
			throw new RuleViolation("kind", "department.kind.required");
		}
		boolean duplicateCode = id == null ? departments.existsByTenantIdAndCode(actor.tenantId(), form.getCode())
				: departments.existsByTenantIdAndCodeAndIdNot(actor.tenantId(), form.getCode(), id);
		if (duplicateCode) {
			throw new RuleViolation("code", "department.code.duplicate", form.getCode());
		}
		boolean duplicateName = id == null ? departments.existsByTenantIdAndName(actor.tenantId(), form.getName())
				: departments.existsByTenantIdAndNameAndIdNot(actor.tenantId(), form.getName(), id);
		if (duplicateName) {
			throw new RuleViolation("name", "department.name.duplicate", form.getName());
		}
	}

	public void setDepartmentActive(FazhiUser actor, long id, boolean active) {
		var department = department(actor, id);
		if (!active && department.getId() == actor.departmentId()) {
			throw new RuleViolation(null, "department.deactivate.own");
		}
		if (active) {
			department.reactivate();
		}
		else {
			department.deactivate();
		}
		audit(AuditAction.STATE_CHANGE, DEPARTMENT, id, activeDetail(active));
	}

	// --- staff accounts ----------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<StaffAccount> staff(FazhiUser actor, Long departmentId) {
		return departmentId == null ? staff.findByTenantIdOrderByDepartmentCodeAscUsernameAsc(actor.tenantId())
				: staff.findByTenantIdAndDepartmentIdOrderByUsername(actor.tenantId(), departmentId);
	}

	@Transactional(readOnly = true)
	public StaffAccount staffAccount(FazhiUser actor, long id) {
		return staff.findByIdAndTenantId(id, actor.tenantId()).orElseThrow(() -> new NotFound("staff", id));
	}

	public StaffAccount createStaff(FazhiUser actor, StaffForm form) {
		requireText("username", form.getUsername(), "staff.username.required");
		if (staff.existsByUsername(form.getUsername())) {
			throw new RuleViolation("username", "staff.username.duplicate", form.getUsername());
		}
		var placement = placement(actor, form);
		PasswordPolicy.check("initialPassword", form.getInitialPassword(), form.getUsername());
		var tenant = tenants.getReferenceById(actor.tenantId());
		var account = new StaffAccount(tenant, placement.department(), placement.community(), form.getUsername(),
				passwordEncoder.encode(form.getInitialPassword()), form.getFullName(), form.getJobTitle(),
				form.getRole());
		account.assignScope(form.getDataScope());
		account.assignCertificate(form.getCertificateNo());
		account.assignQualification(form.getQualificationNo());
		account = staff.save(account);
		audit(AuditAction.CREATE, STAFF_ACCOUNT, account.getId(), form.getUsername() + " " + form.getRole());
		return account;
	}

	public StaffAccount updateStaff(FazhiUser actor, long id, StaffForm form) {
		var account = staffAccount(actor, id);
		var placement = placement(actor, form);
		if (account.getId() == actor.accountId() && form.getRole() != account.getRole()) {
			throw new RuleViolation("role", "staff.role.own");
		}
		account.change(placement.department(), placement.community(), form.getFullName(), form.getJobTitle(),
				form.getRole(), form.getDataScope());
		account.assignCertificate(form.getCertificateNo());
		account.assignQualification(form.getQualificationNo());
		audit(AuditAction.UPDATE, STAFF_ACCOUNT, id, account.getUsername() + " " + form.getRole() + " department "
				+ placement.department().getId());
		return account;
	}

	private record Placement(Department department, Community community) {
	}

	private Placement placement(FazhiUser actor, StaffForm form) {
		requireText("fullName", form.getFullName(), "staff.fullName.required");
		if (form.getRole() == null) {
			throw new RuleViolation("role", "staff.role.required");
		}
		if (form.getDepartmentId() == null) {
			throw new RuleViolation("departmentId", "staff.department.required");
		}
		var department = departments.findByIdAndTenantId(form.getDepartmentId(), actor.tenantId())
			.orElseThrow(() -> new RuleViolation("departmentId", "staff.department.foreign"));
		if (!department.isActive()) {
			throw new RuleViolation("departmentId", "staff.department.inactive", department.getName());
		}
		Community community = null;
		if (form.getCommunityId() != null) {
			community = communities.findByIdAndTenantId(form.getCommunityId(), actor.tenantId())
				.orElseThrow(() -> new RuleViolation("communityId", "staff.community.foreign"));
		}
		if (form.getCertificateNo() != null && !form.getCertificateNo().matches("[0-9A-Za-z-]{4,30}")) {
			throw new RuleViolation("certificateNo", "staff.certificateNo.format");
		}
		if (form.getQualificationNo() != null && !form.getQualificationNo().matches("[0-9A-Za-z]{6,30}")) {
			throw new RuleViolation("qualificationNo", "staff.qualificationNo.format");
		}
		DataScope scope = form.getDataScope() != null ? form.getDataScope() : form.getRole().defaultScope();
		if (community == null && scope == DataScope.COMMUNITY) {
			throw new RuleViolation("communityId", "staff.community.required");
		}
		return new Placement(department, community);
	}

	public void setStaffActive(FazhiUser actor, long id, boolean active) {
		var account = staffAccount(actor, id);
		if (!active && Objects.equals(account.getId(), actor.accountId())) {
			throw new RuleViolation(null, "staff.deactivate.own");
		}
		if (active) {
			account.reactivate();
		}
		else {
			account.deactivate();
		}
		audit(AuditAction.STATE_CHANGE, STAFF_ACCOUNT, id, activeDetail(active));
	}

	/**
	 * Sets a new password for a staff member who forgot theirs or was locked out; they must replace it at the next
	 * sign-in.
	 */
	public void resetPassword(FazhiUser actor, long id, String newPassword) {
		var account = staffAccount(actor, id);
		PasswordPolicy.check("password", newPassword, account.getUsername());
		account.resetPassword(passwordEncoder.encode(newPassword));
		trail.record(AuditAction.PASSWORD_RESET, STAFF_ACCOUNT, id, AuditOutcome.SUCCESS, account.getUsername());
	}

	// --- external people ---------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<ExternalPerson> externalPeople(FazhiUser actor, ExternalPersonKind kind) {
		return kind == null ? externalPeople.findByTenantIdOrderByKindAscFullNameAsc(actor.tenantId())
				: externalPeople.findByTenantIdAndKindOrderByFullName(actor.tenantId(), kind);
	}

	@Transactional(readOnly = true)
	public ExternalPerson externalPerson(FazhiUser actor, long id) {
		return externalPeople.findByIdAndTenantId(id, actor.tenantId())
			.orElseThrow(() -> new NotFound("external person", id));
	}

	public ExternalPerson registerExternalPerson(FazhiUser actor, ExternalPersonForm form) {
		var community = externalCommunity(actor, form);
		var tenant = tenants.getReferenceById(actor.tenantId());
		checkPersonalData(form);
		var person = new ExternalPerson(tenant, community, form.getKind(), form.getFullName(), form.getAffiliation(),
				form.getSpeciality());
		person.changePersonalData(form.getPhone(), form.getIdNumber());
		person = externalPeople.save(person);
		audit(AuditAction.CREATE, EXTERNAL_PERSON, person.getId(), form.getKind() + " " + form.getFullName());
		return person;
	}

	public ExternalPerson updateExternalPerson(FazhiUser actor, long id, ExternalPersonForm form) {
		var person = externalPerson(actor, id);
		var community = externalCommunity(actor, form);
		checkPersonalData(form);
		person.change(community, form.getKind(), form.getFullName(), form.getAffiliation(), form.getSpeciality());
		person.changePersonalData(form.getPhone(), form.getIdNumber());
		audit(AuditAction.UPDATE, EXTERNAL_PERSON, id, form.getKind() + " " + form.getFullName());
		return person;
	}

	private Community externalCommunity(FazhiUser actor, ExternalPersonForm form) {
		if (form.getKind() == null) {
			throw new RuleViolation("kind", "external.kind.required");
		}
		requireText("fullName", form.getFullName(), "external.fullName.required");
		requireText("affiliation", form.getAffiliation(), "external.affiliation.required");
		if (form.getCommunityId() == null) {
			if (form.getKind().needsCommunity()) {
				throw new RuleViolation("communityId", "external.community.required");
			}
			return null;
		}
		return communities.findByIdAndTenantId(form.getCommunityId(), actor.tenantId())
			.orElseThrow(() -> new RuleViolation("communityId", "staff.community.foreign"));
	}

	private static void checkPersonalData(ExternalPersonForm form) {
		if (form.getPhone() != null && !PersonalData.validPhone(form.getPhone())) {
			throw new RuleViolation("phone", "external.phone.invalid");
		}
		// 公民身份号码 GB 11643-1999: 17 digits and a check character
		if (form.getIdNumber() != null && !PersonalData.validIdentityNumber(form.getIdNumber())) {
			throw new RuleViolation("idNumber", "external.idNumber.invalid");
		}
	}

	/** The person's contact data in clear, for a role allowed to see it; each look is audited. */
	@Transactional(readOnly = true)
	public ExternalPerson revealPersonalData(FazhiUser actor, long id) {
		var person = externalPerson(actor, id);
		trail.record(AuditAction.REVEAL, EXTERNAL_PERSON, id, AuditOutcome.SUCCESS, "phone, identity number");
		return person;
	}

	public void setExternalPersonActive(FazhiUser actor, long id, boolean active) {
		var person = externalPerson(actor, id);
		if (active) {
			person.reactivate();
		}
		else {
			person.deactivate();
		}
		audit(AuditAction.STATE_CHANGE, EXTERNAL_PERSON, id, activeDetail(active));
	}

	private static void requireText(String field, String value, String messageKey) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, messageKey);
		}
	}
}
