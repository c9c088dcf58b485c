package org.fazhi.ledger.internal.letters;

import java.util.List;
import java.util.Set;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger of responsibility and commitment letters: the report counts the communities that signed the office's
 * letters for work safety, fire and the three preventions, and the commitment letters the communities signed with
 * grid enterprises and 三小场所.
 */
@Configuration(proxyBeanMethods = false)
class LetterLedgers {

	static final String LETTERS = "ledger_letters";
	static final String COMMUNITIES = "ledger_letters_communities";
	static final String COMMITMENTS = "ledger_letters_commitments";

	@Bean
	Ledger<ResponsibilityLetter> letterLedger(ResponsibilityLetters records) {
		Specification<ResponsibilityLetter> withCommunities = (root, query, cb) -> cb.equal(root.get("partyKind"),
				ResponsibilityLetter.PartyKind.COMMUNITY);
		Specification<ResponsibilityLetter> commitments = (root, query, cb) -> root.get("partyKind")
			.in(ResponsibilityLetter.PartyKind.GRID_ENTERPRISE, ResponsibilityLetter.PartyKind.SMALL_VENUE);
		return new Ledger<>("letters", LedgerRecords.LETTER, "ledger_responsibility_letter", records, List.of(
				Column.<ResponsibilityLetter>choice("letterKind", "letter_kind", ResponsibilityLetter.LetterKind.class,
						ResponsibilityLetter::getLetterKind),
				Column.<ResponsibilityLetter>choice("partyKind", "party_kind", ResponsibilityLetter.PartyKind.class,
						ResponsibilityLetter::getPartyKind),
				Column.<ResponsibilityLetter>text("party", "party", 200, true, ResponsibilityLetter::getParty),
				Column.<ResponsibilityLetter>text("signatory", "signatory", 50, true,
						ResponsibilityLetter::getSignatory)),
				"partyKind", true, Set.of(Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER, Role.LEGAL_OFFICER),
				List.of(FigureDef.count(LETTERS, null),
						FigureDef.distinct(COMMUNITIES, "COMMUNITIES", List.of("communityId"), withCommunities),
						FigureDef.count(COMMITMENTS, commitments)),
				77);
	}

	@Bean
	LedgerOwner letterOwner(Ledger<ResponsibilityLetter> letterLedger) {
		return new LedgerOwner(letterLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry letterNavigation(Ledger<ResponsibilityLetter> letterLedger) {
		return letterLedger.navigation();
	}
}
