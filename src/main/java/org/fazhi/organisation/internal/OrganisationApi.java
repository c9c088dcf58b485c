package org.fazhi.organisation.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation model as JSON, for district and provincial platforms: the same use cases and the same tenant
 * confinement as the pages.
 */
@RestController
@RequestMapping("/api/v1/organisation")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'AUDITOR')")
class OrganisationApi {

	private static final String ADMIN_ONLY = OrganisationPages.ADMIN_ONLY;

	record TenantView(long id, String code, String name, String district, String city, String province,
			boolean active) {
		static TenantView of(Tenant t) {
			return new TenantView(t.getId(), t.getCode(), t.getName(), t.getDistrictName(), t.getCityName(),
					t.getProvinceName(), t.isActive());
		}
	}

	record CommunityView(long id, String code, String name, boolean active) {
		static CommunityView of(Community c) {
			return new CommunityView(c.getId(), c.getCode(), c.getName(), c.isActive());
		}
	}

	record DepartmentView(long id, String code, String name, DepartmentKind kind, boolean active) {
		static DepartmentView of(Department d) {
			return new DepartmentView(d.getId(), d.getCode(), d.getName(), d.getKind(), d.isActive());
		}
	}

	record StaffView(long id, String username, String fullName, String jobTitle, Role role, long departmentId,
			String department, Long communityId, String community, boolean active) {
		static StaffView of(StaffAccount s) {
			var community = s.getCommunity();
			return new StaffView(s.getId(), s.getUsername(), s.getFullName(), s.getJobTitle(), s.getRole(),
					s.getDepartment().getId(), s.getDepartment().getName(), community == null ? null : community.getId(),
					community == null ? null : community.getName(), s.isActive());
		}
	}

	/** An outside person; personal data is always masked here. */
	record PersonView(long id, ExternalPersonKind kind, String fullName, String affiliation, String speciality,
			Long communityId, String community, String phone, String idNumber, boolean active) {
		static PersonView of(ExternalPerson p) {
			var community = p.getCommunity();
			return new PersonView(p.getId(), p.getKind(), p.getFullName(), p.getAffiliation(), p.getSpeciality(),
					community == null ? null : community.getId(), community == null ? null : community.getName(),
					p.getMaskedPhone(), p.getMaskedIdNumber(), p.isActive());
		}
	}

	/** Writes are for administrators; checked before the request body is read and validated. */
	@Bean
	static AccessRule organisationApiPostsAreForAdministrators() {
		return new AccessRule(HttpMethod.POST, "/api/v1/organisation/**", List.of(Role.ADMIN.name()));
	}

	@Bean
	static AccessRule organisationApiPutsAreForAdministrators() {
		return new AccessRule(HttpMethod.PUT, "/api/v1/organisation/**", List.of(Role.ADMIN.name()));
	}

	private final OrganisationAdministration administration;

	OrganisationApi(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/tenant")
	TenantView tenant(@AuthenticationPrincipal FazhiUser user) {
		return TenantView.of(administration.tenant(user, user.tenantId()));
	}

	@GetMapping("/communities")
	List<CommunityView> communities(@AuthenticationPrincipal FazhiUser user) {
		return administration.communities(user).stream().map(CommunityView::of).toList();
	}

	@GetMapping("/communities/{id}")
	CommunityView community(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return CommunityView.of(administration.community(user, id));
	}

	@PostMapping("/communities")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN_ONLY)
	CommunityView createCommunity(@AuthenticationPrincipal FazhiUser user, @Valid @RequestBody CommunityForm form) {
		return CommunityView.of(administration.createCommunity(user, form));
	}

	@PutMapping("/communities/{id}")
	@PreAuthorize(ADMIN_ONLY)
	CommunityView updateCommunity(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @RequestBody CommunityForm form) {
		return CommunityView.of(administration.updateCommunity(user, id, form));
	}

	@PostMapping("/communities/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	CommunityView communityActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active) {
		administration.setCommunityActive(user, id, active);
		return CommunityView.of(administration.community(user, id));
	}

	@GetMapping("/departments")
	List<DepartmentView> departments(@AuthenticationPrincipal FazhiUser user) {
		return administration.departments(user).stream().map(DepartmentView::of).toList();
	}

	@PostMapping("/departments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN_ONLY)
	DepartmentView createDepartment(@AuthenticationPrincipal FazhiUser user, @Valid @RequestBody DepartmentForm form) {
		return DepartmentView.of(administration.createDepartment(user, form));
	}

	@PutMapping("/departments/{id}")
	@PreAuthorize(ADMIN_ONLY)
	DepartmentView updateDepartment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @RequestBody DepartmentForm form) {
		return DepartmentView.of(administration.updateDepartment(user, id, form));
	}

	@PostMapping("/departments/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	DepartmentView departmentActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active) {
		administration.setDepartmentActive(user, id, active);
		return DepartmentView.of(administration.department(user, id));
	}

	@GetMapping("/staff")
	List<StaffView> staff(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long department) {
		return administration.staff(user, department).stream().map(StaffView::of).toList();
	}

	@PostMapping("/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN_ONLY)
	StaffView createStaff(@AuthenticationPrincipal FazhiUser user, @Valid @RequestBody StaffForm form) {
		return StaffView.of(administration.createStaff(user, form));
	}

	@PutMapping("/staff/{id}")
	@PreAuthorize(ADMIN_ONLY)
	StaffView updateStaff(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @RequestBody StaffForm form) {
		return StaffView.of(administration.updateStaff(user, id, form));
	}

	@PostMapping("/staff/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	StaffView staffActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active) {
		administration.setStaffActive(user, id, active);
		return StaffView.of(administration.staffAccount(user, id));
	}

	@GetMapping("/people")
	@PreAuthorize(OrganisationPages.READ_PEOPLE)
	List<PersonView> people(@AuthenticationPrincipal FazhiUser user,
			@RequestParam(required = false) ExternalPersonKind kind) {
		return administration.externalPeople(user, kind).stream().map(PersonView::of).toList();
	}

	@PostMapping("/people")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN_ONLY)
	PersonView registerPerson(@AuthenticationPrincipal FazhiUser user, @Valid @RequestBody ExternalPersonForm form) {
		return PersonView.of(administration.registerExternalPerson(user, form));
	}

	@PutMapping("/people/{id}")
	@PreAuthorize(ADMIN_ONLY)
	PersonView updatePerson(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @RequestBody ExternalPersonForm form) {
		return PersonView.of(administration.updateExternalPerson(user, id, form));
	}

	@PostMapping("/people/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	PersonView personActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active) {
		administration.setExternalPersonActive(user, id, active);
		return PersonView.of(administration.externalPerson(user, id));
	}
}
