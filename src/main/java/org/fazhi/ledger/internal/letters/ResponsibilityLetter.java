package org.fazhi.ledger.internal.letters;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A responsibility or commitment letter signed (责任书、承诺书): for work safety, fire safety or the three preventions
 * (三防), between the office and a community, or between a community and a grid enterprise or a 三小场所 of the
 * enforcement register (named by its credit code); the party, who signed for it, the term in years. The signed copy is
 * uploaded on the record.
 */
@Entity
@Table(name = "ledger_responsibility_letter")
public class ResponsibilityLetter extends LedgerEntry {

	public enum LetterKind {
		WORK_SAFETY, FIRE_SAFETY, THREE_PREVENTIONS
	}

	public enum PartyKind {
		COMMUNITY, GRID_ENTERPRISE, SMALL_VENUE
	}

	@Enumerated(EnumType.STRING)
	private LetterKind letterKind;
	@Enumerated(EnumType.STRING)
	private PartyKind partyKind;
	private String party;
	private String signatory;
	/** The credit code of the regulated entity of a commitment letter; none for a letter with a community. */
	private String entityCode;
	/** The whole years the letter runs from the day signed. */
	private int termYears = 1;

	protected ResponsibilityLetter() {
	}

	public LetterKind getLetterKind() {
		return letterKind;
	}

	public PartyKind getPartyKind() {
		return partyKind;
	}

	public String getParty() {
		return party;
	}

	public String getSignatory() {
		return signatory;
	}

	public String getEntityCode() {
		return entityCode;
	}

	public int getTermYears() {
		return termYears;
	}

	/** The last day the letter is in force. */
	public java.time.LocalDate lastDay() {
		return getOccurredOn().plusYears(termYears).minusDays(1);
	}

	/** Whether the letter is in force on the day: signed on or before it, its term not yet run out. */
	public boolean inForceOn(java.time.LocalDate day) {
		return !getOccurredOn().isAfter(day) && getOccurredOn().plusYears(termYears).isAfter(day);
	}
}
