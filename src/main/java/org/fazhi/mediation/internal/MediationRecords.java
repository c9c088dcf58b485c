package org.fazhi.mediation.internal;

import java.util.List;

import org.fazhi.mediation.MediationRule;
import org.fazhi.mediation.internal.campaigns.CampaignWork;
import org.fazhi.mediation.internal.campaigns.ScreeningCampaign;
import org.fazhi.mediation.internal.campaigns.ScreeningCampaigns;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.mediation.internal.disputes.Disputes;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.springframework.beans.factory.annotation.Qualifier;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the records of mediation are owned, declared once: a dispute belongs to the community where it arose (its
 * committee's mediators and the community's workers read it, wherever it is mediated later), to whoever took it in,
 * and to the mediators and the lawyer assigned to it; a screening campaign to its community. The subdistrict's
 * mediators and the justice office read the whole tenant by their data scope.
 */
@Configuration(proxyBeanMethods = false)
public class MediationRecords {

	public static final RecordOwnership DISPUTE = new RecordOwnership(DisputeWork.DISPUTE, Dispute.class,
			RecordFamily.MEDIATION, "tenantId", null, "communityId", "createdBy",
			List.of("mediator1Id", "mediator2Id", "lawyerId"));

	public static final RecordOwnership CAMPAIGN = new RecordOwnership(CampaignWork.CAMPAIGN, ScreeningCampaign.class,
			RecordFamily.MEDIATION, "tenantId", null, "communityId", "createdBy", List.of());

	@Bean
	OwnedRecords ownedDisputes(Disputes disputes) {
		return OwnedRecords.scoped(DISPUTE, disputes, Dispute::getId);
	}

	/**
	 * The files of a dispute (the agreement, the signed copy, evidence of the sessions): read as the dispute is, added
	 * by the mediators and the justice office.
	 */
	@Bean
	AttachmentOwners disputeFiles(@Qualifier("ownedDisputes") OwnedRecords disputes) {
		return AttachmentOwners.of(DisputeWork.DISPUTE,
				(actor, id) -> actor instanceof FazhiUser user && disputes.mayRead(user, id),
				(actor, id) -> DisputeWork.mayMediate((FazhiUser) actor));
	}

	@Bean
	OwnedRecords ownedCampaigns(ScreeningCampaigns campaigns) {
		return OwnedRecords.scoped(CAMPAIGN, campaigns, ScreeningCampaign::getId);
	}

	@Bean
	RuleSource mediationRules() {
		return () -> List.<LegalRule>of(MediationRule.values());
	}
}
