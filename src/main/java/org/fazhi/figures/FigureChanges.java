package org.fazhi.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.enforcement.CaseDecided;
import org.fazhi.enforcement.CaseRegistered;
import org.fazhi.enforcement.CaseRevoked;
import org.fazhi.enforcement.DecisionPublished;
import org.fazhi.enforcement.HazardEscalated;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * When each tenant's figures of a year last changed, kept from the events of the work lines: a draft of the annual
 * report written before that moment shows figures that have changed since. The listeners are idempotent: an event
 * delivered twice (the registry republishes incomplete ones on restart) leaves the same row.
 */
@Service
public class FigureChanges {

	private final JdbcTemplate jdbc;

	FigureChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** When the figures of the tenant's year last changed, if they ever did since the platform records it. */
	public Optional<Instant> lastChange(long tenantId, int year) {
		return jdbc.query("select changed_at from figure_change where tenant_id = ? and figure_year = ?",
				(row, n) -> row.getTimestamp(1).toInstant(), tenantId, year).stream().findFirst();
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		changed(event.tenantId(), event.registeredOn(), "CaseRegistered " + event.caseId());
	}

	@ApplicationModuleListener
	void on(CaseDecided event) {
		changed(event.tenantId(), event.decidedOn(), "CaseDecided " + event.caseId());
	}

	@ApplicationModuleListener
	void on(CaseRevoked event) {
		changed(event.tenantId(), event.decidedOn(), "CaseRevoked " + event.caseId());
		changed(event.tenantId(), event.revokedOn(), "CaseRevoked " + event.caseId());
	}

	@ApplicationModuleListener
	void on(HazardEscalated event) {
		changed(event.tenantId(), event.escalatedOn(), "HazardEscalated " + event.hazardId());
	}

	@ApplicationModuleListener
	void on(DecisionPublished event) {
		changed(event.tenantId(), event.publishedOn(), "DecisionPublished " + event.caseId());
	}

	/**
	 * Mediation's events change the figures in the transaction of the step itself (a dispute's step is many and small:
	 * one row updated with it, no publication to deliver later).
	 */
	@org.springframework.context.event.EventListener
	void on(org.fazhi.mediation.AgreementTookEffect event) {
		changed(event.tenantId(), event.effectiveOn(), "AgreementTookEffect " + event.disputeId());
	}

	@org.springframework.context.event.EventListener
	void on(org.fazhi.mediation.DisputeClosed event) {
		changed(event.tenantId(), event.closedOn(), "DisputeClosed " + event.disputeId());
	}

	/** The day's year changed at the moment the event is handled; a repeated event changes nothing more. */
	void changed(long tenantId, LocalDate day, String event) {
		if (day == null) {
			return;
		}
		var now = java.sql.Timestamp.from(Instant.now());
		int updated = jdbc.update("update figure_change set changed_at = ?, last_event = ? where tenant_id = ?"
				+ " and figure_year = ? and last_event <> ?", now, event, tenantId, day.getYear(), event);
		if (updated == 0 && lastChange(tenantId, day.getYear()).isEmpty()) {
			try {
				jdbc.update("insert into figure_change (tenant_id, figure_year, changed_at, last_event) values (?, ?, ?, ?)",
						tenantId, day.getYear(), now, event);
			}
			catch (DuplicateKeyException concurrently) {
				// another listener recorded the year at the same moment: the row is there
			}
		}
	}
}
