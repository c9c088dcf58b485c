package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation model keeps its rules and its tenants apart: refusals carry a clear Chinese message and write
 * nothing; one tenant never reads or touches another's records.
 */
@FazhiIntegrationTest
class OrganisationAdministrationIntegrationTests {

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	Communities communities;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private FazhiUser admin() {
		return (FazhiUser) accounts.loadUserByUsername("admin");
	}

	@Test
	void demoTenantHasNineCommunitiesAndAboutThirtyStaffInEveryRole() {
		var admin = admin();
		assertThat(admin.tenantCode()).isEqualTo("440303007");
		// other tests of this class add communities to the same database, so count the demo codes 001-009
		assertThat(administration.communities(admin)).filteredOn(c -> c.getCode().compareTo("440303007010") < 0)
			.hasSize(9)
			.extracting(Community::getName).contains("东乐社区", "金鹏社区");
		var staff = administration.staff(admin, null);
		assertThat(staff).hasSizeBetween(28, 35);
		assertThat(staff).extracting(StaffAccount::getRole).contains(Role.values());
		assertThat(administration.externalPeople(admin, ExternalPersonKind.LEGAL_SAVVY_RESIDENT)).hasSize(9);
	}

	@Test
	void refusesACommunityWhoseParentIsAnotherTenantAndWritesNothing() {
		long before = communities.count();
		var form = new CommunityForm("440303008", "440303008020", "莲塘测试社区");
		assertThatThrownBy(() -> administration.createCommunity(admin(), form)).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "community.tenant.foreign");
		assertThat(communities.count()).isEqualTo(before);
	}

	@Test
	void refusesACommunityCodeOutsideTheTenant() {
		long before = communities.count();
		var form = new CommunityForm(null, "440303008021", "越界社区");
		assertThatThrownBy(() -> administration.createCommunity(admin(), form)).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "community.code.outsideTenant");
		assertThat(communities.count()).isEqualTo(before);
	}

	@Test
	void refusesADuplicateCommunityCodeWithAChineseMessageOnThePage() throws Exception {
		long before = communities.count();
		mvc.perform(post("/organisation/communities/new").with(user(admin())).with(csrf())
			.param("tenantCode", "440303007").param("code", "440303007001").param("name", "重复代码社区"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "community.code.duplicate"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("社区代码 440303007001 已被使用。")));
		assertThat(communities.count()).isEqualTo(before);
	}

	@Test
	void refusesABlankCommunityNameThroughTheApiInChinese() throws Exception {
		long before = communities.count();
		mvc.perform(post("/api/v1/organisation/communities").with(user(admin())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "440303007030", "name": "   "}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写社区名称。"));
		assertThat(communities.count()).isEqualTo(before);
	}

	@Test
	void refusesAForeignParentThroughTheApiInChinese() throws Exception {
		mvc.perform(post("/api/v1/organisation/communities").with(user(admin())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"tenantCode": "440303008", "code": "440303008031", "name": "外街道社区"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("tenantCode"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("不能把社区建在其他街道（440303008）下")));
	}

	@Test
	void createsEditsAndDeactivatesACommunity() throws Exception {
		var admin = admin();
		var created = administration.createCommunity(admin, new CommunityForm(null, "440303007040", "新建测试社区"));
		administration.updateCommunity(admin, created.getId(), new CommunityForm(null, "440303007040", "改名测试社区"));
		administration.setCommunityActive(admin, created.getId(), false);
		var reread = administration.community(admin, created.getId());
		assertThat(reread.getName()).isEqualTo("改名测试社区");
		assertThat(reread.isActive()).isFalse();
		assertThat(administration.activeCommunities(admin)).extracting(Community::getId).doesNotContain(created.getId());
	}

	@Test
	void tenantsNeverSeeEachOthersRecords() throws Exception {
		var form = new TenantForm();
		form.setCode("440303008");
		form.setAdminUsername("liantang.admin");
		form.setAdminFullName("莲塘管理员");
		form.setAdminPassword("Liantang#2024");
		administration.openTenant(form);
		// the new administrator chose their own password (until then every page sends them to the password form)
		transactions.executeWithoutResult(status -> staffAccounts.findByUsername("liantang.admin").orElseThrow()
			.changePassword("{noop}unused"));
		var other = (FazhiUser) accounts.loadUserByUsername("liantang.admin");
		assertThat(other.mustChangePassword()).isFalse();
		assertThat(other.tenantCode()).isEqualTo("440303008");
		assertThat(other.tenantName()).isEqualTo("莲塘街道");

		long donghuCommunity = administration.communities(admin()).get(0).getId();
		assertThat(administration.communities(other)).isEmpty();
		assertThat(administration.staff(other, null)).extracting(StaffAccount::getUsername)
			.containsExactly("liantang.admin");
		assertThatThrownBy(() -> administration.community(other, donghuCommunity)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> administration.setCommunityActive(other, donghuCommunity, false))
			.isInstanceOf(NotFound.class);
		mvc.perform(get("/api/v1/organisation/communities/" + donghuCommunity).with(user(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/organisation/communities/" + donghuCommunity + "/edit").with(user(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisation/communities").with(user(other)))
			.andExpect(status().isOk()).andExpect(content().json("[]"));

		// a staff account of the new tenant cannot be placed in Donghu's department
		var donghuDepartment = administration.departments(admin()).get(0).getId();
		var staff = new StaffForm();
		staff.setUsername("liantang.worker");
		staff.setFullName("越界人员");
		staff.setRole(Role.LEGAL_OFFICER);
		staff.setDepartmentId(donghuDepartment);
		staff.setInitialPassword("Worker#20241");
		assertThatThrownBy(() -> administration.createStaff(other, staff)).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "staff.department.foreign");
		assertThat(staffAccounts.existsByUsername("liantang.worker")).isFalse();
	}

	@Test
	void refusesADuplicateUserNameAndACommunityWorkerWithoutCommunity() {
		var admin = admin();
		var form = new StaffForm();
		form.setUsername("legal");
		form.setFullName("重名");
		form.setRole(Role.LEGAL_OFFICER);
		form.setDepartmentId(administration.departments(admin).get(0).getId());
		form.setInitialPassword("Another#2024");
		assertThatThrownBy(() -> administration.createStaff(admin, form))
			.hasFieldOrPropertyWithValue("messageKey", "staff.username.duplicate");
		form.setUsername("new.worker");
		form.setRole(Role.COMMUNITY_WORKER);
		assertThatThrownBy(() -> administration.createStaff(admin, form))
			.hasFieldOrPropertyWithValue("messageKey", "staff.community.required");
		assertThat(staffAccounts.existsByUsername("new.worker")).isFalse();
	}

	@Test
	void onlyAdministratorsChangeTheOrganisationAndCommunityWorkersDoNotSeeIt() throws Exception {
		var leader = (FazhiUser) accounts.loadUserByUsername("leader");
		var worker = (FazhiUser) accounts.loadUserByUsername("worker");
		mvc.perform(get("/organisation/communities").with(user(leader))).andExpect(status().isOk());
		mvc.perform(get("/organisation/communities/new").with(user(leader))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisation/communities").with(user(leader)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"440303007050\",\"name\":\"领导建的\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organisation/communities").with(user(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisation/staff").with(user(worker))).andExpect(status().isForbidden());
	}
}
