package org.fazhi.ledger.internal.safety;

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
 * The safety ledgers of section (七): boards and education sites installed in the year (each in a community), and
 * safety publicity events with their participants. Kept by the emergency and safety office and the communities.
 */
@Configuration(proxyBeanMethods = false)
class SafetyLedgers {

	static final String BOARDS = "ledger_safety_boards";
	static final String SITES = "ledger_safety_education_sites";
	static final String EVENTS = "ledger_safety_events";
	static final String PARTICIPANTS = "ledger_safety_event_participants";

	private static Specification<SafetyPlace> kind(SafetyPlace.PlaceKind kind) {
		return (root, query, cb) -> cb.equal(root.get("placeKind"), kind);
	}

	@Bean
	Ledger<SafetyPlace> safetyPlaceLedger(SafetyPlaces records) {
		return new Ledger<>("safety-places", LedgerRecords.SAFETY_PLACE, "ledger_safety_place", records, List.of(
				Column.<SafetyPlace>choice("placeKind", "place_kind", SafetyPlace.PlaceKind.class,
						SafetyPlace::getPlaceKind),
				Column.<SafetyPlace>text("name", "name", 200, true, SafetyPlace::getName),
				Column.<SafetyPlace>text("address", "address", 200, true, SafetyPlace::getAddress)),
				"placeKind", true, Set.of(Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER, Role.LEGAL_OFFICER),
				List.of(FigureDef.count(BOARDS, kind(SafetyPlace.PlaceKind.SAFETY_BOARD)),
						FigureDef.count(SITES, kind(SafetyPlace.PlaceKind.EDUCATION_SITE))),
				75);
	}

	@Bean
	LedgerOwner safetyPlaceOwner(Ledger<SafetyPlace> safetyPlaceLedger) {
		return new LedgerOwner(safetyPlaceLedger);
	}

	@Bean
	Ledger<SafetyEvent> safetyEventLedger(SafetyEvents records) {
		return new Ledger<>("safety-events", LedgerRecords.SAFETY_EVENT, "ledger_safety_event", records, List.of(
				Column.<SafetyEvent>choice("themeKind", "theme_kind", SafetyEvent.ThemeKind.class,
						SafetyEvent::getThemeKind),
				Column.<SafetyEvent>text("title", "title", 200, true, SafetyEvent::getTitle),
				Column.<SafetyEvent>text("place", "place", 200, true, SafetyEvent::getPlace),
				Column.<SafetyEvent>number("participants", "participants", 1_000_000, SafetyEvent::getParticipants)),
				"themeKind", false, Set.of(Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER, Role.LEGAL_OFFICER),
				List.of(FigureDef.count(EVENTS, null),
						FigureDef.sum(PARTICIPANTS, "PERSONS", "participants", null)),
				76);
	}

	@Bean
	LedgerOwner safetyEventOwner(Ledger<SafetyEvent> safetyEventLedger) {
		return new LedgerOwner(safetyEventLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry safetyPlaceNavigation(Ledger<SafetyPlace> safetyPlaceLedger) {
		return safetyPlaceLedger.navigation();
	}

	@Bean
	org.fazhi.shared.NavigationEntry safetyEventNavigation(Ledger<SafetyEvent> safetyEventLedger) {
		return safetyEventLedger.navigation();
	}
}
