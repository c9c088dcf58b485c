/**
 * Figures (统计指标): every module's figures for a tenant's year under one contract ({@code FigureSource}), each with
 * its label, unit, definition and the drill-down list of exactly the records it counts; {@code GET /api/v1/figures}.
 * The annual report and the leaders' dashboard read them here.
 */
package org.fazhi.figures;
