package org.fazhi.enforcement.internal.matters;

import java.util.List;

import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of enforcement matters as JSON. */
@RestController
@RequestMapping("/api/v1/enforcement/matters")
class MatterApi {

	record DiscretionView(DiscretionLevel level, String circumstance, Long fineMin, Long fineMax) {
	}

	record MatterView(long id, String code, String name, EnforcementDomain domain, String statute,
			String violatedArticles, String penaltyArticles, String citation, String penaltyKinds, Long orgFineMin,
			Long orgFineMax, Long personFineMin, Long personFineMax, String handoverBasis, boolean active,
			List<DiscretionView> discretion) {

		static MatterView of(EnforcementMatter m) {
			return new MatterView(m.getId(), m.getCode(), m.getName(), m.getDomain(), m.getStatute(),
					m.getViolatedArticles(), m.getPenaltyArticles(), m.getCitation(), m.getPenaltyKinds(),
					m.getOrgFineMin(), m.getOrgFineMax(), m.getPersonFineMin(), m.getPersonFineMax(),
					m.getHandoverBasis(), m.isActive(), m.getDiscretion().stream()
						.map(d -> new DiscretionView(d.getLevel(), d.getCircumstance(), d.getFineMin(), d.getFineMax()))
						.toList());
		}
	}

	private final MatterCatalogue catalogue;

	MatterApi(MatterCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<MatterView> list(@AuthenticationPrincipal Actor user, @RequestParam(required = false) EnforcementDomain domain,
			@RequestParam(required = false) String q) {
		return catalogue.list(user, domain, q).stream().map(MatterView::of).toList();
	}

	@GetMapping("/{id}")
	MatterView one(@AuthenticationPrincipal Actor user, @PathVariable long id) {
		return MatterView.of(catalogue.get(user, id));
	}
}
