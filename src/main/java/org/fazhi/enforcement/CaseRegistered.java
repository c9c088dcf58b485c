package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * Enforcement's event: a penalty case was registered (行政处罚法 第五十四条), or decided on the spot. Published in the
 * transaction of the change; other modules listen with idempotent listeners, and the event publication registry
 * delivers it again after a restart until they have.
 */
public record CaseRegistered(long tenantId, long caseId, LocalDate registeredOn) {
}
