package org.fazhi.audit.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.shared.Actor;
import org.fazhi.shared.Csv;
import org.fazhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the trail: filter by person, record, action and time; export; verify the chain. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditPages {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final AuditQueries queries;
	private final AuditTrail trail;

	private final AuditLog log;

	AuditPages(AuditQueries queries, AuditTrail trail, AuditLog log) {
		this.log = log;
		this.queries = queries;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry(95, "system", "nav.audit", "/audit", Set.of("AUDITOR", "ADMIN"));
	}

	@Bean
	static NavigationEntry platformSignInsNavigation() {
		return new NavigationEntry(96, "system", "nav.platformSignIns", "/audit/sign-ins", Set.of("PLATFORM_OPERATOR"));
	}

	/** The platform's chain: failed sign-ins with unknown names, throttled sign-ins, the operator's own work. */
	@GetMapping("/sign-ins")
	@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
	String platformEntries(Model model) {
		model.addAttribute("entries", queries.platformEntries(500));
		return "audit/sign-ins";
	}

	@GetMapping
	String trail(@AuthenticationPrincipal Actor user, @RequestParam(required = false) String person,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		var filter = filter(person, recordType, recordId, action, from, to, model);
		model.addAttribute("entries", queries.find(user.tenantId(), filter, 500));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", filter);
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		return "audit/trail";
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN', 'PLATFORM_OPERATOR')")
	String verify(Model model, @AuthenticationPrincipal Actor user) {
		var result = trail.verifyChain(user);
		model.addAttribute("verification", result);
		return "audit/verify";
	}

	@GetMapping("/export")
	void export(@AuthenticationPrincipal Actor user, @RequestParam(required = false) String person,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		var filter = filter(person, recordType, recordId, action, from, to, null);
		// every exported entry with its place in the chain: what still waits is anchored first
		log.anchorPending(user.tenantId());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
		// a byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8
		try (var out = Csv.printer(response.getOutputStream())) {
			out.row("seq", "occurred_at", "actor", "action", "record_type", "record_id", "outcome", "client_address",
					"detail", "hash");
			long rows = queries.forEach(user.tenantId(), filter, e -> out.row(e.getSeq(), e.getOccurredAt().atZone(ZONE),
					e.getActorName(), e.getAction().name(), e.getRecordType(), e.getRecordId(), e.getOutcome().name(),
					e.getClientAddress(), e.getDetail(), e.getHash()));
			trail.record(AuditAction.EXPORT, "AUDIT_TRAIL", null, AuditOutcome.SUCCESS, "rows " + rows);
		}
	}

	private static AuditQueries.Filter filter(String person, String recordType, String recordId, String action,
			String from, String to, Model model) {
		AuditAction selected = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst()
			.orElse(null);
		return new AuditQueries.Filter(person, recordType, recordId, selected, day(from, model, 0),
				day(to, model, 1));
	}

	private static java.time.Instant day(String value, Model model, int plusDays) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			if (model != null) {
				model.addAttribute("badDate", value);
			}
			return null;
		}
	}
}
