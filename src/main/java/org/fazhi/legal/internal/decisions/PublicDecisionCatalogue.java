package org.fazhi.legal.internal.decisions;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.decisions.MajorDecision.Kind;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicPage;
import org.fazhi.shared.PublicPaths;
import org.fazhi.shared.UnknownPublicTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the public reads of the decisions, without signing in: the year's catalogue of major decision matters once the
 * head published it (重大行政决策程序暂行条例 第四条), each matter with how far it has come, and the decisions and normative
 * documents published (第三十二条). Nothing of the review, the discussion or the dissent: those stay in the file.
 */
@Controller
class PublicDecisionCatalogue {

	/** How far a matter has come, as the public is told it. */
	enum Stage {
		IN_PREPARATION, PUBLIC_COMMENT, DECIDED, PUBLISHED, NOT_ADOPTED;

		public String messageKey() {
			return "publicDecisionStage." + name();
		}

		static Stage of(MajorDecision d) {
			if (d.getPublishedOn() != null) {
				return PUBLISHED;
			}
			return switch (d.getState()) {
				case COMMENT -> PUBLIC_COMMENT;
				case DECIDED -> DECIDED;
				case REJECTED -> NOT_ADOPTED;
				default -> IN_PREPARATION;
			};
		}
	}

	record PublicMatter(String decisionNo, String title, Stage stage, LocalDate commentFrom, LocalDate commentDueOn,
			LocalDate publishedOn, String publishedWhere) {

		static PublicMatter of(MajorDecision d) {
			return new PublicMatter(d.getDecisionNo(), d.getTitle(), Stage.of(d), d.getCommentFrom(),
					d.getCommentDueOn(), d.getPublishedOn(), d.getPublishedWhere());
		}
	}

	record PublicDocument(String decisionNo, String title, LocalDate publishedOn, String publishedWhere,
			LocalDate filedOn) {
	}

	record PublicCatalogueView(String tenant, String name, int year, List<Integer> years, LocalDate cataloguePublishedOn,
			String cataloguePublishedWhere, List<PublicMatter> matters, List<PublicDocument> normativeDocuments) {
	}

	private final OrganisationDirectory directory;
	private final MajorDecisions decisions;
	private final DecisionCatalogues catalogues;
	private final DecisionWork work;

	PublicDecisionCatalogue(OrganisationDirectory directory, MajorDecisions decisions, DecisionCatalogues catalogues,
			DecisionWork work) {
		this.directory = directory;
		this.decisions = decisions;
		this.catalogues = catalogues;
		this.work = work;
	}

	@Bean
	static PublicPaths publicLegalPages() {
		return new PublicPaths(List.of("/public/legal/**", "/api/v1/public/legal/**"));
	}

	@Bean
	static PublicPage publicDecisionCataloguePage() {
		return new PublicPage(40, "publicDecisionCatalogue.title", "/public/legal/decisions");
	}

	@Transactional(readOnly = true)
	PublicCatalogueView view(String tenantCode, Integer year) {
		var tenant = directory.activeTenant(tenantCode).orElseThrow(() -> new NotFound("tenant", tenantCode));
		var published = catalogues.findByTenantIdOrderByCatalogueYearDesc(tenant.id());
		int thisYear = work.today().getYear();
		int shown = year != null && year >= 2000 && year <= thisYear + 1 ? year
				: published.isEmpty() ? thisYear : published.get(0).getCatalogueYear();
		var catalogue = published.stream().filter(c -> c.getCatalogueYear() == shown).findFirst();
		var ofYear = decisions.findByTenantIdAndCatalogueYearOrderById(tenant.id(), shown);
		List<PublicMatter> matters = catalogue.isEmpty() ? List.of()
				: ofYear.stream().filter(d -> d.getKind() == Kind.MAJOR_DECISION).map(PublicMatter::of).toList();
		List<PublicDocument> documents = ofYear.stream()
			.filter(d -> d.getKind() == Kind.NORMATIVE_DOCUMENT && d.getPublishedOn() != null)
			.map(d -> new PublicDocument(d.getDecisionNo(), d.getTitle(), d.getPublishedOn(), d.getPublishedWhere(),
					d.getFiledOn()))
			.toList();
		return new PublicCatalogueView(tenant.code(), tenant.city() + tenant.district() + tenant.name(), shown,
				published.stream().map(DecisionCatalogue::getCatalogueYear).toList(),
				catalogue.map(DecisionCatalogue::getPublishedOn).orElse(null),
				catalogue.map(DecisionCatalogue::getPublishedWhere).orElse(null), matters, documents);
	}

	@GetMapping("/public/legal/decisions")
	String page(@RequestParam(required = false) String tenant, @RequestParam(required = false) Integer year,
			Model model) {
		if (directory.activeTenant(tenant).isEmpty()) {
			throw new UnknownPublicTenant(tenant);
		}
		model.addAttribute("catalogue", view(tenant, year));
		return "legal/decisions/public-catalogue";
	}

	@GetMapping("/api/v1/public/legal/decisions")
	@ResponseBody
	PublicCatalogueView json(@RequestParam(required = false) String tenant, @RequestParam(required = false) Integer year) {
		return view(tenant, year);
	}
}
