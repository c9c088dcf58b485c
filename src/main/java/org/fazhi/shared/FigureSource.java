package org.fazhi.shared;

import java.util.List;

/**
 * A module's figures (统计指标), declared once: each module that counts figures for the annual report and the
 * dashboards exposes a bean of this type. A figure's value and its drill-down come from one definition, so the list
 * the drill-down opens holds exactly the records the value counts.
 */
public interface FigureSource {

	/** The module's figures for the user's tenant and a year; empty when the user may not read them. */
	List<Figure> figures(Actor user, int year);

	/**
	 * One figure of a tenant's year.
	 *
	 * @param module the module that counts it
	 * @param code its code, stable: the annual report and outside checks rely on it
	 * @param labelKey its name in the message bundles
	 * @param definitionKey how it is counted, in the message bundles
	 * @param unit {@code COUNT}, {@code YUAN}, {@code ENTITIES}, {@code PERSONS} (people reached, attending or
	 *        trained), {@code COPIES} (materials handed out), {@code HOURS} (training hours), {@code EVENTS} (events held, summed) or {@code COMMUNITIES}
	 * @param value the value
	 * @param drillDown the list of exactly the records counted (for a sum, the records summed), or {@code null}
	 * @param counted how many records the drill-down lists
	 */
	record Figure(String module, String code, String labelKey, String definitionKey, String unit, long value,
			String drillDown, long counted) {
	}
}
