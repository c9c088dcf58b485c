package org.fazhi.ledger.internal.legalliterates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * What a 法律明白人 did: publicity among the neighbours, taking part in a mediation, or community governance (a
 * residents' meeting, a village rule); the people reached.
 */
@Entity
@Table(name = "ledger_legal_literate_activity")
public class LegalLiterateActivity extends LedgerEntry {

	public enum ActivityKind {
		PUBLICITY, MEDIATION, GOVERNANCE
	}

	private String personName;
	@Enumerated(EnumType.STRING)
	private ActivityKind activityKind;
	private String description;
	private int people;

	protected LegalLiterateActivity() {
	}

	public String getPersonName() {
		return personName;
	}

	public ActivityKind getActivityKind() {
		return activityKind;
	}

	public String getDescription() {
		return description;
	}

	public int getPeople() {
		return people;
	}
}
