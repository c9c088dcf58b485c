package org.fazhi.mediation.internal.campaigns;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The findings of campaigns, read only through their campaign. */
public interface CampaignFindings extends JpaRepository<CampaignFinding, Long> {

	List<CampaignFinding> findByCampaignIdOrderByIdAsc(long campaignId);
}
