package org.fazhi.audit.internal;

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

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return trail.verifyChain();
	}
}
