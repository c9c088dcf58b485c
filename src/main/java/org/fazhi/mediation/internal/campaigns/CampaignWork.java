package org.fazhi.mediation.internal.campaigns;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.mediation.internal.MediationRecords;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening campaigns and what they find (each finding becomes a dispute in one step), and the trainings and
 * publicity events of mediation.
 */
@Service
@Transactional
public class CampaignWork {

	public static final String CAMPAIGN = "SCREENING_CAMPAIGN";
	public static final String ACTIVITY = "MEDIATION_ACTIVITY";

	private final ScreeningCampaigns campaigns;
	private final CampaignFindings findings;
	private final MediationActivities activities;
	private final DisputeWork disputes;
	private final OrganisationDirectory directory;
	private final AuditTrail trail;
	private final EntityManager entityManager;

	CampaignWork(ScreeningCampaigns campaigns, CampaignFindings findings, MediationActivities activities,
			DisputeWork disputes, OrganisationDirectory directory, AuditTrail trail, EntityManager entityManager) {
		this.campaigns = campaigns;
		this.findings = findings;
		this.activities = activities;
		this.disputes = disputes;
		this.directory = directory;
		this.trail = trail;
		this.entityManager = entityManager;
	}

	public java.time.LocalDate today() {
		return disputes.today();
	}

	/** Whether the user may run campaigns: the community's workers, the mediators and the justice office. */
	public static boolean mayScreen(FazhiUser user) {
		return DisputeWork.mayTakeIn(user);
	}

	@Transactional(readOnly = true)
	public CappedPage<ScreeningCampaign> page(FazhiUser user, Long communityId, Integer year,
			Specification<ScreeningCampaign> figure, Pageable page, boolean exact) {
		Specification<ScreeningCampaign> filtered = DataScopes.readable(user, MediationRecords.CAMPAIGN);
		if (communityId != null) {
			filtered = filtered.and((root, query, cb) -> cb.equal(root.get("communityId"), communityId));
		}
		if (year != null) {
			filtered = filtered.and((root, query, cb) -> cb.and(
					cb.greaterThanOrEqualTo(root.get("startsOn"), LocalDate.of(year, 1, 1)),
					cb.lessThan(root.get("startsOn"), LocalDate.of(year + 1, 1, 1))));
		}
		if (figure != null) {
			filtered = filtered.and(figure);
		}
		return CappedPage.read(campaigns, entityManager, ScreeningCampaign.class, filtered, page, exact);
	}

	@Transactional(readOnly = true)
	public ScreeningCampaign get(FazhiUser user, long id) {
		return campaigns.findOne(DataScopes.<ScreeningCampaign>readable(user, MediationRecords.CAMPAIGN, id))
			.orElseThrow(() -> new NotFound("campaign", id));
	}

	@Transactional(readOnly = true)
	public List<CampaignFinding> findingsOf(FazhiUser user, long id) {
		get(user, id);
		return findings.findByCampaignIdOrderByIdAsc(id);
	}

	public ScreeningCampaign start(FazhiUser user, Long communityId, String topic, LocalDate startsOn,
			LocalDate endsOn, String participants) {
		if (!mayScreen(user)) {
			throw new AccessDeniedException("community workers, mediators and the justice office screen");
		}
		Long community = communityId;
		Long scope = user.communityScope();
		if (scope != null && !scope.equals(community)) {
			// a community's own people screen their own community
			throw new RuleViolation("communityId", "dispute.community.outsideScope");
		}
		if (community != null && directory.activeCommunities(user.tenantId()).stream()
			.noneMatch(c -> c.id() == community)) {
			throw new RuleViolation("communityId", "dispute.community.required");
		}
		String text = Input.trim(topic);
		if (text == null) {
			throw new RuleViolation("topic", "campaign.topic.required");
		}
		if (text.length() > 200 || (participants != null && participants.strip().length() > 300)) {
			throw new RuleViolation("topic", "field.tooLong");
		}
		if (startsOn == null || endsOn == null) {
			throw new RuleViolation(startsOn == null ? "startsOn" : "endsOn", "field.required");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new RuleViolation("endsOn", "campaign.period.order");
		}
		var campaign = campaigns.save(new ScreeningCampaign(user.tenantId(), community, text, startsOn, endsOn,
				Input.trim(participants), user.accountId()));
		trail.record(AuditAction.CREATE, CAMPAIGN, campaign.getId(), AuditOutcome.SUCCESS, text);
		return campaign;
	}

	public CampaignFinding record(FazhiUser user, long id, LocalDate foundOn, String description) {
		var campaign = forWork(user, id);
		String text = Input.trim(description);
		if (text == null) {
			throw new RuleViolation("description", "campaign.finding.required");
		}
		if (text.length() > 500) {
			throw new RuleViolation("description", "field.tooLong");
		}
		LocalDate day = foundOn == null ? disputes.today() : foundOn;
		var finding = findings.save(new CampaignFinding(user.tenantId(), campaign.getId(), day, text, user.accountId()));
		trail.record(AuditAction.UPDATE, CAMPAIGN, id, AuditOutcome.SUCCESS, "finding " + finding.getId());
		return finding;
	}

	/** A finding becomes a dispute in one step: the intake with the campaign as its channel. */
	public Dispute takeIn(FazhiUser user, long campaignId, long findingId, DisputeWork.Intake intake) {
		var campaign = forWork(user, campaignId);
		var finding = findings.findById(findingId).filter(f -> f.getCampaignId() == campaign.getId())
			.orElseThrow(() -> new NotFound("finding", findingId));
		if (finding.getDisputeId() != null) {
			throw new RuleViolation(null, "campaign.finding.taken");
		}
		Long community = intake.communityId() != null ? intake.communityId() : campaign.getCommunityId();
		var dispute = disputes.takeIn(user, new DisputeWork.Intake(community, Dispute.Channel.CAMPAIGN,
				intake.kind(), intake.summary() == null ? finding.getDescription() : intake.summary(),
				intake.address(), intake.amount(), intake.people(), intake.risk(), intake.groupDispute(),
				intake.volatileRisk(), false, finding.getFoundOn(), campaign.getId(), intake.parties()));
		finding.becameDispute(dispute.getId());
		return dispute;
	}

	private ScreeningCampaign forWork(FazhiUser user, long id) {
		var campaign = get(user, id);
		if (!mayScreen(user)) {
			throw new AccessDeniedException("community workers, mediators and the justice office screen");
		}
		return campaign;
	}

	// ---------------------------------------------------------------- trainings and publicity

	/** The justice office and the mediators keep the ledger of trainings and publicity events of mediation. */
	public static boolean mayKeepActivities(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER) || user.hasRole(Role.MEDIATOR);
	}

	@Transactional(readOnly = true)
	public List<MediationActivity> activities(FazhiUser user, int year) {
		return activities.findTop200ByTenantIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(user.tenantId(),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The activities a figure's drill-down selects (its specification holds the tenant), newest first. */
	@Transactional(readOnly = true)
	public List<MediationActivity> activities(org.springframework.data.jpa.domain.Specification<MediationActivity> selected) {
		return activities.findAll(selected, org.springframework.data.domain.Sort.by("heldOn", "id").descending());
	}

	public MediationActivity recordActivity(FazhiUser user, MediationActivity.Kind kind, Long communityId,
			LocalDate heldOn, String topic, Integer participants, Integer hours) {
		if (!mayKeepActivities(user)) {
			throw new AccessDeniedException("the justice office and the mediators keep the ledger");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "field.required");
		}
		String text = Input.trim(topic);
		if (text == null) {
			throw new RuleViolation("topic", "campaign.topic.required");
		}
		if (text.length() > 200) {
			throw new RuleViolation("topic", "field.tooLong");
		}
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "field.required");
		}
		int people = participants == null ? 0 : participants;
		int length = hours == null ? 0 : hours;
		if (people < 0 || people > 1_000_000 || length < 0 || length > 200) {
			throw new RuleViolation("participants", "campaign.activity.range");
		}
		if (communityId != null && directory.activeCommunities(user.tenantId()).stream()
			.noneMatch(c -> c.id() == communityId)) {
			throw new RuleViolation("communityId", "dispute.community.required");
		}
		var activity = activities.save(new MediationActivity(user.tenantId(), communityId, kind, heldOn, text, people,
				length, user.accountId()));
		trail.record(AuditAction.CREATE, ACTIVITY, activity.getId(), AuditOutcome.SUCCESS, kind.name().toLowerCase(java.util.Locale.ROOT) + " " + text);
		return activity;
	}
}
