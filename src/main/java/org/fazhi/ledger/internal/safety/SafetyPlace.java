package org.fazhi.ledger.internal.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A safety publicity board (安全宣传栏) or a safety education site (安全教育基地) of a community, counted in the year it
 * was installed; its photo is an attachment.
 */
@Entity
@Table(name = "ledger_safety_place")
public class SafetyPlace extends LedgerEntry {

	public enum PlaceKind {
		SAFETY_BOARD, EDUCATION_SITE
	}

	@Enumerated(EnumType.STRING)
	private PlaceKind placeKind;
	private String name;
	private String address;

	protected SafetyPlace() {
	}

	public PlaceKind getPlaceKind() {
		return placeKind;
	}

	public String getName() {
		return name;
	}

	public String getAddress() {
		return address;
	}
}
