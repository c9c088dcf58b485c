package org.fazhi.enforcement;

/** The levels of a discretion standard, from the lightest; names in the message bundles. */
public enum DiscretionLevel {
	/** 轻微: may qualify for no penalty (行政处罚法 第三十三条) */
	MINOR, ORDINARY, SERIOUS, GRAVE;

	public String messageKey() {
		return "discretion." + name();
	}
}
