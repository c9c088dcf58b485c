package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * Enforcement's event: a hazard not removed in its period went to a case (安全生产法 第一百零二条). Published in the
 * transaction of the change; other modules listen with idempotent listeners, and the event publication registry
 * delivers it again after a restart until they have.
 */
public record HazardEscalated(long tenantId, long hazardId, LocalDate escalatedOn) {
}
