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

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
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
