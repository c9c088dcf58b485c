package org.fazhi.enforcement.internal.cases;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whether a step of a case is open to a user now, and if not, why.
 *
 * @param kind {@code OPEN}; {@code NOT_NOW}: the case is not at this step (the page does not show it);
 *     {@code NOT_YOURS}: the step belongs to another role and this user is not waiting on it (not shown);
 *     {@code WAITING}: another person takes it, the message says who and under which article; {@code CLOSED}: a rule
 *     of law keeps it closed now, the message cites the article and, where a period decides, the day it opens
 */
public record Gate(CaseStep step, Kind kind, String messageKey, Object[] arguments, LegalRule rule) {

	public enum Kind {
		OPEN, NOT_NOW, NOT_YOURS, WAITING, CLOSED
	}

	static Gate open(CaseStep step) {
		return new Gate(step, Kind.OPEN, null, new Object[0], null);
	}

	static Gate notNow(CaseStep step) {
		return new Gate(step, Kind.NOT_NOW, "case.state.wrong", new Object[0], null);
	}

	static Gate notYours(CaseStep step) {
		return new Gate(step, Kind.NOT_YOURS, null, new Object[0], null);
	}

	/** Another person takes the step; the message says who. */
	static Gate waiting(CaseStep step, String key, Object... arguments) {
		return new Gate(step, Kind.WAITING, key, arguments, null);
	}

	/** Another person takes the step under a rule of law, which the message cites. */
	static Gate waiting(CaseStep step, LegalRule rule, Object... arguments) {
		return new Gate(step, Kind.WAITING, rule.messageKey(), arguments, rule);
	}

	static Gate closed(CaseStep step, RuleViolation violation) {
		return new Gate(step, Kind.CLOSED, violation.messageKey(), violation.arguments(), violation.rule());
	}

	public boolean isOpen() {
		return kind == Kind.OPEN;
	}

	/** Whether the page shows the step as closed, with its reason. */
	public boolean shownClosed() {
		return kind == Kind.WAITING || kind == Kind.CLOSED;
	}

	/** Throws what the use case answers when the gate is not open. */
	void enforce() {
		switch (kind) {
			case OPEN -> {
			}
			case NOT_YOURS -> throw new AccessDeniedException(step + " is not this role's step");
			case NOT_NOW -> throw new RuleViolation(null, "case.state.wrong");
			default -> throw rule != null ? rule.refusal(null, arguments) : new RuleViolation(null, messageKey, arguments);
		}
	}
}
