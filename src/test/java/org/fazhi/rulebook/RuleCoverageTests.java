package org.fazhi.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.deadlines.CalendarRule;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.organisation.AccessLawRule;
import org.fazhi.shared.LegalRule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The rulebook keeps its promise: every rule has a test that names it (its code, or its constant such as
 * {@code EnforcementRule.LIMITATION}), and every refusal whose message cites an article is a rule's.
 */
class RuleCoverageTests {

	/** A refusal in the main code, with the message key it refuses with. */
	private static final Pattern REFUSAL = Pattern.compile(
			"(?:new RuleViolation\\(\\s*(?:null|\"\\w+\"),\\s*|Gate\\.waiting\\(\\s*\\w+,\\s*|new Problem\\(\\s*\"\\w+\",\\s*)\"([a-zA-Z][\\w.]+)\"");

	private static final Pattern CITES_ARTICLE = Pattern.compile("第[零一二三四五六七八九十百千]+条");

	/** Every rule the modules declare; the period rules under the codes the deadline engine gives them. */
	static Map<String, String> rules() {
		Map<String, String> codeToConstant = new HashMap<>();
		Stream.of(EnforcementRule.values(), CalendarRule.values(), AccessLawRule.values(),
				org.fazhi.mediation.MediationRule.values(), org.fazhi.legal.LegalAffairsRule.values())
			.flatMap(Arrays::stream)
			.forEach(rule -> codeToConstant.put(rule.code(),
					rule.getClass().getSimpleName() + "." + ((Enum<?>) rule).name()));
		for (StatutoryRule period : StatutoryRule.values()) {
			codeToConstant.put("PERIOD-" + period.name().replace('_', '-'), "StatutoryRule." + period.name());
		}
		return codeToConstant;
	}

	/** Whether a test names the rule: its code, its constant, or (in a test of that enum, e.g. a CSV row) its name. */
	private static boolean named(List<String> tests, String code, String constant) {
		String enumName = constant.substring(0, constant.indexOf('.'));
		Pattern qualified = Pattern.compile("\\b" + Pattern.quote(constant) + "\\b");
		Pattern bare = Pattern.compile("(?m)^\\s*" + Pattern.quote(constant.substring(enumName.length() + 1)) + "\\s*\\|");
		return tests.stream().anyMatch(test -> test.contains("\"" + code + "\"") || qualified.matcher(test).find()
				|| (test.contains(enumName) && bare.matcher(test).find()));
	}

	private static List<String> testFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.getFileName().toString().equals("RuleCoverageTests.java"))
				.map(file -> {
					try {
						return Files.readString(file);
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.toList();
		}
	}

	private static String sources(String root, Set<String> leaveOut) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(root))) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !leaveOut.contains(file.getFileName().toString()))
				.map(file -> {
					try {
						return Files.readString(file);
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.collect(Collectors.joining("\n"));
		}
	}

	@Test
	void everyRuleHasATestThatNamesIt() throws IOException {
		List<String> tests = testFiles();
		List<String> untested = new ArrayList<>();
		rules().forEach((code, constant) -> {
			if (!named(tests, code, constant)) {
				untested.add(code + " (" + constant + ")");
			}
		});
		assertThat(untested).as("rules that no test names").isEmpty();
	}

	@Test
	void everyRefusalThatCitesAnArticleIsARule() throws IOException {
		Properties chinese = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			chinese.load(reader);
		}
		Set<String> ruleMessages = Stream.of(EnforcementRule.values(), CalendarRule.values(), AccessLawRule.values(),
				org.fazhi.mediation.MediationRule.values(), org.fazhi.legal.LegalAffairsRule.values())
			.flatMap(Arrays::stream)
			.map(LegalRule::messageKey)
			.collect(Collectors.toSet());
		Matcher refusals = REFUSAL.matcher(sources("src/main/java", Set.of()));
		List<String> withoutRule = new ArrayList<>();
		int seen = 0;
		while (refusals.find()) {
			seen++;
			String key = refusals.group(1);
			String message = chinese.getProperty(key, "");
			if (CITES_ARTICLE.matcher(message).find() && !ruleMessages.contains(key)) {
				withoutRule.add(key + ": " + message);
			}
		}
		assertThat(seen).as("refusals found in the code").isGreaterThan(50);
		assertThat(withoutRule).as("refusals citing an article without a rule of the rulebook").isEmpty();
	}
}
