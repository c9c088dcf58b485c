package org.fazhi.ledger.internal.legalliterates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A person on a community's roster of 法律明白人 (residents trained to explain the law to their neighbours): their name,
 * what they do in the community, and the day they joined the roster. Their trainings are in the training ledger (kind
 * 法律明白人培训) and what they do in {@link LegalLiterateActivity}.
 */
@Entity
@Table(name = "ledger_legal_literate")
public class LegalLiterate extends LedgerEntry {

	/** Who the person is in the community. */
	public enum Background {
		COMMUNITY_CADRE, GRID_WORKER, BUILDING_HEAD, PARTY_MEMBER, VOLUNTEER, OTHER
	}

	private String personName;
	@Enumerated(EnumType.STRING)
	private Background background;
	private String occupation;

	protected LegalLiterate() {
	}

	public String getPersonName() {
		return personName;
	}

	public Background getBackground() {
		return background;
	}

	public String getOccupation() {
		return occupation;
	}
}
