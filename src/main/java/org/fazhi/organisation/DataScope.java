package org.fazhi.organisation;

/**
 * How far an account reads: the whole tenant, its own department, its own community, or only records assigned to or
 * created by it.
 */
public enum DataScope {
	TENANT, DEPARTMENT, COMMUNITY, OWN;

	public String messageKey() {
		return "scope." + name();
	}
}
