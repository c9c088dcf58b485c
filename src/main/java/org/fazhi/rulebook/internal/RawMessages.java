package org.fazhi.rulebook.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A rule's refusal as the rulebook prints it: the message pattern itself, its arguments shown as an ellipsis
 * ("至…届满"), since the rulebook speaks of every case and not of one.
 */
@Component
class RawMessages {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?\\}");

	private final Properties chinese = load("messages.properties");
	private final Properties english = load("messages_en.properties");

	String chinese(String key) {
		return general(chinese.getProperty(key, key));
	}

	String english(String key) {
		return general(english.getProperty(key, chinese.getProperty(key, key)));
	}

	private static String general(String pattern) {
		return ARGUMENT.matcher(pattern).replaceAll("…").replace("''", "'");
	}

	private static Properties load(String name) {
		var properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}
}
