package org.fazhi.rulebook;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.springframework.stereotype.Service;

/**
 * Every rule of law of the platform, by module and code. Codes are unique on the platform, and so are the message
 * keys of the guards: a refusal's message names exactly one rule.
 */
@Service
public class Rulebook {

	/** The modules in the order the rulebook lists them: the work lines first, then the engine and access. */
	static final List<String> MODULES = List.of("enforcement", "mediation", "legal", "complaints", "ledger",
			"deadlines", "access");

	private final Map<String, LegalRule> byCode = new LinkedHashMap<>();

	Rulebook(List<RuleSource> sources) {
		Map<String, LegalRule> byMessage = new HashMap<>();
		sources.stream()
			.flatMap(source -> source.rules().stream())
			.sorted(Comparator.comparingInt((LegalRule rule) -> MODULES.indexOf(rule.module()) < 0 ? MODULES.size()
					: MODULES.indexOf(rule.module()))
				.thenComparing(LegalRule::module)
				.thenComparing(LegalRule::kind)
				.thenComparing(LegalRule::code))
			.forEach(rule -> {
				if (byCode.putIfAbsent(rule.code(), rule) != null) {
					throw new IllegalStateException("two rules have the code " + rule.code());
				}
				if (rule.kind() == LegalRule.Kind.GUARD && byMessage.putIfAbsent(rule.messageKey(), rule) != null) {
					throw new IllegalStateException("two rules refuse with " + rule.messageKey());
				}
			});
	}

	public List<LegalRule> rules() {
		return List.copyOf(byCode.values());
	}

	public Optional<LegalRule> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}
}
