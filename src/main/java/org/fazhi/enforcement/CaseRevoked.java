package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * Enforcement's event: a decision was changed or revoked (行政复议、诉讼 or the office's own correction). Published in the
 * transaction of the change; other modules listen with idempotent listeners, and the event publication registry
 * delivers it again after a restart until they have.
 *
 * @param decidedOn the day of the decision revoked: its year's figures change
 */
public record CaseRevoked(long tenantId, long caseId, LocalDate decidedOn, LocalDate revokedOn) {
}
