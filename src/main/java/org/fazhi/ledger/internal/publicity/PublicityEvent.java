package org.fazhi.ledger.internal.publicity;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A law publicity event (普法活动): the theme, the laws publicised, the departments that co-organised it (谁执法谁普法),
 * the kind of place and the place, the materials handed out and the people reached; its photos are attachments.
 */
@Entity
@Table(name = "ledger_publicity_event")
public class PublicityEvent extends LedgerEntry {

	/** Where it took place (阵地类型). */
	public enum PlaceKind {
		SCHOOL, FACTORY, COMMUNITY, ECOLOGICAL_AREA, SHOPPING_AREA, ONLINE
	}

	@Enumerated(EnumType.STRING)
	private PlaceKind placeKind;
	private String theme;
	private String laws;
	private String partners;
	private String place;
	private int materials;
	private int people;

	protected PublicityEvent() {
	}

	public PlaceKind getPlaceKind() {
		return placeKind;
	}

	public String getTheme() {
		return theme;
	}

	/** The laws publicised, in the order entered. */
	public List<PublicisedLaw> getLaws() {
		return laws == null || laws.isBlank() ? List.of()
				: Arrays.stream(laws.split(",")).map(PublicisedLaw::valueOf).toList();
	}

	public String getPartners() {
		return partners;
	}

	public String getPlace() {
		return place;
	}

	public int getMaterials() {
		return materials;
	}

	public int getPeople() {
		return people;
	}
}
