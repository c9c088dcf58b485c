package org.fazhi.mediation.internal.campaigns;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.audit.Refusals;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeParty;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.mediation.internal.figures.MediationFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screening campaigns with their findings (each taken in as a dispute in one step), and the ledger of trainings and
 * publicity events of mediation. */
@Controller
@RequestMapping("/mediation")
class CampaignPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'LEGAL_ADVISOR', 'MEDIATOR',"
			+ " 'COMMUNITY_WORKER', 'AUDITOR')";
	static final String MAY_SCREEN = "hasAnyRole('LEGAL_OFFICER', 'MEDIATOR', 'COMMUNITY_WORKER')";

	private final CampaignWork work;
	private final OrganisationDirectory directory;
	private final MediationFigureBook figures;
	private final Refusals refusals;

	CampaignPages(CampaignWork work, OrganisationDirectory directory, MediationFigureBook figures, Refusals refusals) {
		this.work = work;
		this.directory = directory;
		this.figures = figures;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry campaignsNavigation() {
		return new NavigationEntry(51, "mediation", "nav.campaigns", "/mediation/campaigns",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_ADVISOR", "MEDIATOR", "COMMUNITY_WORKER", "AUDITOR"));
	}

	@Bean
	static NavigationEntry activitiesNavigation() {
		return new NavigationEntry(52, "mediation", "nav.mediationActivities", "/mediation/activities",
				Set.of("ADMIN", "LEADER", "LEGAL_OFFICER", "LEGAL_ADVISOR", "MEDIATOR", "COMMUNITY_WORKER", "AUDITOR"));
	}

	private void communities(FazhiUser user, Model model) {
		var communities = directory.activeCommunities(user.tenantId());
		model.addAttribute("communities", communities);
		model.addAttribute("communityNames", communities.stream().collect(Collectors.toMap(
				OrganisationDirectory.CommunityRef::id, OrganisationDirectory.CommunityRef::name)));
		Long scope = user.communityScope();
		model.addAttribute("ownCommunities", scope == null ? communities
				: communities.stream().filter(c -> c.id() == scope).toList());
		model.addAttribute("today", work.today());
	}

	@GetMapping("/campaigns")
	@PreAuthorize(MAY_READ)
	String campaigns(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.campaignDrill(user, figure, figureYear);
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var result = Paging.clamped(page, 50, Sort.by("startsOn", "id").descending(), p -> work.page(user, community,
				year, drill.map(MediationFigureBook.Drill::records).orElse(null), p, exact));
		model.addAttribute("campaigns", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("community", community);
		model.addAttribute("year", year);
		model.addAttribute("mayScreen", CampaignWork.mayScreen(user));
		communities(user, model);
		return "mediation/campaigns/campaigns";
	}

	@PostMapping("/campaigns")
	@PreAuthorize(MAY_SCREEN)
	String start(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String startsOn,
			@RequestParam(required = false) String endsOn, @RequestParam(required = false) String participants,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/campaigns", CampaignWork.CAMPAIGN, null,
				() -> work.start(user, Input.number("communityId", communityId), topic,
						Input.date("startsOn", startsOn), Input.date("endsOn", endsOn), participants));
	}

	@GetMapping("/campaigns/{id}")
	@PreAuthorize(MAY_READ)
	String campaign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		model.addAttribute("campaign", work.get(user, id));
		model.addAttribute("findings", work.findingsOf(user, id));
		model.addAttribute("mayScreen", CampaignWork.mayScreen(user));
		model.addAttribute("kinds", Dispute.Kind.values());
		model.addAttribute("risks", Dispute.Risk.values());
		model.addAttribute("partyKinds", DisputeParty.Kind.values());
		communities(user, model);
		return "mediation/campaigns/campaign";
	}

	@PostMapping("/campaigns/{id}/findings")
	@PreAuthorize(MAY_SCREEN)
	String finding(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String foundOn, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/campaigns/" + id, CampaignWork.CAMPAIGN, id,
				() -> work.record(user, id, Input.trim(foundOn) == null ? null : Input.date("foundOn", foundOn),
						description));
	}

	/** A finding taken in as a dispute, in one step: its kind, risk and the two parties. */
	@PostMapping("/campaigns/{id}/findings/{finding}/dispute")
	@PreAuthorize(MAY_SCREEN)
	String takeIn(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, @PathVariable long finding,
			@RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
		long[] created = new long[1];
		String path = refusals.actThenRedirect(redirect, "/mediation/campaigns/" + id, CampaignWork.CAMPAIGN, id, () -> {
			var parties = new java.util.ArrayList<DisputeWork.PartyInput>();
			for (int i = 0; i < 2; i++) {
				parties.add(new DisputeWork.PartyInput(Input.choice(DisputeParty.Kind.class, "p" + i + "Kind",
						form.getOrDefault("p" + i + "Kind", "PERSON")), form.get("p" + i + "Name"), null, null, null));
			}
			var dispute = work.takeIn(user, id, finding, new DisputeWork.Intake(
					Input.number("communityId", form.get("communityId")), Dispute.Channel.CAMPAIGN,
					Input.choice(Dispute.Kind.class, "kind", form.get("kind")), null, form.get("address"), null, null,
					Input.choice(Dispute.Risk.class, "risk", form.get("risk")), false,
					"true".equals(form.get("volatileRisk")), false, null, id, parties));
			created[0] = dispute.getId();
		});
		return created[0] == 0 ? path : "redirect:/mediation/disputes/" + created[0];
	}

	@GetMapping("/activities")
	@PreAuthorize(MAY_READ)
	String activities(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) MediationActivity.Kind kind, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, Model model) {
		var drill = figures.activityDrill(user, figure, figureYear);
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		int shown = drill.map(MediationFigureBook.Drill::year)
			.orElse(year == null || year < 2000 || year > 2100 ? work.today().getYear() : year);
		List<MediationActivity> all = drill.isPresent() ? work.activities(drill.get().records())
				: work.activities(user, shown);
		model.addAttribute("activities", kind == null ? all : all.stream().filter(a -> a.getKind() == kind).toList());
		model.addAttribute("year", shown);
		model.addAttribute("kind", kind);
		model.addAttribute("activityKinds", MediationActivity.Kind.values());
		model.addAttribute("mayKeep", CampaignWork.mayKeepActivities(user));
		communities(user, model);
		return "mediation/campaigns/activities";
	}

	@PostMapping("/activities")
	@PreAuthorize("hasAnyRole('LEGAL_OFFICER', 'MEDIATOR')")
	String recordActivity(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String communityId, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String hours, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/mediation/activities", CampaignWork.ACTIVITY, null, () -> {
			Long people = Input.number("participants", participants);
			Long length = Input.number("hours", hours);
			if (people != null && (people < 0 || people > 1_000_000) || length != null && (length < 0 || length > 200)) {
				throw new RuleViolation("participants", "campaign.activity.range");
			}
			work.recordActivity(user, Input.choice(MediationActivity.Kind.class, "kind", kind),
					Input.number("communityId", communityId), Input.date("heldOn", heldOn), topic,
					people == null ? null : people.intValue(), length == null ? null : length.intValue());
		});
	}
}
