package org.fazhi.shared;

/**
 * A module's part of the demo data (profile {@code demo}): every module that brings demo records declares one bean of
 * this type, and the one demo generator runs them in order, deterministically, with a progress line each. A part
 * generates its records through the module's own use cases, so every rule applies to them.
 */
public interface DemoPart {

	/** The position of the part: the organisation first, then each work line after the records it rests on. */
	int order();

	/** Generates the part's records; answers {@code false} when they were already there (a later start). */
	boolean generate();
}
