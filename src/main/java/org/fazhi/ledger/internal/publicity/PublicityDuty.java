package org.fazhi.ledger.internal.publicity;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * One line of the year's publicity responsibility list (普法责任清单, 谁执法谁普法): the responsible unit, the laws it
 * publicises, what it promised, how many events it promised and how many it held. Its day is the day it was listed.
 */
@Entity
@Table(name = "ledger_publicity_duty")
public class PublicityDuty extends LedgerEntry {

	/** The kind of responsible unit. */
	public enum UnitKind {
		ENFORCEMENT_DEPARTMENT, FUNCTIONAL_OFFICE, COMMUNITY, STATIONED_UNIT
	}

	@Enumerated(EnumType.STRING)
	private UnitKind unitKind;
	private String dutyUnit;
	private String laws;
	private String promise;
	private int planned;
	private int held;

	protected PublicityDuty() {
	}

	public UnitKind getUnitKind() {
		return unitKind;
	}

	public String getDutyUnit() {
		return dutyUnit;
	}

	public List<PublicisedLaw> getLaws() {
		return laws == null || laws.isBlank() ? List.of()
				: Arrays.stream(laws.split(",")).map(PublicisedLaw::valueOf).toList();
	}

	public String getPromise() {
		return promise;
	}

	public int getPlanned() {
		return planned;
	}

	public int getHeld() {
		return held;
	}
}
