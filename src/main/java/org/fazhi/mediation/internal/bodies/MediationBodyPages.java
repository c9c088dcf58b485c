package org.fazhi.mediation.internal.bodies;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.audit.Refusals;
import org.fazhi.mediation.internal.figures.MediationFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicPage;
import org.fazhi.shared.PublicPaths;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.UnknownPublicTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 1+9+N organisation: its bodies with the year each opened, the mediators with their grades and training hours,
 * and the duty rotas, kept by the justice office; and the public page of the mediators' grades (深圳条例 第八十条).
 */
@Controller
class MediationBodyPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'LEGAL_ADVISOR', 'MEDIATOR',"
			+ " 'COMMUNITY_WORKER', 'AUDITOR')";
	static final String MAY_KEEP = "hasAnyRole('ADMIN', 'LEGAL_OFFICER')";

	/** A mediator as published: name, body, grade, certificate (no personal data). */
	record PublicMediator(String name, String body, String grade, String certificateNo) {
	}

	record PublicRoster(String tenant, String name, Map<String, Long> grades, List<PublicMediator> mediators) {
	}

	private final MediationOrganisation organisation;
	private final OrganisationDirectory directory;
	private final Refusals refusals;
	private final org.springframework.context.MessageSource messages;
	private final MediationFigureBook figures;

	MediationBodyPages(MediationOrganisation organisation, OrganisationDirectory directory, Refusals refusals,
			org.springframework.context.MessageSource messages, MediationFigureBook figures) {
		this.figures = figures;
		this.organisation = organisation;
		this.directory = directory;
		this.refusals = refusals;
		this.messages = messages;
	}

	@Bean
	static NavigationEntry mediationOrganisationNavigation() {
		return new NavigationEntry(53, "mediation", "nav.mediationOrganisation", "/mediation/organisation",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_ADVISOR", "MEDIATOR", "COMMUNITY_WORKER", "AUDITOR"));
	}

	@Bean
	static PublicPaths publicMediationPages() {
		return new PublicPaths(List.of("/public/mediation/**", "/api/v1/public/mediation/**"));
	}

	@Bean
	static PublicPage publicMediatorsPage() {
		return new PublicPage(30, "publicMediators.title", "/public/mediation/mediators");
	}

	@GetMapping("/mediation/organisation")
	@PreAuthorize(MAY_READ)
	String page(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, Model model) {
		// a figure of the roster or of the rooms opened: the records it counts, above the whole organisation
		var mediatorDrill = figures.mediatorDrill(user, figure, figureYear);
		var bodyDrill = figures.bodyDrill(user, figure, figureYear);
		model.addAttribute("drill", mediatorDrill.<Object>map(d -> d).or(() -> bodyDrill.map(d -> d)).orElse(null));
		model.addAttribute("figureNotShown", figure != null && mediatorDrill.isEmpty() && bodyDrill.isEmpty());
		model.addAttribute("drillMediators", mediatorDrill.map(d -> organisation.mediators(d.records())).orElse(null));
		model.addAttribute("drillBodies", bodyDrill.map(d -> organisation.bodies(d.records())).orElse(null));
		var bodies = organisation.bodies(user.tenantId());
		model.addAttribute("bodies", bodies);
		model.addAttribute("bodyNames", bodies.stream().collect(Collectors.toMap(MediationBody::getId,
				MediationBody::getName)));
		var mediators = organisation.mediators(user.tenantId());
		model.addAttribute("mediators", mediators);
		model.addAttribute("mediatorNames", mediators.stream().collect(Collectors.toMap(Mediator::getId,
				Mediator::getFullName)));
		model.addAttribute("duties", organisation.duties(user.tenantId()).stream()
			.collect(Collectors.groupingBy(MediationDuty::getBodyId)));
		model.addAttribute("grades", organisation.grades(user.tenantId()));
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("communityNames", directory.activeCommunities(user.tenantId()).stream()
			.collect(Collectors.toMap(OrganisationDirectory.CommunityRef::id, OrganisationDirectory.CommunityRef::name)));
		model.addAttribute("kinds", MediationBody.Kind.values());
		model.addAttribute("forces", Mediator.Force.values());
		model.addAttribute("gradeValues", Mediator.Grade.values());
		model.addAttribute("staff", directory.activeStaff(user.tenantId()));
		model.addAttribute("mayKeep", MediationOrganisation.keeps(user));
		var weekdays = new java.util.LinkedHashMap<Integer, String>();
		for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
			weekdays.put(day.getValue(), day.name());
		}
		model.addAttribute("weekdays", weekdays);
		return "mediation/organisation/organisation";
	}

	@PostMapping("/mediation/organisation/bodies")
	@PreAuthorize(MAY_KEEP)
	String addBody(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String court, @RequestParam(required = false) String openedYear,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/organisation", MediationOrganisation.BODY, null,
				() -> organisation.addBody(user, Input.choice(MediationBody.Kind.class, "kind", kind), name,
						Input.number("communityId", communityId), court, openedYear));
	}

	@PostMapping("/mediation/organisation/mediators")
	@PreAuthorize(MAY_KEEP)
	String addMediator(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String bodyId,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) String accountId,
			@RequestParam(required = false) String force, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String certificateNo, @RequestParam(required = false) String trainingHours,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/organisation", MediationOrganisation.MEDIATOR, null,
				() -> {
					Long body = Input.number("bodyId", bodyId);
					if (body == null) {
						throw new RuleViolation("bodyId", "field.required");
					}
					Long hours = Input.number("trainingHours", trainingHours);
					organisation.addMediator(user, body, fullName, Input.number("accountId", accountId),
							Input.choice(Mediator.Force.class, "force", force), Input.choice(Mediator.Grade.class, "grade", grade),
							certificateNo, hours == null ? 0 : (int) Math.max(-1, Math.min(hours, 100_000)));
				});
	}

	@PostMapping("/mediation/organisation/mediators/grade")
	@PreAuthorize(MAY_KEEP)
	String regrade(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String mediatorId,
			@RequestParam(required = false) String grade, @RequestParam(required = false) String certificateNo,
			@RequestParam(defaultValue = "false") boolean inactive, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/organisation", MediationOrganisation.MEDIATOR, null,
				() -> {
					Long id = Input.number("mediatorId", mediatorId);
					if (id == null) {
						throw new RuleViolation("mediatorId", "field.required");
					}
					organisation.regrade(user, id, Input.choice(Mediator.Grade.class, "grade", grade), certificateNo,
							!inactive);
				});
	}

	@PostMapping("/mediation/organisation/duties")
	@PreAuthorize(MAY_KEEP)
	String addDuty(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String bodyId,
			@RequestParam(required = false) String weekday, @RequestParam(required = false) String mediatorId,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/organisation", MediationOrganisation.BODY, null, () -> {
			Long body = Input.number("bodyId", bodyId);
			Long day = Input.number("weekday", weekday);
			Long mediator = Input.number("mediatorId", mediatorId);
			if (body == null || day == null || mediator == null) {
				throw new RuleViolation(null, "mediation.duty.incomplete");
			}
			organisation.addDuty(user, body, (int) Math.max(0, Math.min(day, 8)), mediator);
		});
	}

	/** The roster as published: the grades in Chinese (the JSON), or in the reader's language (the page). */
	@Transactional(readOnly = true)
	PublicRoster roster(String tenantCode) {
		return roster(tenantCode, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@Transactional(readOnly = true)
	PublicRoster roster(String tenantCode, java.util.Locale locale) {
		var tenant = directory.activeTenant(tenantCode).orElseThrow(() -> new NotFound("tenant", tenantCode));
		var bodies = organisation.bodiesById(tenant.id());
		Map<String, Long> grades = new java.util.LinkedHashMap<>();
		organisation.grades(tenant.id()).forEach((g, n) -> grades.put(g.name(), n));
		return new PublicRoster(tenant.code(), tenant.city() + tenant.district() + tenant.name(), grades,
				organisation.mediators(tenant.id()).stream().filter(Mediator::isActive)
					.filter(m -> m.getGrade() != Mediator.Grade.UNGRADED)
					.map(m -> new PublicMediator(m.getFullName(),
							bodies.containsKey(m.getBodyId()) ? bodies.get(m.getBodyId()).getName() : "",
							messages.getMessage(m.getGrade().messageKey(), null, locale), m.getCertificateNo()))
					.toList());
	}

	@GetMapping("/public/mediation/mediators")
	String publicPage(@RequestParam(required = false) String tenant, Model model) {
		if (directory.activeTenant(tenant).isEmpty()) {
			throw new UnknownPublicTenant(tenant);
		}
		model.addAttribute("roster", roster(tenant, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "mediation/organisation/public-mediators";
	}

	@GetMapping("/api/v1/public/mediation/mediators")
	@ResponseBody
	PublicRoster publicJson(@RequestParam(required = false) String tenant) {
		if (directory.activeTenant(tenant).isEmpty()) {
			throw new UnknownPublicTenant(tenant);
		}
		return roster(tenant);
	}

}
