package org.fazhi.mediation;

import java.time.LocalDate;

/**
 * A dispute was taken in. {@code volatileRisk}: it may escalate (可能激化), and the governance centre's leaders are
 * told at once.
 */
public record DisputeReceived(long tenantId, long disputeId, LocalDate receivedOn, boolean volatileRisk) {
}
