package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * Enforcement's event: the head decided a case (第五十七条), or an officer on the spot (第五十一条). Published in the
 * transaction of the change; other modules listen with idempotent listeners, and the event publication registry
 * delivers it again after a restart until they have.
 */
public record CaseDecided(long tenantId, long caseId, String decisionNo,
		String outcome, LocalDate decidedOn) {
}
