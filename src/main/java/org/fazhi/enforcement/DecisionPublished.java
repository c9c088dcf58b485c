package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * Enforcement's event: a penalty decision was published (国办发〔2018〕118号). Published in the transaction of the
 * change; other modules listen with idempotent listeners, and the event publication registry delivers it again
 * after a restart until they have.
 */
public record DecisionPublished(long tenantId, long caseId, String decisionNo,
		LocalDate publishedOn) {
}
