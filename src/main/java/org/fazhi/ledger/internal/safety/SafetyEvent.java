package org.fazhi.ledger.internal.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/** A safety publicity event (安全宣传活动): its theme (安全生产月, 全国防灾减灾日 …), title, place and participants. */
@Entity
@Table(name = "ledger_safety_event")
public class SafetyEvent extends LedgerEntry {

	public enum ThemeKind {
		WORK_SAFETY_MONTH, DISASTER_PREVENTION_DAY, FIRE_SAFETY_MONTH, GAS_SAFETY, TRAFFIC_SAFETY, FLOOD_TYPHOON,
		FIRST_AID, OTHER
	}

	@Enumerated(EnumType.STRING)
	private ThemeKind themeKind;
	private String title;
	private String place;
	private int participants;

	protected SafetyEvent() {
	}

	public ThemeKind getThemeKind() {
		return themeKind;
	}

	public String getTitle() {
		return title;
	}

	public String getPlace() {
		return place;
	}

	public int getParticipants() {
		return participants;
	}
}
