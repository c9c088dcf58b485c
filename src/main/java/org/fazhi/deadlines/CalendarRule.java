package org.fazhi.deadlines;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.Statute;

/**
 * How the deadline engine counts every period: the rules of counting that the periods of {@link StatutoryRule} rest
 * on. They refuse nothing; they are kept in every due date the engine computes, and the rulebook lists them.
 */
public enum CalendarRule implements LegalRule {

	/** 民事诉讼法 第八十五条第二款: the day a period starts is not counted. */
	START_DAY_NOT_COUNTED("CAL-START-DAY-NOT-COUNTED", Statute.CIVIL_PROCEDURE, "第八十五条第二款",
			"rulebook.calendar.startDay"),
	/** 民事诉讼法 第八十五条第三款: a period ending on a statutory holiday ends on the next working day. */
	HOLIDAY_END_MOVES("CAL-HOLIDAY-END-MOVES", Statute.CIVIL_PROCEDURE, "第八十五条第三款", "rulebook.calendar.holidayEnd"),
	/** 行政处罚法 第八十五条: its periods of two, three, five and seven days are working days. */
	PENALTY_WORKING_DAYS("CAL-PENALTY-WORKING-DAYS", Statute.ADMINISTRATIVE_PENALTY, "第八十五条",
			"rulebook.calendar.penaltyWorkingDays"),
	/** 行政复议法 第八十八条第二款: its periods of three, five, seven and ten days are working days. */
	RECONSIDERATION_WORKING_DAYS("CAL-RECONSIDERATION-WORKING-DAYS", Statute.ADMINISTRATIVE_RECONSIDERATION,
			"第八十八条第二款", "rulebook.calendar.reconsiderationWorkingDays");

	private final Definition definition;

	CalendarRule(String code, Statute statute, String article, String messageKey) {
		this.definition = new Definition(code, statute, article, messageKey, "COUNT");
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "deadlines";
	}

	@Override
	public Kind kind() {
		return Kind.PERIOD;
	}
}
