package org.fazhi.mediation.internal.campaigns;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Screening campaigns; every read for a user goes through {@link org.fazhi.organisation.DataScopes}. */
public interface ScreeningCampaigns extends JpaRepository<ScreeningCampaign, Long>,
		JpaSpecificationExecutor<ScreeningCampaign> {
}
