package org.fazhi.audit;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.audit.internal.AuditLog;
import org.fazhi.audit.internal.AuditLog.Pending;
import org.fazhi.audit.internal.PendingAuditEntries;
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
 * entry is chained to the one before it in its tenant's chain by an SM3 hash.
 * <p>
 * A successful change made in a transaction is recorded in that same transaction, on its connection, just before it
 * commits: a committed change always has its entry and a rolled-back one never does. A refusal, a failure or a read
 * is kept even when the work around it is rolled back: inside a request it is written when the request ends (when
 * no connection is held any more, so it never waits for a second one), elsewhere in a transaction of its own.
 */
@Service
public class AuditTrail {

	private static final Object IN_TRANSACTION = new Object();

	private static final java.util.regex.Pattern RULE_CODE = java.util.regex.Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");

	private final AuditLog log;
	private final org.springframework.jdbc.core.JdbcTemplate jdbc;
	private final String platformOperatorRole;

	AuditTrail(AuditLog log, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.log = log;
		this.jdbc = jdbc;
		this.platformOperatorRole = "ROLE_PLATFORM_OPERATOR";
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

	/** Records an action of a known account, for example a sign-in before a session exists. */
	public void record(Long tenantId, Long actorId, String actorName, AuditAction action, String recordType,
			Object recordId, AuditOutcome outcome, String detail) {
		var entry = new Pending(tenantId, actorId, actorName, action, recordType,
				recordId == null ? null : recordId.toString(), outcome, clientAddress(), detail);
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive();
		if (!inTransaction) {
			log.appendAlone(List.of(entry));
		}
		else if (outcome == AuditOutcome.SUCCESS && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			inThisTransaction().add(entry);
		}
		else if (!PendingAuditEntries.addToRequest(entry)) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					log.appendAlone(List.of(entry));
				}
			});
		}
	}

	/** The entries of the current read-write transaction, appended just before it commits. */
	@SuppressWarnings("unchecked")
	private List<Pending> inThisTransaction() {
		var pending = (List<Pending>) TransactionSynchronizationManager.getResource(IN_TRANSACTION);
		if (pending == null) {
			List<Pending> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(IN_TRANSACTION, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResource(IN_TRANSACTION);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(IN_TRANSACTION, created);
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					if (!created.isEmpty()) {
						log.appendInTransaction(List.copyOf(created));
						created.clear();
					}
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
				}
			});
			pending = created;
		}
		return pending;
	}

	/**
	 * Verifies the chain the user answers for: a tenant's auditor or administrator their own tenant's, the platform
	 * operator every chain. Verifying first anchors the entries still waiting for their place in the chain (no entry's
	 * content changes), then reads; it says nothing of other tenants. Call it outside a transaction.
	 */
	public ChainVerification verifyChain(Actor user) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean operator = authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> platformOperatorRole.equals(a.getAuthority()));
		return operator ? log.verifyAll() : log.verifyTenant(user.tenantId());
	}

	/**
	 * How often each rule of law refused a step in a tenant from one instant to the next: the rule's code and the
	 * number of refusals recorded with it ({@link Refusals#detail}).
	 */
	public java.util.Map<String, Long> refusalsByRule(long tenantId, java.time.Instant from, java.time.Instant to) {
		var counts = new java.util.TreeMap<String, Long>();
		jdbc.query("select detail, count(*) as n from audit_entry where tenant_id = ? and action = 'REFUSED'"
				+ " and occurred_at >= ? and occurred_at < ? and detail like '%-% %' group by detail", row -> {
					String detail = row.getString("detail");
					String code = detail.substring(0, detail.indexOf(' '));
					if (RULE_CODE.matcher(code).matches()) {
						counts.merge(code, row.getLong("n"), Long::sum);
					}
				}, tenantId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
		return counts;
	}

	/** Opens the chain of a new tenant, in the transaction that opens the tenant. */
	public void openChain(long tenantId) {
		log.openChain(tenantId);
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
