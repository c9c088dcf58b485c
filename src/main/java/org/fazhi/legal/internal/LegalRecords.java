package org.fazhi.legal.internal;

import java.util.List;

import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractReviews;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.legal.internal.opinions.LegalOpinion;
import org.fazhi.legal.internal.opinions.LegalOpinions;
import org.fazhi.legal.internal.opinions.OpinionWork;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the records of legal affairs are owned, declared once: a contract review belongs to the department that
 * submitted it, to whoever submitted it and to the lawyer it is assigned to (who reads nothing else, by the role's
 * rule); a legal opinion to the department that asked for it, whoever recorded it and its author. The justice office
 * reads every record of the family (its role rule).
 */
@Configuration(proxyBeanMethods = false)
public class LegalRecords {

	public static final RecordOwnership CONTRACT = new RecordOwnership(ContractWork.CONTRACT, ContractReview.class,
			RecordFamily.LEGAL_AFFAIRS, "tenantId", "departmentId", null, "createdBy", List.of("lawyerId"));

	public static final RecordOwnership OPINION = new RecordOwnership(OpinionWork.OPINION, LegalOpinion.class,
			RecordFamily.LEGAL_AFFAIRS, "tenantId", "departmentId", null, "createdBy", List.of("authorId"));

	@Bean
	OwnedRecords ownedOpinions(LegalOpinions opinions) {
		return OwnedRecords.scoped(OPINION, opinions, LegalOpinion::getId);
	}

	@Bean
	OwnedRecords ownedContracts(ContractReviews reviews) {
		return OwnedRecords.scoped(CONTRACT, reviews, ContractReview::getId);
	}
}
