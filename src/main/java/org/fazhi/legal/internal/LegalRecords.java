package org.fazhi.legal.internal;

import java.util.List;

import org.fazhi.legal.LegalAffairsRule;
import org.fazhi.legal.internal.challenges.ChallengeWork;
import org.fazhi.legal.internal.challenges.LegalChallenge;
import org.fazhi.legal.internal.challenges.LegalChallenges;
import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractReviews;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.legal.internal.opinions.LegalOpinion;
import org.fazhi.legal.internal.opinions.LegalOpinions;
import org.fazhi.legal.internal.opinions.OpinionWork;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Actor;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.springframework.beans.factory.annotation.Qualifier;
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

	public static final RecordOwnership CHALLENGE = new RecordOwnership(ChallengeWork.CHALLENGE,
			LegalChallenge.class, RecordFamily.LEGAL_AFFAIRS, "tenantId", "departmentId", null, "createdBy",
			List.of("handlerId", "lawyerId"));

	public static final RecordOwnership DECISION = new RecordOwnership(
			org.fazhi.legal.internal.decisions.DecisionWork.DECISION,
			org.fazhi.legal.internal.decisions.MajorDecision.class, RecordFamily.LEGAL_AFFAIRS, "tenantId",
			"departmentId", null, "createdBy", List.of("reviewerId"));

	public static final RecordOwnership SUGGESTION = new RecordOwnership(
			org.fazhi.legal.internal.suggestions.SuggestionWork.SUGGESTION,
			org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion.class, RecordFamily.LEGAL_AFFAIRS, "tenantId",
			"departmentId", null, "createdBy", List.of("handlerId"));

	@Bean
	OwnedRecords ownedSuggestions(org.fazhi.legal.internal.suggestions.ProcuratorialSuggestions suggestions) {
		return OwnedRecords.scoped(SUGGESTION, suggestions,
				org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion::getId);
	}

	/** The letter, the evidence of rectification and the reply of a suggestion: read as it is, added by its keepers. */
	@Bean
	AttachmentOwners suggestionFiles(@Qualifier("ownedSuggestions") OwnedRecords suggestions) {
		return AttachmentOwners.of(org.fazhi.legal.internal.suggestions.SuggestionWork.SUGGESTION,
				(actor, id) -> readable(suggestions, actor, id),
				(actor, id) -> org.fazhi.legal.internal.suggestions.SuggestionWork.mayHandle((FazhiUser) actor));
	}

	@Bean
	OwnedRecords ownedDecisions(org.fazhi.legal.internal.decisions.MajorDecisions decisions) {
		return OwnedRecords.scoped(DECISION, decisions, org.fazhi.legal.internal.decisions.MajorDecision::getId);
	}

	@Bean
	OwnedRecords ownedChallenges(LegalChallenges challenges) {
		return OwnedRecords.scoped(CHALLENGE, challenges, LegalChallenge::getId);
	}

	/** The answer and defence documents and the files of a challenge: read as it is, added by the justice office. */
	@Bean
	AttachmentOwners challengeFiles(@Qualifier("ownedChallenges") OwnedRecords challenges) {
		return AttachmentOwners.of(ChallengeWork.CHALLENGE, (actor, id) -> readable(challenges, actor, id),
				(actor, id) -> ChallengeWork.mayHandle((FazhiUser) actor));
	}

	@Bean
	RuleSource legalRules() {
		return () -> List.<LegalRule>of(LegalAffairsRule.values());
	}

	@Bean
	OwnedRecords ownedOpinions(LegalOpinions opinions) {
		return OwnedRecords.scoped(OPINION, opinions, LegalOpinion::getId);
	}

	@Bean
	OwnedRecords ownedContracts(ContractReviews reviews) {
		return OwnedRecords.scoped(CONTRACT, reviews, ContractReview::getId);
	}

	/**
	 * The files of a review (each round's text, the marked-up files, the opinion documents): read as the review is;
	 * added by the posts that take its steps (the submitting side, the justice office, the assigned lawyer).
	 */
	@Bean
	AttachmentOwners contractFiles(@Qualifier("ownedContracts") OwnedRecords contracts) {
		return AttachmentOwners.of(ContractWork.CONTRACT, (actor, id) -> readable(contracts, actor, id),
				(actor, id) -> ContractWork.maySubmit((FazhiUser) actor) || ((FazhiUser) actor).hasRole(Role.LEGAL_ADVISOR));
	}

	/** The signed file of a legal opinion: read as the opinion is, added by those who record opinions. */
	@Bean
	AttachmentOwners opinionFiles(@Qualifier("ownedOpinions") OwnedRecords opinions) {
		return AttachmentOwners.of(OpinionWork.OPINION, (actor, id) -> readable(opinions, actor, id),
				(actor, id) -> OpinionWork.mayRecord((FazhiUser) actor));
	}

	static boolean readable(OwnedRecords records, Actor actor, String id) {
		return actor instanceof FazhiUser user && records.mayRead(user, id);
	}
}
