package org.fazhi.enforcement.internal.publication;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import java.util.List;

import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Publication before enforcement (公示): the catalogue of the matters a subdistrict exercises, with their legal basis,
 * penalties and discretion standards, readable by anyone without signing in (行政处罚法 第三十四条: discretion standards
 * are published; 第二十四条: the matters handed to subdistricts are published).
 */
@Controller
class PublicCatalogue {

	record PublicDiscretion(DiscretionLevel level, String circumstance, Long fineMin, Long fineMax) {
	}

	record PublicMatter(String code, String name, EnforcementDomain domain, String citation, String penaltyKinds,
			Long orgFineMin, Long orgFineMax, Long personFineMin, Long personFineMax, String handoverBasis,
			List<PublicDiscretion> discretion) {

		static PublicMatter of(EnforcementMatter m) {
			return new PublicMatter(m.getCode(), m.getName(), m.getDomain(), m.getCitation(), m.getPenaltyKinds(),
					m.getOrgFineMin(), m.getOrgFineMax(), m.getPersonFineMin(), m.getPersonFineMax(),
					m.getHandoverBasis(), m.getDiscretion().stream()
						.map(d -> new PublicDiscretion(d.getLevel(), d.getCircumstance(), d.getFineMin(), d.getFineMax()))
						.toList());
		}
	}

	/** An officer as published: name and enforcement certificate number (行政执法证号). */
	record PublicOfficer(String name, String certificateNo) {
	}

	record PublicCatalogueView(String tenant, String name, List<PublicMatter> matters, List<PublicOfficer> officers) {
	}

	private final OrganisationDirectory directory;
	private final EnforcementMatters matters;

	PublicCatalogue(OrganisationDirectory directory, EnforcementMatters matters) {
		this.directory = directory;
		this.matters = matters;
	}

	@Bean
	static PublicPaths publicEnforcementPages() {
		return new PublicPaths(List.of("/public/enforcement/**", "/api/v1/public/enforcement/**"));
	}

	@Transactional(readOnly = true)
	PublicCatalogueView catalogue(String tenantCode) {
		var tenant = directory.activeTenant(tenantCode).orElseThrow(() -> new NotFound("tenant", tenantCode));
		return new PublicCatalogueView(tenant.code(), tenant.city() + tenant.district() + tenant.name(),
				matters.findByTenantIdOrderByCode(tenant.id()).stream().filter(EnforcementMatter::isActive)
					.map(PublicMatter::of).toList(),
				directory.activeStaff(tenant.id()).stream()
					.filter(s -> s.role() == Role.ENFORCEMENT_OFFICER && s.certificateNo() != null)
					.map(s -> new PublicOfficer(s.fullName(), s.certificateNo())).toList());
	}

	@Bean
	static org.fazhi.shared.PublicPage publicMattersPage() {
		return new org.fazhi.shared.PublicPage(10, "publicMatters.title", "/public/enforcement/matters");
	}

	@Bean
	static org.fazhi.shared.PublicPage publicDecisionsPage() {
		return new org.fazhi.shared.PublicPage(20, "publicDecisions.title", "/public/enforcement/decisions");
	}

	@GetMapping("/public/enforcement/matters")
	String page(@RequestParam(required = false) String tenant, Model model) {
		if (directory.activeTenant(tenant).isEmpty()) {
			throw new org.fazhi.shared.UnknownPublicTenant(tenant);
		}
		model.addAttribute("catalogue", catalogue(tenant));
		return "enforcement/publication/public-matters";
	}

	@GetMapping("/api/v1/public/enforcement/matters")
	@ResponseBody
	PublicCatalogueView json(@RequestParam(required = false) String tenant) {
		return catalogue(tenant);
	}
}
