package org.fazhi.ledger.internal.publicity;

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
 * The ledger of law publicity events: the report counts the events, the materials handed out and the people reached,
 * and the events held with the enforcement departments (谁执法谁普法: a co-organiser named).
 */
@Configuration(proxyBeanMethods = false)
class PublicityLedgers {

	static final String EVENTS = "ledger_publicity_events";
	static final String WITH_DEPARTMENTS = "ledger_publicity_events_with_departments";
	static final String MATERIALS = "ledger_publicity_materials";
	static final String PEOPLE = "ledger_publicity_people";

	@Bean
	Ledger<PublicityEvent> publicityLedger(PublicityEvents records) {
		Specification<PublicityEvent> withDepartments = (root, query, cb) -> cb.isNotNull(root.get("partners"));
		return new Ledger<>("publicity", LedgerRecords.PUBLICITY, "ledger_publicity_event", records, List.of(
				Column.<PublicityEvent>choice("placeKind", "place_kind", PublicityEvent.PlaceKind.class,
						PublicityEvent::getPlaceKind),
				Column.<PublicityEvent>text("theme", "theme", 200, true, PublicityEvent::getTheme),
				Column.<PublicityEvent>choices("laws", "laws", 400, PublicisedLaw.class, PublicityEvent::getLaws),
				Column.<PublicityEvent>text("partners", "partners", 400, false, PublicityEvent::getPartners),
				Column.<PublicityEvent>text("place", "place", 200, true, PublicityEvent::getPlace),
				Column.<PublicityEvent>number("materials", "materials", 1_000_000, PublicityEvent::getMaterials),
				Column.<PublicityEvent>number("people", "people", 10_000_000, PublicityEvent::getPeople)),
				"placeKind", false, Set.of(Role.LEGAL_OFFICER, Role.COMMUNITY_WORKER, Role.ENFORCEMENT_OFFICER),
				List.of(FigureDef.count(EVENTS, null), FigureDef.count(WITH_DEPARTMENTS, withDepartments),
						FigureDef.sum(MATERIALS, "COPIES", "materials", null),
						FigureDef.sum(PEOPLE, "PERSONS", "people", null)),
				72);
	}

	static final String DUTIES = "ledger_publicity_duties";
	static final String DUTY_EVENTS_HELD = "ledger_publicity_duty_events_held";

	@Bean
	Ledger<PublicityDuty> publicityDutyLedger(PublicityDuties records) {
		return new Ledger<>("publicity-duties", LedgerRecords.PUBLICITY_DUTY, "ledger_publicity_duty", records,
				List.of(Column.<PublicityDuty>choice("unitKind", "unit_kind", PublicityDuty.UnitKind.class,
						PublicityDuty::getUnitKind),
						Column.<PublicityDuty>text("dutyUnit", "duty_unit", 100, true, PublicityDuty::getDutyUnit),
						Column.<PublicityDuty>choices("laws", "laws", 400, PublicisedLaw.class, PublicityDuty::getLaws),
						Column.<PublicityDuty>text("promise", "promise", 400, true, PublicityDuty::getPromise),
						Column.<PublicityDuty>number("planned", "planned", 1_000, PublicityDuty::getPlanned),
						Column.<PublicityDuty>number("held", "held", 1_000, PublicityDuty::getHeld)),
				"unitKind", false, Set.of(Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER),
				List.of(FigureDef.count(DUTIES, null), FigureDef.sum(DUTY_EVENTS_HELD, "EVENTS", "held", null)), 73)
			.officeWide();
	}

	@Bean
	LedgerOwner publicityDutyOwner(Ledger<PublicityDuty> publicityDutyLedger) {
		return new LedgerOwner(publicityDutyLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry publicityDutyNavigation(Ledger<PublicityDuty> publicityDutyLedger) {
		return publicityDutyLedger.navigation();
	}

	@Bean
	LedgerOwner publicityOwner(Ledger<PublicityEvent> publicityLedger) {
		return new LedgerOwner(publicityLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry publicityNavigation(Ledger<PublicityEvent> publicityLedger) {
		return publicityLedger.navigation();
	}
}
