package org.fazhi.web;

import java.util.Locale;

import org.fazhi.shared.HumanDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles (zh-CN first, English second), with every date or time passed to a message formatted in the
 * reader's language, so a refusal says 2024年12月9日 or 9 Dec 2024, never 2024-12-09. Replaces Spring Boot's message
 * source with the same settings.
 */
@Configuration(proxyBeanMethods = false)
class LocalisedMessages {

	/** A template to show dates in the page's language: {@code ${@dates.show(c.decidedOn)}}. */
	public static final class DateDisplay {

		public String show(Object value) {
			return HumanDates.format(value);
		}
	}

	@Bean
	DateDisplay dates() {
		return new DateDisplay();
	}

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:messages}") String[] basenames,
			@Value("${spring.messages.encoding:UTF-8}") String encoding) {
		var source = new ResourceBundleMessageSource() {

			@Override
			protected Object[] resolveArguments(Object[] args, Locale locale) {
				return HumanDates.arguments(super.resolveArguments(args, locale), locale);
			}
		};
		source.setBasenames(basenames);
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
