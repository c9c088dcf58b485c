package org.fazhi.deadlines;

/** How a statutory period is counted. */
public enum PeriodUnit {

	/** Calendar days: the starting day is not counted; a last day that is a rest day moves to the next working day (民事诉讼法 第八十五条). */
	DAYS,
	/** Working days only (行政处罚法 第八十五条, 行政复议法 第八十八条, 行政强制法 第六十九条). */
	WORKING_DAYS,
	/** Months: the same date of the final month, or its last day; a rest day moves on as for days. */
	MONTHS,
	/** Years: as months, twelve at a time. */
	YEARS;

	public String messageKey() {
		return "unit." + name();
	}

	/** The longest period Fazhi computes in this unit; longer input is refused as a mistake. */
	public int maximumLength() {
		return switch (this) {
			case DAYS -> 3660;
			case WORKING_DAYS -> 2500;
			case MONTHS -> 120;
			case YEARS -> 10;
		};
	}
}
