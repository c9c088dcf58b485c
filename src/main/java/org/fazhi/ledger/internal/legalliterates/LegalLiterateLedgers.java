package org.fazhi.ledger.internal.legalliterates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerCheck;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledgers of the 法律明白人: each community's roster, kept by its community worker, and their activities. Both
 * filter by community, so the figures per community are the lists of one community.
 */
@Configuration(proxyBeanMethods = false)
class LegalLiterateLedgers {

	static final String JOINED = "ledger_legal_literates_joined";
	static final String ACTIVITIES = "ledger_legal_literate_activities";
	static final String IN_MEDIATION = "ledger_legal_literate_mediations";
	static final String PEOPLE = "ledger_legal_literate_people";

	@Bean
	Ledger<LegalLiterate> legalLiterateLedger(LegalLiterates records) {
		return new Ledger<>("legal-literates", LedgerRecords.LEGAL_LITERATE, "ledger_legal_literate", records,
				List.of(Column.<LegalLiterate>text("personName", "person_name", 50, true, LegalLiterate::getPersonName),
						Column.<LegalLiterate>choice("background", "background", LegalLiterate.Background.class,
								LegalLiterate::getBackground),
						Column.<LegalLiterate>text("occupation", "occupation", 100, false, LegalLiterate::getOccupation)),
				"background", true, Set.of(Role.LEGAL_OFFICER, Role.COMMUNITY_WORKER),
				List.of(FigureDef.count(JOINED, null)), 74);
	}

	@Bean
	Ledger<LegalLiterateActivity> legalLiterateActivityLedger(LegalLiterateActivities records) {
		Specification<LegalLiterateActivity> mediation = (root, query, cb) -> cb.equal(root.get("activityKind"),
				LegalLiterateActivity.ActivityKind.MEDIATION);
		return new Ledger<>("legal-literate-activities", LedgerRecords.LEGAL_LITERATE_ACTIVITY,
				"ledger_legal_literate_activity", records,
				List.of(Column.<LegalLiterateActivity>text("personName", "person_name", 50, true,
						LegalLiterateActivity::getPersonName),
						Column.<LegalLiterateActivity>choice("activityKind", "activity_kind",
								LegalLiterateActivity.ActivityKind.class, LegalLiterateActivity::getActivityKind),
						Column.<LegalLiterateActivity>text("description", "description", 200, true,
								LegalLiterateActivity::getDescription),
						Column.<LegalLiterateActivity>number("people", "people", 100_000, LegalLiterateActivity::getPeople)),
				"activityKind", true, Set.of(Role.LEGAL_OFFICER, Role.COMMUNITY_WORKER),
				List.of(FigureDef.count(ACTIVITIES, null), FigureDef.count(IN_MEDIATION, mediation),
						FigureDef.sum(PEOPLE, "PERSONS", "people", null)),
				75);
	}

	private static Specification<LegalLiterate> onRoster(long tenantId, Object communityId, Object name) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.equal(root.get("communityId"), communityId), cb.equal(root.get("personName"), name));
	}

	/** A person is on a community's roster once; a second entry of the same name in the same community is refused. */
	@Bean
	LedgerCheck legalLiterateCheck(LegalLiterates roster) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return "legal-literates";
			}

			@Override
			public void check(FazhiUser user, int row, Map<String, Object> values, Set<Object> seen,
					Consumer<LedgerWork.Problem> problems) {
				Object community = values.get("communityId");
				Object name = values.get("personName");
				if (community == null || name == null) {
					return;
				}
				if (!seen.add(List.of(community, name))
						|| roster.exists(onRoster(user.tenantId(), community, name).and(LedgerCheck.notItself(values)))) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.personName",
							"ledger.legalLiterates.twice", new Object[] { name }));
				}
			}
		};
	}

	/** An activity is one of a person on the community's roster. */
	@Bean
	LedgerCheck legalLiterateActivityCheck(LegalLiterates roster) {
		return new LedgerCheck() {

			@Override
			public String kind() {
				return "legal-literate-activities";
			}

			@Override
			public void check(FazhiUser user, int row, Map<String, Object> values, Set<Object> seen,
					Consumer<LedgerWork.Problem> problems) {
				Object community = values.get("communityId");
				Object name = values.get("personName");
				if (community != null && name != null && !roster.exists(onRoster(user.tenantId(), community, name))) {
					problems.accept(new LedgerWork.Problem(row, "ledger.field.personName",
							"ledger.legalLiterates.notOnRoster", new Object[] { name }));
				}
			}
		};
	}

	@Bean
	LedgerOwner legalLiterateOwner(Ledger<LegalLiterate> legalLiterateLedger) {
		return new LedgerOwner(legalLiterateLedger);
	}

	@Bean
	LedgerOwner legalLiterateActivityOwner(Ledger<LegalLiterateActivity> legalLiterateActivityLedger) {
		return new LedgerOwner(legalLiterateActivityLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry legalLiterateNavigation(Ledger<LegalLiterate> legalLiterateLedger) {
		return legalLiterateLedger.navigation();
	}

	@Bean
	org.fazhi.shared.NavigationEntry legalLiterateActivityNavigation(
			Ledger<LegalLiterateActivity> legalLiterateActivityLedger) {
		return legalLiterateActivityLedger.navigation();
	}
}
