package org.fazhi.deadlines.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fazhi.deadlines.CalendarRule;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.RuleSource;
import org.fazhi.shared.Statute;
import org.springframework.stereotype.Component;

/** The deadline engine's rules for the rulebook: how it counts, and every statutory period it keeps. */
@Component
class DeadlineRules implements RuleSource {

	/** A statutory period as a rule of the rulebook; its code is {@code PERIOD-} and the period's code. */
	record PeriodRule(StatutoryRule period) implements LegalRule {

		@Override
		public Definition definition() {
			return new Definition(codeOf(period), Statute.byChineseName(period.statute())
				.orElseThrow(() -> new IllegalStateException("no statute named " + period.statute())), period.article(),
					period.nameKey(), period.name());
		}

		@Override
		public String module() {
			return "deadlines";
		}

		@Override
		public Kind kind() {
			return Kind.PERIOD;
		}
	}

	static String codeOf(StatutoryRule period) {
		return "PERIOD-" + period.name().replace('_', '-');
	}

	/** The period as a rule, for the refusals of a pause or an extension the period's statute does not allow. */
	static LegalRule of(StatutoryRule period) {
		return new PeriodRule(period);
	}

	@Override
	public List<LegalRule> rules() {
		List<LegalRule> rules = new ArrayList<>(Arrays.asList(CalendarRule.values()));
		Arrays.stream(StatutoryRule.values()).map(PeriodRule::new).forEach(rules::add);
		return rules;
	}
}
