package org.fazhi.deadlines;

/** Where a deadline stands today, most urgent first. */
public enum DeadlineStatus {
	/** 逾期: the due day has passed and the deadline was not met */
	OVERDUE,
	/** 临期: a few working days left (configurable, 3 by default) */
	DUE_SOON,
	/** 正常 */
	ON_TIME,
	/** 已暂停 */
	PAUSED,
	/** 已完成 */
	COMPLETED;

	public String messageKey() {
		return "deadlineStatus." + name();
	}
}
