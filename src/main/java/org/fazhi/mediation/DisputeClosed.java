package org.fazhi.mediation;

import java.time.LocalDate;

/** A dispute left mediation: closed after performance, refused, ended, failed or referred out. */
public record DisputeClosed(long tenantId, long disputeId, LocalDate closedOn, String state) {
}
