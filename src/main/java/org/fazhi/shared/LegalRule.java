package org.fazhi.shared;

/**
 * A rule of law Fazhi keeps: a guard that refuses an unlawful step, or a statutory period. Every rule has a code
 * unique on the platform, the statute and the article (with 款 and 项) it rests on, the message key of its refusal (or
 * of its name, for a period), the module that keeps it and the step it guards. The rulebook ({@code /public/rules})
 * lists every rule; a refusal names its rule, and the audit trail records the code.
 */
public interface LegalRule {

	enum Kind {
		/** refuses a step that the law forbids, or does not yet allow */
		GUARD,
		/** a period the deadline engine counts */
		PERIOD
	}

	/**
	 * What a rule says, as its module declares it.
	 *
	 * @param article the article in the statute's own words, e.g. {@code 第六十四条第（一）项} or
	 *     {@code 第四十二条、第五十五条}
	 * @param step the step the rule guards, e.g. {@code DECIDE}; for a period, the period's own code
	 */
	record Definition(String code, Statute statute, String article, String messageKey, String step) {
	}

	Definition definition();

	String module();

	default String code() {
		return definition().code();
	}

	default Statute statute() {
		return definition().statute();
	}

	default String article() {
		return definition().article();
	}

	default String messageKey() {
		return definition().messageKey();
	}

	default String step() {
		return definition().step();
	}

	default Kind kind() {
		return Kind.GUARD;
	}

	/** The refusal of a step under this rule, on a form field (or {@code null} for the whole form). */
	default RuleViolation refusal(String field, Object... arguments) {
		return RuleViolation.under(this, field, arguments);
	}
}
