package org.fazhi.enforcement;

/** The fields of enforcement handed to subdistricts; names in the message bundles ({@code domain.X}). */
public enum EnforcementDomain {
	WORK_SAFETY, FIRE, GAS, PLANNING, CITY_MANAGEMENT, FORESTRY, EDUCATION, OTHER;

	public String messageKey() {
		return "domain." + name();
	}
}
