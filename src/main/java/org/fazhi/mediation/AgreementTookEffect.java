package org.fazhi.mediation;

import java.time.LocalDate;

/** A mediation agreement took effect (signed and sealed, or an oral agreement recorded): the figures of its year changed. */
public record AgreementTookEffect(long tenantId, long disputeId, LocalDate effectiveOn) {
}
