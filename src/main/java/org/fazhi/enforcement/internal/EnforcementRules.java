package org.fazhi.enforcement.internal;

import java.util.List;

import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.springframework.stereotype.Component;

/** The guards of administrative enforcement, for the rulebook. */
@Component
class EnforcementRules implements RuleSource {

	@Override
	public List<LegalRule> rules() {
		return List.of(EnforcementRule.values());
	}
}
