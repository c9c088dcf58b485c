package org.fazhi.audit.internal;

import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the audit chain for machines: the first broken link, or that the chain is intact. A tenant's auditor
 * verifies the tenant's own chain; the platform operator verifies every chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN', 'PLATFORM_OPERATOR')")
class AuditApi {

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/verify")
	ChainVerification verify(@AuthenticationPrincipal Actor user) {
		return trail.verifyChain(user);
	}
}
