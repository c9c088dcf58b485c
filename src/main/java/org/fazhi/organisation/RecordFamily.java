package org.fazhi.organisation;

/**
 * The families of records a role's rule speaks of: whether a role reads a family at all, only what is assigned to it,
 * or everything within its data scope ({@link Role#reads(RecordFamily)}).
 */
public enum RecordFamily {
	/** The register of regulated entities, inspections and hazards. */
	ENFORCEMENT_REGISTER,
	/** Administrative penalty cases, their evidence and documents. */
	ENFORCEMENT_CASES,
	/** People's mediation: disputes, their sessions and agreements, screening campaigns. */
	MEDIATION,
	/** Legal affairs: contract reviews, legal opinions, decisions, reconsideration and litigation files. */
	LEGAL_AFFAIRS,
	/** Work ledgers: consultations, lectures, publicity and safety events, safety boards and sites. */
	LEDGERS,
	/** Deadlines kept on their own, not as part of another record. */
	DEADLINES
}
