package org.fazhi.organisation.internal;

import java.util.Set;

import jakarta.validation.Valid;

import org.fazhi.audit.RecordHistory;
import org.fazhi.audit.Refusals;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for the organisation model. Leaders and auditors read them; only administrators change
 * anything. Each list shows the caller's tenant only.
 */
@Controller
@RequestMapping("/organisation")
// the platform operator passes here only for the subdistricts: the security filter chain keeps it out of the rest
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'AUDITOR', 'PLATFORM_OPERATOR')")
class OrganisationPages {

	static final String ADMIN_ONLY = "hasRole('ADMIN')";
	/** Opening and switching off subdistricts belongs to the platform operator, never to a tenant's administrator. */
	static final String OPERATOR_ONLY = "hasRole('PLATFORM_OPERATOR')";

	/** The justice office works with mediators and 法律明白人, so it reads the outside people too. */
	static final String READ_PEOPLE = "hasAnyRole('ADMIN', 'LEADER', 'AUDITOR', 'LEGAL_OFFICER')";

	/** Who may see personal data in clear (个人信息保护法: as few as the work needs). */
	static final String REVEAL_PERSONAL_DATA = "hasAnyRole('ADMIN', 'LEGAL_OFFICER')";

	private final OrganisationAdministration administration;
	private final Refusals refusals;
	private final FormActions forms;
	private final RecordHistory history;

	OrganisationPages(OrganisationAdministration administration, Refusals refusals, FormActions forms,
			RecordHistory history) {
		this.history = history;
		this.administration = administration;
		this.refusals = refusals;
		this.forms = forms;
	}

	@Bean
	static NavigationEntry organisationNavigation() {
		return new NavigationEntry(90, "system", "nav.organisation", "/organisation/communities",
				Set.of(Role.ADMIN.name(), Role.LEADER.name(), Role.AUDITOR.name()));
	}

	@Bean
	static NavigationEntry tenantsNavigation() {
		return new NavigationEntry(89, "system", "nav.tenants", "/organisation/tenants", Set.of(Role.PLATFORM_OPERATOR.name()));
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("departmentKinds")
	DepartmentKind[] departmentKinds() {
		return DepartmentKind.values();
	}

	@GetMapping
	String index() {
		return "redirect:/organisation/communities";
	}

	// --- tenants -----------------------------------------------------------------------------------------------

	@GetMapping("/tenants")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'AUDITOR', 'PLATFORM_OPERATOR')")
	String tenants(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("tenants", administration.tenants(user));
		return "organisation/tenants";
	}

	@GetMapping("/tenants/new")
	@PreAuthorize(OPERATOR_ONLY)
	String newTenant(Model model) {
		model.addAttribute("form", new TenantForm());
		return "organisation/tenant-form";
	}

	@PostMapping("/tenants/new")
	@PreAuthorize(OPERATOR_ONLY)
	String openTenant(@Valid @ModelAttribute("form") TenantForm form, BindingResult result,
			RedirectAttributes redirect) {
		return forms.save(result, "organisation/tenant-form", () -> administration.openTenant(form), redirect,
				"/organisation/tenants");
	}

	@PostMapping("/tenants/{id}/name")
	@PreAuthorize(ADMIN_ONLY)
	String renameTenant(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam String name,
			RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/tenants", () -> administration.renameTenant(user, id, name));
	}

	@PostMapping("/tenants/{id}/active")
	@PreAuthorize(OPERATOR_ONLY)
	String tenantActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/tenants", () -> administration.setTenantActive(user, id, active));
	}

	// --- communities -------------------------------------------------------------------------------------------

	@GetMapping("/communities")
	String communities(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("communities", administration.communities(user));
		return "organisation/communities";
	}

	@GetMapping("/communities/new")
	@PreAuthorize(ADMIN_ONLY)
	String newCommunity(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("form", new CommunityForm(user.tenantCode(), user.tenantCode(), null));
		return "organisation/community-form";
	}

	@PostMapping("/communities/new")
	@PreAuthorize(ADMIN_ONLY)
	String createCommunity(@AuthenticationPrincipal FazhiUser user, @Valid @ModelAttribute("form") CommunityForm form,
			BindingResult result, RedirectAttributes redirect) {
		return forms.save(result, "organisation/community-form", () -> administration.createCommunity(user, form), redirect,
				"/organisation/communities");
	}

	@GetMapping("/communities/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String editCommunity(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", CommunityForm.of(administration.community(user, id), user.tenantCode()));
		model.addAttribute("recordId", id);
		return "organisation/community-form";
	}

	@PostMapping("/communities/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String updateCommunity(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") CommunityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		return forms.save(result, "organisation/community-form", () -> administration.updateCommunity(user, id, form),
				redirect, "/organisation/communities");
	}

	@PostMapping("/communities/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	String communityActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/communities", () -> administration.setCommunityActive(user, id, active));
	}

	// --- departments -------------------------------------------------------------------------------------------

	@GetMapping("/departments")
	String departments(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("departments", administration.departments(user));
		return "organisation/departments";
	}

	@GetMapping("/departments/new")
	@PreAuthorize(ADMIN_ONLY)
	String newDepartment(Model model) {
		model.addAttribute("form", new DepartmentForm());
		return "organisation/department-form";
	}

	@PostMapping("/departments/new")
	@PreAuthorize(ADMIN_ONLY)
	String createDepartment(@AuthenticationPrincipal FazhiUser user,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, RedirectAttributes redirect) {
		return forms.save(result, "organisation/department-form", () -> administration.createDepartment(user, form),
				redirect, "/organisation/departments");
	}

	@GetMapping("/departments/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String editDepartment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", DepartmentForm.of(administration.department(user, id)));
		model.addAttribute("recordId", id);
		return "organisation/department-form";
	}

	@PostMapping("/departments/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String updateDepartment(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		return forms.save(result, "organisation/department-form", () -> administration.updateDepartment(user, id, form),
				redirect, "/organisation/departments");
	}

	@PostMapping("/departments/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	String departmentActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/departments", () -> administration.setDepartmentActive(user, id, active));
	}

	// --- staff accounts ----------------------------------------------------------------------------------------

	@GetMapping("/staff")
	String staff(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long department,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("staff", administration.staff(user, department));
		model.addAttribute("departments", administration.departments(user));
		model.addAttribute("selectedDepartment", department);
		return htmx != null ? "organisation/staff :: rows" : "organisation/staff";
	}

	@GetMapping("/staff/new")
	@PreAuthorize(ADMIN_ONLY)
	String newStaff(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("form", new StaffForm());
		return staffForm(user, model);
	}

	@PostMapping("/staff/new")
	@PreAuthorize(ADMIN_ONLY)
	String createStaff(@AuthenticationPrincipal FazhiUser user, @Valid @ModelAttribute("form") StaffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		staffForm(user, model);
		return forms.save(result, "organisation/staff-form", () -> administration.createStaff(user, form), redirect,
				"/organisation/staff");
	}

	@GetMapping("/staff/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String editStaff(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", StaffForm.of(administration.staffAccount(user, id)));
		model.addAttribute("recordId", id);
		model.addAttribute("history", history.of(StaffAccount.class, id));
		return staffForm(user, model);
	}

	@PostMapping("/staff/{id}/edit")
	@PreAuthorize(ADMIN_ONLY)
	String updateStaff(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("recordId", id);
		staffForm(user, model);
		return forms.save(result, "organisation/staff-form", () -> administration.updateStaff(user, id, form), redirect,
				"/organisation/staff");
	}

	@PostMapping("/staff/{id}/active")
	@PreAuthorize(ADMIN_ONLY)
	String staffActive(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return forms.act(redirect, "/organisation/staff", () -> administration.setStaffActive(user, id, active));
	}

	@PostMapping("/staff/{id}/password")
	@PreAuthorize(ADMIN_ONLY)
	String resetPassword(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String password, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/organisation/staff/" + id + "/edit",
				OrganisationAdministration.STAFF_ACCOUNT, id, () -> administration.resetPassword(user, id, password));
	}

	@ModelAttribute("scopes")
	DataScope[] scopes() {
		return DataScope.values();
	}

	private String staffForm(FazhiUser user, Model model) {
		model.addAttribute("departments", administration.activeDepartments(user));
		model.addAttribute("communities", administration.activeCommunities(user));
		return "organisation/staff-form";
	}
}
