package org.fazhi.audit;

import org.fazhi.audit.internal.AuditLog;
import org.fazhi.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail every module writes to: who did what to which record, with what outcome, from which address. Each
 * entry is written in a transaction of its own, so a refusal is kept even when the refused work is rolled back, and is
 * chained to the one before it by an SM3 hash.
 */
@Service
public class AuditTrail {

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	/** Records an action of the signed-in user (or of nobody, outside a request). */
	public void record(AuditAction action, String recordType, Object recordId, AuditOutcome outcome, String detail) {
		Actor actor = currentActor();
		if (actor != null) {
			record(actor.tenantId(), actor.accountId(), actor.getUsername(), action, recordType, recordId, outcome,
					detail);
		}
		else {
			record(null, null, currentName(), action, recordType, recordId, outcome, detail);
		}
	}

	/**
	 * Records an action of a known account, for example a sign-in before a session exists. A successful change made
	 * inside a transaction is recorded once that transaction has committed, so the trail never reports a change that
	 * was rolled back; refusals and failures are recorded at once.
	 */
	public void record(Long tenantId, Long actorId, String actorName, AuditAction action, String recordType,
			Object recordId, AuditOutcome outcome, String detail) {
		String id = recordId == null ? null : recordId.toString();
		String address = clientAddress();
		Runnable append = () -> log.append(tenantId, actorId, actorName, action, recordType, id, outcome, address,
				detail);
		if (outcome == AuditOutcome.SUCCESS && TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					append.run();
				}
			});
		}
		else {
			append.run();
		}
	}

	/** Walks the whole chain, records that it was verified and with what result, and returns the result. */
	public ChainVerification verifyChain() {
		var result = log.verify();
		record(AuditAction.VERIFY, "AUDIT_CHAIN", null, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
				result.intact() ? "checked " + result.entriesChecked() : "broken at seq " + result.brokenSeq());
		return result;
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
	}

	private static String currentName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
