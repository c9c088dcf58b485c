package org.fazhi.deadlines;

/** Why a day is or is not a working day. */
public enum DayKind {
	/** an ordinary Monday to Friday */
	WORKDAY(true),
	/** a Saturday or Sunday that is not a make-up working day */
	WEEKEND(false),
	/** a statutory holiday of a State Council notice */
	HOLIDAY(false),
	/** a weekend day made a working day by a State Council notice (调休上班) */
	MAKEUP_WORKDAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}

	public String messageKey() {
		return "dayKind." + name();
	}
}
