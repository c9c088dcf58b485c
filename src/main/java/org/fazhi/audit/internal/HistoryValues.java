package org.fazhi.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import org.fazhi.shared.HumanDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The values of a record's history as a person reads them: yes and no for flags, dates and times in the reader's
 * language, and a code by its label (a statutory rule by its name, a role, a data scope, a state) —
 * {@code ${@historyValues.show(c.field(), c.to())}} in the history fragment.
 */
@Component("historyValues")
class HistoryValues {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** Where a field's codes have their labels, besides {@code history.value.FIELD.CODE}. */
	private static final Map<String, String> LABELS = Map.of("ruleCode", "rule.%s.name", "recordType", "recordType.%s",
			"role", "role.%s", "dataScope", "scope.%s", "state", "deadlineState.%s");

	private final MessageSource messages;

	HistoryValues(MessageSource messages) {
		this.messages = messages;
	}

	/** Where a code in an audit detail has its label: a record type, a statutory period, a case's source and so on. */
	private static final java.util.List<String> DETAIL_LABELS = java.util.List.of("recordType.%s", "rule.%s.name",
			"caseSource.%s", "caseOutcome.%s", "penaltyKind.%s", "documentType.%s", "caseState.%s", "partner.%s",
			"evidenceKind.%s", "serviceMethod.%s", "reviewOpinion.%s", "hazardState.%s", "entityCategory.%s",
			"domain.%s", "discretion.%s", "role.%s", "scope.%s", "externalKind.%s", "departmentKind.%s",
			"hazardSeverity.%s");

	/** A code standing alone: not a part of a path (/documents/templates/DECISION), not an HTTP method. */
	private static final Pattern CODE_IN_TEXT = Pattern
		.compile("(?<![\\w/-])(?!(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?![\\w-]))[A-Z][A-Z_]{2,}(?![\\w/-])");

	/** A slot named by module and code, standing alone: a document template's {@code enforcement/DECISION}. */
	private static final Pattern SLOT = Pattern.compile("(?<![\\w/])[a-z]+/[A-Z][A-Z_]{2,}(?![\\w/])");

	private static final Pattern MESSAGE_KEY = Pattern.compile("(^|\\s)([a-z][a-zA-Z]+(?:\\.[a-zA-Z]+)+)(?=$|\\s)");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?\\}");

	/**
	 * An audit entry's detail as a person reads it: each code in it ({@code INSPECTION 1: notice.docx},
	 * {@code PENALTY_DECISION from ...}, {@code decided ... PENALTY 10000}) by its label.
	 */
	public String detail(String detail) {
		if (detail == null) {
			return "";
		}
		var locale = LocaleContextHolder.getLocale();
		String slotsLabelled = SLOT.matcher(detail)
			.replaceAll(match -> java.util.regex.Matcher.quoteReplacement(recordId(match.group())));
		String labelled = CODE_IN_TEXT.matcher(slotsLabelled)
			.replaceAll(match -> java.util.regex.Matcher.quoteReplacement(labelOr(match.group(), match.group())));
		// a refusal's message key (case.filing.leaderOnly) by its message, its arguments as an ellipsis
		return MESSAGE_KEY.matcher(labelled).replaceAll(match -> {
			String text = messages.getMessage(match.group(2), null, null, locale);
			if (text == null) {
				return java.util.regex.Matcher.quoteReplacement(match.group());
			}
			String message = ARGUMENT.matcher(text).replaceAll("…").replace("''", "'");
			return java.util.regex.Matcher.quoteReplacement(match.group(1).isEmpty() ? message : "：" + message);
		});
	}

	/**
	 * A record's id as a person reads it: most are numbers and stay so; a slot named by module and code (a document
	 * template's {@code enforcement/DECISION}) is shown by the code's label.
	 */
	public String recordId(String recordId) {
		if (recordId == null) {
			return null;
		}
		int slash = recordId.lastIndexOf('/');
		String code = recordId.substring(slash + 1);
		if (slash < 0 || !code.matches("[A-Z][A-Z_]{2,}")) {
			return recordId;
		}
		return labelOr(code, recordId);
	}

	/** The label of a code in the reader's language, the first of {@link #DETAIL_LABELS} that has one. */
	private String labelOr(String code, String otherwise) {
		var locale = LocaleContextHolder.getLocale();
		for (String key : DETAIL_LABELS) {
			String label = messages.getMessage(key.formatted(code), null, null, locale);
			if (label != null) {
				return label;
			}
		}
		return otherwise;
	}

	public String show(String field, String value) {
		var locale = LocaleContextHolder.getLocale();
		if (value == null) {
			return "—";
		}
		if (value.equals("true") || value.equals("false")) {
			return messages.getMessage("common." + (value.equals("true") ? "yes" : "no"), null, locale);
		}
		try {
			if (value.length() > 10 && DATE.matcher(value.substring(0, 10)).matches() && value.charAt(10) == 'T') {
				return HumanDates.format(Instant.parse(value), locale);
			}
			if (DATE.matcher(value).matches()) {
				return HumanDates.format(LocalDate.parse(value), locale);
			}
		}
		catch (DateTimeParseException notADate) {
			return value;
		}
		if (CODE.matcher(value).matches()) {
			String own = messages.getMessage("history.value." + field + "." + value, null, null, locale);
			if (own != null) {
				return own;
			}
			String pattern = LABELS.get(field);
			if (pattern != null) {
				return messages.getMessage(pattern.formatted(value), null, value, locale);
			}
		}
		return value;
	}
}
