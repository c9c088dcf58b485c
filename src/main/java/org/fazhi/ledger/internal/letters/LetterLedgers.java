package org.fazhi.ledger.internal.letters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.fazhi.enforcement.RegisteredEntities;
import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.LedgerCheck;
import org.fazhi.ledger.internal.sheets.LedgerCoverage;
import org.fazhi.ledger.internal.sheets.LedgerEntry;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.ledger.internal.sheets.LedgerPanel;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CreditCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger of responsibility and commitment letters: the report counts the communities that signed the office's
 * letters for work safety, fire and the three preventions, and the commitment letters the communities signed with
 * grid enterprises and 三小场所 of the enforcement register; the coverage of each community's registered entities by
 * letters in force, with the entities still without one.
 */
@Configuration(proxyBeanMethods = false)
class LetterLedgers {

	static final String LETTERS = "ledger_letters";
	static final String COMMUNITIES = "ledger_letters_communities";
	static final String COMMITMENTS = "ledger_letters_commitments";

	/** The longest term a letter may run, in years. */
	static final int MAX_TERM_YEARS = 5;

	private static final Set<ResponsibilityLetter.PartyKind> WITH_ENTITIES = Set.of(
			ResponsibilityLetter.PartyKind.GRID_ENTERPRISE, ResponsibilityLetter.PartyKind.SMALL_VENUE);

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
						ResponsibilityLetter::getSignatory),
				Column.<ResponsibilityLetter>code("entityCode", "entity_code", 18, false,
						ResponsibilityLetter::getEntityCode),
				Column.<ResponsibilityLetter>number("termYears", "term_years", 1, MAX_TERM_YEARS,
						ResponsibilityLetter::getTermYears)),
				"partyKind", true, Set.of(Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER, Role.LEGAL_OFFICER),
				List.of(FigureDef.count(LETTERS, null),
						FigureDef.distinct(COMMUNITIES, "COMMUNITIES", List.of("communityId"), withCommunities),
						FigureDef.count(COMMITMENTS, commitments)),
				77);
	}

	/**
	 * A letter runs at least a year; a commitment letter names an active entity of the enforcement register that the
	 * user reads, in the letter's community, of the letter's kind of party (a 三小场所 for a venue's letter), by its
	 * GB 32100 credit code, once per kind of letter and day; a letter with a community names no entity.
	 */
	@Bean
	LedgerCheck letterCheck(Ledger<ResponsibilityLetter> letterLedger, RegisteredEntities register,
			OrganisationDirectory directory) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return letterLedger.kind();
			}

			@Override
			public void check(FazhiUser user, int row, Map<String, Object> values, Set<Object> seen,
					Consumer<LedgerWork.Problem> problems) {
				var party = ResponsibilityLetter.PartyKind.valueOf((String) values.get("partyKind"));
				String code = (String) values.get("entityCode"); // in capitals, as a code column keeps it
				if (!WITH_ENTITIES.contains(party)) {
					if (code != null) {
						problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode",
								"ledger.letters.noEntityForCommunity", new Object[0]));
					}
					return;
				}
				if (code == null) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode", "ledger.letters.entityRequired",
							new Object[0]));
					return;
				}
				if (!CreditCodes.valid(code)) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode", "ledger.letters.entityCode",
							new Object[] { code }));
					return;
				}
				var entity = register.byCreditCode(user, code);
				if (entity.isEmpty()) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode", "ledger.letters.entityUnknown",
							new Object[] { code }));
					return;
				}
				Long community = (Long) values.get("communityId");
				if (community != null && entity.get().communityId() != community) {
					String name = communityName(directory, user, entity.get().communityId());
					problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode",
							"ledger.letters.entityElsewhere", new Object[] { entity.get().name(), name }));
					return;
				}
				var day = (java.time.LocalDate) values.get("occurredOn");
				String letterKind = (String) values.get("letterKind");
				Specification<ResponsibilityLetter> same = (root, query, cb) -> cb.and(
						cb.equal(root.get("tenantId"), user.tenantId()), cb.equal(root.get("entityCode"), code),
						cb.equal(root.get("letterKind"), ResponsibilityLetter.LetterKind.valueOf(letterKind)),
						cb.equal(root.get("occurredOn"), day));
				if (!seen.add(List.of(code, letterKind, day))
						|| letterLedger.records().exists(same.and(LedgerCheck.notItself(values)))) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.entityCode", "ledger.letters.twice",
							new Object[] { entity.get().name() }));
					return;
				}
				if ((party == ResponsibilityLetter.PartyKind.SMALL_VENUE) != entity.get().smallVenue()) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.partyKind",
							party == ResponsibilityLetter.PartyKind.SMALL_VENUE ? "ledger.letters.notAVenue"
									: "ledger.letters.aVenue",
							new Object[] { entity.get().name() }));
				}
			}
		};
	}

	/**
	 * The coverage of the register by commitment letters: per community, the active entities the user reads, those
	 * with a commitment letter in force on the day (among the letters the user reads), and those without.
	 */
	@Bean
	LedgerCoverage letterCoverage(Ledger<ResponsibilityLetter> letterLedger, LedgerWork work,
			RegisteredEntities register, OrganisationDirectory directory) {
		return new LedgerCoverage() {

			@Override
			public String kind() {
				return letterLedger.kind();
			}

			@Override
			public String titleKey() {
				return "ledger.letters.coverage";
			}

			@Override
			public List<Share> shares(FazhiUser user, java.time.LocalDate on) {
				Specification<ResponsibilityLetter> commitments = (root, query, cb) -> cb.and(
						root.get("partyKind").in(WITH_ENTITIES), cb.isNotNull(root.get("entityCode")),
						cb.lessThanOrEqualTo(root.get("occurredOn"), on),
						// no letter runs longer than the longest term: the older ones are not read
						cb.greaterThan(root.get("occurredOn"), on.minusYears(MAX_TERM_YEARS)));
				Set<String> covered = new java.util.HashSet<>();
				letterLedger.records().findAll(work.readable(user, letterLedger, LedgerWork.Filter.none())
					.and(commitments)).forEach(letter -> {
						if (letter.inForceOn(on)) {
							covered.add(letter.getEntityCode());
						}
					});
				Map<Long, List<RegisteredEntities.Entity>> byCommunity = new java.util.HashMap<>();
				register.active(user).forEach(e -> byCommunity.computeIfAbsent(e.communityId(),
						c -> new java.util.ArrayList<>()).add(e));
				List<Share> shares = new java.util.ArrayList<>();
				for (var community : directory.activeCommunities(user.tenantId())) {
					var entities = byCommunity.get(community.id());
					if (entities == null) {
						continue;
					}
					var uncovered = entities.stream().filter(e -> !covered.contains(e.creditCode()))
						.map(e -> new Uncovered(e.id(), e.name(), e.creditCode())).toList();
					shares.add(new Share(community.id(), community.name(), entities.size(),
							entities.size() - uncovered.size(), uncovered));
				}
				return shares;
			}
		};
	}

	/** A letter's page: the day its term runs out, and the entity of the register a commitment letter names. */
	@Bean
	LedgerPanel letterPanel(Ledger<ResponsibilityLetter> letterLedger, RegisteredEntities register, LedgerWork work,
			OrganisationDirectory directory) {
		return new LedgerPanel() {

			@Override
			public String kind() {
				return letterLedger.kind();
			}

			@Override
			public String fragment() {
				return "letter";
			}

			@Override
			public Map<String, Object> attributes(FazhiUser user, LedgerEntry entry) {
				var letter = (ResponsibilityLetter) entry;
				Map<String, Object> attributes = new java.util.HashMap<>();
				attributes.put("letterLastDay", letter.lastDay());
				attributes.put("letterInForce", letter.inForceOn(work.today()));
				attributes.put("letterNamesEntity", letter.getEntityCode() != null);
				register.byCreditCode(user, letter.getEntityCode()).ifPresent(entity -> {
					attributes.put("letterEntity", entity);
					attributes.put("letterEntityCommunity", communityName(directory, user, entity.communityId()));
				});
				return attributes;
			}
		};
	}

	private static String communityName(OrganisationDirectory directory, FazhiUser user, long communityId) {
		return directory.activeCommunities(user.tenantId()).stream().filter(c -> c.id() == communityId)
			.map(OrganisationDirectory.CommunityRef::name).findFirst().orElse("");
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
