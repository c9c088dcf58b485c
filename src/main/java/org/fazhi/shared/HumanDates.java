package org.fazhi.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and times as a person reads them in their language: 2024年12月9日 and 2024年12月9日 14:05 in Chinese,
 * 9 Dec 2024 and 9 Dec 2024 14:05 in English. Never an ISO timestamp on a page or in a message.
 */
public final class HumanDates {

	/** The offices run on China Standard Time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
	private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private HumanDates() {
	}

	private static boolean chinese(Locale locale) {
		return locale == null || "zh".equals(locale.getLanguage());
	}

	/** A date, a date-time or an instant in the given language; anything else as it is; null as empty. */
	public static String format(Object value, Locale locale) {
		if (value instanceof LocalDate date) {
			return (chinese(locale) ? ZH_DATE : EN_DATE).format(date);
		}
		if (value instanceof LocalDateTime time) {
			return (chinese(locale) ? ZH_TIME : EN_TIME).format(time);
		}
		if (value instanceof Instant instant) {
			return (chinese(locale) ? ZH_TIME : EN_TIME).format(instant.atZone(ZONE));
		}
		return value == null ? "" : value.toString();
	}

	/** As above, in the language of the current request. */
	public static String format(Object value) {
		return format(value, LocaleContextHolder.getLocale());
	}

	/** Message arguments with their dates and times formatted for the language (the rest untouched). */
	public static Object[] arguments(Object[] arguments, Locale locale) {
		if (arguments == null) {
			return null;
		}
		Object[] out = arguments.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof LocalDate || out[i] instanceof LocalDateTime || out[i] instanceof Instant) {
				out[i] = format(out[i], locale);
			}
		}
		return out;
	}
}
