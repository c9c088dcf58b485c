package org.fazhi.shared;

import java.util.List;

/** A module's rules for the rulebook: each module that keeps rules of law declares them once as a bean of this type. */
public interface RuleSource {

	List<? extends LegalRule> rules();
}
