package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Chinese and the English bundles hold the same keys, none empty; every key a template or a validation message
 * names exists; templates carry no inline script, event handler or style attribute (the Content-Security-Policy forbids
 * them).
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([A-Za-z0-9_.]+)\\}\"");

	private static final Pattern VIOLATION_KEY = Pattern.compile("RuleViolation\\((?:null|\"\\w+\"|\\w+), \"([A-Za-z0-9_.]+)\"");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
		assertThat(chinese.stringPropertyNames()).allSatisfy(key -> {
			assertThat(chinese.getProperty(key)).as("zh-CN " + key).isNotBlank();
			assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
		});
	}

	@Test
	void chineseBundleIsInChinese() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		long untranslated = chinese.stringPropertyNames().stream()
			.filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.count();
		assertThat(untranslated).as("keys whose Chinese text equals the English").isZero();
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Properties chinese = load("messages.properties");
		Set<String> used = new TreeSet<>();
		collect(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), ".java", VALIDATION_KEY, used);
		collect(Path.of("src/main/java"), ".java", VIOLATION_KEY, used);
		assertThat(used).isNotEmpty();
		assertThat(used).allSatisfy(key -> assertThat(chinese.stringPropertyNames()).as(key).contains(key));
	}

	@Test
	void templatesHaveNoInlineScriptOrStyle() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				assertThat(html).as(file + ": inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
				assertThat(html).as(file + ": event handler").doesNotContainPattern("\\son[a-z]+\\s*=");
				assertThat(html).as(file + ": style attribute").doesNotContainPattern("\\sstyle\\s*=");
				assertThat(html).as(file + ": style element").doesNotContain("<style");
			}
		}
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
