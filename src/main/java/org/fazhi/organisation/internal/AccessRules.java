package org.fazhi.organisation.internal;

import java.util.List;

import org.fazhi.organisation.AccessLawRule;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.springframework.stereotype.Component;

/** The guards of access that a statute sets, for the rulebook. */
@Component
class AccessRules implements RuleSource {

	@Override
	public List<LegalRule> rules() {
		return List.of(AccessLawRule.values());
	}
}
