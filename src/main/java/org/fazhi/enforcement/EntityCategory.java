package org.fazhi.enforcement;

/** Kinds of regulated entity; the three last are the 三小场所 (small shops, workshops and entertainment venues). */
public enum EntityCategory {
	ENTERPRISE, INDIVIDUAL_BUSINESS, SMALL_SHOP, SMALL_WORKSHOP, SMALL_ENTERTAINMENT, OTHER;

	public String messageKey() {
		return "entityCategory." + name();
	}
}
