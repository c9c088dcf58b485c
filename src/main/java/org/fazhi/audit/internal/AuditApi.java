package org.fazhi.audit.internal;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the audit chain for machines: the first broken link, or that the chain is intact. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditApi {

	private final AuditLog log;
	private final AuditTrail trail;

	AuditApi(AuditLog log, AuditTrail trail) {
		this.log = log;
		this.trail = trail;
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		var result = log.verify();
		trail.record(AuditAction.VERIFY, "AUDIT_CHAIN", null,
				result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
				result.intact() ? "checked " + result.entriesChecked() : "broken at seq " + result.brokenSeq());
		return result;
	}
}
