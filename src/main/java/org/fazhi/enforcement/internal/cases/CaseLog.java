package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The case log's sentences. A step is stored as a message key with typed arguments (text, a number, a date, or a
 * label's own key, never taken from what a person typed), so the log reads as sentences in the reader's language (当事人于…书面放弃陈述、申辩 / The party
 * waived…), never as codes; templates call {@code ${@caseLog.sentence(e.detail)}}.
 */
@Component("caseLog")
public class CaseLog {

	private static final char SEPARATOR = '\u001F';

	private final MessageSource messages;

	CaseLog(MessageSource messages) {
		this.messages = messages;
	}

	/** An argument that is itself a label of the bundles (a kind, a penalty, an outcome), read in the reader's language. */
	record Label(String key) {
	}

	public static Label label(String key) {
		return new Label(key);
	}

	static String encode(String key, Object... arguments) {
		var out = new StringBuilder(key);
		for (Object argument : arguments) {
			out.append(SEPARATOR);
			if (argument instanceof Number number) {
				out.append('N').append(number.longValue());
			}
			else if (argument instanceof LocalDate date) {
				out.append('D').append(date);
			}
			else if (argument instanceof Label label) {
				out.append('#').append(label.key());
			}
			else {
				out.append('S').append(argument == null ? "" : String.valueOf(argument).replace(SEPARATOR, ' '));
			}
		}
		return out.toString();
	}

	/** The stored step as a sentence in the current request's language; a detail of free text as it is. */
	public String sentence(String detail) {
		return sentence(detail, LocaleContextHolder.getLocale());
	}

	public String sentence(String detail, Locale locale) {
		if (detail == null || detail.indexOf(SEPARATOR) < 0 && !detail.startsWith("caseLog.")) {
			return detail == null ? "" : detail;
		}
		String[] parts = detail.split(String.valueOf(SEPARATOR), -1);
		List<Object> arguments = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			char type = part.isEmpty() ? 'S' : part.charAt(0);
			String value = part.isEmpty() ? "" : part.substring(1);
			arguments.add(switch (type) {
				case 'N' -> Long.valueOf(value);
				case 'D' -> LocalDate.parse(value);
				case '#' -> value.isEmpty() ? "" : messages.getMessage(value, null, value, locale);
				default -> value;
			});
		}
		return messages.getMessage(parts[0], arguments.toArray(), parts[0], locale);
	}
}
