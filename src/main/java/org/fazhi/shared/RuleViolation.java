package org.fazhi.shared;

import java.util.Arrays;

/**
 * A refused action. The message is a message-bundle key with arguments, so the user reads it in their language; the
 * field names the form field it belongs to, or is {@code null} for the whole form.
 */
public class RuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;
	private final transient LegalRule rule;

	/** A refusal that no rule of law makes (a format, a missing field, a duplicate). */
	public RuleViolation(String field, String messageKey, Object... arguments) {
		this(null, field, messageKey, arguments);
	}

	/** A refusal under a rule of law: the message is the rule's. */
	public static RuleViolation under(LegalRule rule, String field, Object... arguments) {
		return new RuleViolation(rule, field, rule.messageKey(), arguments);
	}

	/**
	 * A refusal under a rule of law with a message of its own: a step the rule does not provide for (an extension a
	 * period's statute does not allow), told in words of that step.
	 */
	public static RuleViolation underWithMessage(LegalRule rule, String messageKey, String field, Object... arguments) {
		return new RuleViolation(rule, field, messageKey, arguments);
	}

	private RuleViolation(LegalRule rule, String field, String messageKey, Object[] arguments) {
		super((rule == null ? "" : rule.code() + " ") + messageKey + Arrays.toString(arguments));
		this.rule = rule;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The rule of law that refused, or {@code null} when none did. */
	public LegalRule rule() {
		return rule;
	}

	/** The code of the rule that refused, or {@code null}. */
	public String ruleCode() {
		return rule == null ? null : rule.code();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
