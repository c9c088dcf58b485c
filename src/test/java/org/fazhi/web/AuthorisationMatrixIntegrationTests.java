package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, as every demo role and anonymously. The endpoint list comes from the
 * application itself, so a new endpoint without a rule here fails the test. A request that passes authorisation may
 * still be refused for its content (400, a form shown again); what is checked here is who gets past: 401 or a
 * redirect to sign-in for the anonymous, 403 for a role without permission, and, for a record that does not exist or
 * lies outside the caller's scope, 404.
 */
@FazhiIntegrationTest
class AuthorisationMatrixIntegrationTests {

	/** Who may call an endpoint. */
	enum Access {
		PUBLIC(null), SIGNED_IN(EnumSet.allOf(Role.class)),
		MAY_CHANGE(EnumSet.complementOf(EnumSet.of(Role.AUDITOR))),
		READ_ORGANISATION(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR)),
		READ_NOTICES(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER)),
		READ_PEOPLE(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER)),
		REVEAL_PERSONAL_DATA(EnumSet.of(Role.ADMIN, Role.LEGAL_OFFICER)),
		MANAGE_MATTERS(EnumSet.of(Role.ADMIN, Role.LEGAL_REVIEWER)),
		REGISTER_ENTITIES(EnumSet.of(Role.ADMIN, Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER)),
		REVEAL_ENTITY_CONTACT(EnumSet.of(Role.ADMIN, Role.ENFORCEMENT_OFFICER)),
		READ_CASES(EnumSet.complementOf(EnumSet.of(Role.LEGAL_ADVISOR, Role.MEDIATOR))),
		WORK_CASES(EnumSet.of(Role.ENFORCEMENT_OFFICER)), APPROVE_CASES(EnumSet.of(Role.LEADER)),
		REVIEW_CASES(EnumSet.of(Role.LEGAL_REVIEWER)),
		DECIDE_CASES(EnumSet.of(Role.ENFORCEMENT_OFFICER, Role.LEADER)),
		CASE_DOCUMENTS(EnumSet.of(Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER)),
		CASE_STEPS(EnumSet.of(Role.ENFORCEMENT_OFFICER, Role.LEADER, Role.LEGAL_REVIEWER)),
		AUDIT(EnumSet.of(Role.ADMIN, Role.AUDITOR)), ADMIN(EnumSet.of(Role.ADMIN)),
		VERIFY_AUDIT(EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.PLATFORM_OPERATOR)),
		READ_TENANTS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.PLATFORM_OPERATOR)),
		PLATFORM(EnumSet.of(Role.PLATFORM_OPERATOR)),
		READ_MEDIATION(EnumSet.of(Role.ADMIN, Role.LEADER, Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR, Role.MEDIATOR,
				Role.COMMUNITY_WORKER, Role.AUDITOR)),
		TAKE_IN_DISPUTES(EnumSet.of(Role.LEGAL_OFFICER, Role.MEDIATOR, Role.COMMUNITY_WORKER)),
		MEDIATE(EnumSet.of(Role.LEGAL_OFFICER, Role.MEDIATOR)),
		WORK_DISPUTES(EnumSet.of(Role.LEGAL_OFFICER, Role.MEDIATOR, Role.LEGAL_ADVISOR)),
		JUSTICE_OFFICE(EnumSet.of(Role.LEGAL_OFFICER)),
		KEEP_MEDIATION(EnumSet.of(Role.ADMIN, Role.LEGAL_OFFICER)),
		READ_MEDIATION_PAY(EnumSet.of(Role.ADMIN, Role.LEADER, Role.LEGAL_OFFICER, Role.MEDIATOR, Role.AUDITOR)),
		READ_LEGAL(EnumSet.of(Role.ADMIN, Role.LEADER, Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER,
				Role.LEGAL_ADVISOR, Role.COMMUNITY_WORKER, Role.AUDITOR)),
		SUBMIT_CONTRACTS(EnumSet.of(Role.LEADER, Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER,
				Role.COMMUNITY_WORKER)),
		READ_DECISIONS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.LEGAL_OFFICER, Role.LEGAL_REVIEWER, Role.AUDITOR)),
		DRAFT_DECISIONS(EnumSet.of(Role.LEADER, Role.LEGAL_OFFICER)),
		REVIEW_DECISIONS(EnumSet.of(Role.LEGAL_OFFICER, Role.LEGAL_REVIEWER)),
		HEAD(EnumSet.of(Role.LEADER)),
		READ_CHALLENGES(EnumSet.of(Role.ADMIN, Role.LEADER, Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER,
				Role.LEGAL_REVIEWER, Role.LEGAL_ADVISOR, Role.AUDITOR)),
		LAWYER(EnumSet.of(Role.LEGAL_ADVISOR)),
		WRITE_LEGAL_DOCUMENTS(EnumSet.of(Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR)),
		READ_CONSULTATIONS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR,
				Role.COMMUNITY_WORKER)),
		KEEP_CONSULTATIONS(EnumSet.of(Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR, Role.COMMUNITY_WORKER)),
		READ_LECTURES(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR)),
		KEEP_LECTURES(EnumSet.of(Role.LEGAL_OFFICER, Role.LEGAL_ADVISOR)),
		READ_PUBLICITY_AND_SAFETY(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER,
				Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER)),
		KEEP_PUBLICITY_AND_SAFETY(EnumSet.of(Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER)),
		READ_MEETINGS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER)),
		READ_COMMUNITY_LEDGERS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER,
				Role.COMMUNITY_WORKER)),
		KEEP_COMMUNITY_LEDGERS(EnumSet.of(Role.LEGAL_OFFICER, Role.COMMUNITY_WORKER)),
		READ_PUBLICITY_DUTIES(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER,
				Role.ENFORCEMENT_OFFICER)),
		KEEP_PUBLICITY_DUTIES(EnumSet.of(Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER)),
		READ_MEETING_ACTIONS(EnumSet.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.LEGAL_OFFICER,
				Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER, Role.COMMUNITY_WORKER, Role.MEDIATOR, Role.LEGAL_ADVISOR));

		final Set<Role> roles;

		Access(Set<Role> roles) {
			this.roles = roles;
		}

		boolean allows(Role role, String endpoint) {
			if (role == Role.PLATFORM_OPERATOR && roles != null && this != VERIFY_AUDIT && this != READ_TENANTS
					&& this != PLATFORM) {
				// the platform operator reads no tenant's records: only the workbench and its own account besides
				return endpoint.equals("GET /") || endpoint.contains(" /account/");
			}
			return roles == null || roles.contains(role);
		}
	}

	/** The rule of every endpoint; {id} stands for a record that does not exist. */
	static final Map<String, Access> RULES = new LinkedHashMap<>();

	static {
		rule(Access.PUBLIC, "GET /public/enforcement/matters", "GET /api/v1/public/enforcement/matters",
				"GET /public/enforcement/decisions", "GET /api/v1/public/enforcement/decisions", "GET /public/rules",
				"GET /api/v1/public/rules", "GET /public/laws/{code}");
		rule(Access.READ_CASES, "GET /enforcement/cases", "GET /enforcement/cases/export", "GET /enforcement/cases/{id}",
				"GET /api/v1/enforcement/cases", "GET /api/v1/enforcement/cases/{id}",
				"GET /api/v1/enforcement/cases/{id}/documents/{documentId}");
		rule(Access.WORK_CASES, "GET /enforcement/cases/new", "POST /enforcement/cases/new",
				"POST /enforcement/cases/{id}/evidence", "POST /enforcement/cases/{id}/notice",
				"POST /enforcement/cases/{id}/defence", "POST /enforcement/cases/{id}/defence/waive",
				"POST /enforcement/cases/{id}/propose", "POST /enforcement/cases/{id}/hearing/request",
				"POST /enforcement/cases/{id}/hearing/waive", "POST /enforcement/cases/{id}/hearing/notice",
				"POST /enforcement/cases/{id}/hearing/record", "POST /enforcement/cases/{id}/review/submit",
				"POST /enforcement/cases/{id}/serve", "POST /enforcement/cases/{id}/defer",
				"POST /enforcement/cases/{id}/pay", "POST /enforcement/cases/{id}/publish",
				"POST /enforcement/cases/{id}/urge", "POST /enforcement/cases/{id}/court",
				"POST /enforcement/cases/{id}/close", "POST /api/v1/enforcement/cases",
				"POST /api/v1/enforcement/cases/{id}/evidence", "POST /enforcement/cases/{id}/partners",
				"POST /api/v1/enforcement/cases/{id}/partners");
		rule(Access.APPROVE_CASES, "POST /enforcement/cases/{id}/approve", "POST /enforcement/cases/{id}/discussion");
		rule(Access.REVIEW_CASES, "POST /enforcement/cases/{id}/review");
		rule(Access.DECIDE_CASES, "POST /enforcement/cases/{id}/decide", "POST /enforcement/cases/{id}/revoke",
				"POST /enforcement/cases/{id}/withdraw", "POST /enforcement/cases/{id}/suspend",
				"POST /enforcement/cases/{id}/resume", "POST /enforcement/cases/{id}/end");
		rule(Access.CASE_DOCUMENTS, "POST /enforcement/cases/{id}/documents",
				"POST /api/v1/enforcement/cases/{id}/documents");
		rule(Access.CASE_STEPS, "POST /api/v1/enforcement/cases/{id}/steps");
		rule(Access.PUBLIC, "GET /login", "GET /api/v1/calendar/due-date", "GET /api/v1/calendar/rules",
				"GET /api/v1/calendar/days");
		rule(Access.SIGNED_IN, "GET /", "GET /calendar", "GET /deadlines", "GET /deadlines/{id}",
				"POST /deadlines/reminders/{id}/read", "GET /account/password", "POST /account/password",
				"GET /account/tokens", "POST /account/tokens", "POST /account/tokens/{id}/revoke",
				"GET /files/{id}/download", "GET /deadlines/export", "GET /api/v1/deadlines",
				"GET /api/v1/deadlines/{id}", "GET /enforcement/matters", "GET /enforcement/matters/{id}",
				"GET /enforcement/matters/export", "GET /enforcement/matters/template", "GET /api/v1/enforcement/matters",
				"GET /api/v1/enforcement/matters/{id}");
		rule(Access.SIGNED_IN, "GET /enforcement/entities", "GET /enforcement/entities/{id}",
				"GET /api/v1/enforcement/entities", "GET /api/v1/enforcement/entities/{id}");
		rule(Access.REGISTER_ENTITIES, "GET /enforcement/entities/new", "POST /enforcement/entities/new",
				"GET /enforcement/entities/{id}/edit", "POST /enforcement/entities/{id}/edit",
				"POST /enforcement/entities/{id}/active");
		rule(Access.REVEAL_ENTITY_CONTACT, "POST /enforcement/entities/{id}/reveal");
		rule(Access.SIGNED_IN, "GET /v3/api-docs", "GET /v3/api-docs.yaml");
		rule(Access.SIGNED_IN, "GET /enforcement/inspections/export");
		rule(Access.READ_ORGANISATION, "GET /api/v1/enforcement/metrics");
		rule(Access.SIGNED_IN, "GET /api/v1/figures");
		rule(Access.ADMIN, "GET /documents/templates", "GET /documents/templates/{module}/{type}/download",
				"POST /documents/templates/{module}/{type}", "POST /documents/templates/{module}/{type}/revert");
		rule(Access.SIGNED_IN, "GET /enforcement/inspections", "GET /enforcement/inspections/{id}",
				"GET /enforcement/hazards", "GET /enforcement/hazards/export");
		rule(Access.REVEAL_ENTITY_CONTACT, "POST /enforcement/inspections/plan", "POST /enforcement/inspections/draw",
				"POST /enforcement/inspections/{id}/record", "POST /enforcement/inspections/{id}/hazards",
				"POST /enforcement/hazards/{id}/rectified", "POST /enforcement/hazards/{id}/escalate",
				"POST /enforcement/inspections/{id}/attachments", "POST /enforcement/inspections/{id}/partners",
				"POST /enforcement/hazards/{id}/notice");
		rule(Access.MANAGE_MATTERS, "GET /enforcement/matters/new", "POST /enforcement/matters/new",
				"GET /enforcement/matters/{id}/edit", "POST /enforcement/matters/{id}/edit",
				"POST /enforcement/matters/{id}/active", "GET /enforcement/matters/import",
				"POST /enforcement/matters/import", "POST /enforcement/matters/{id}/discretion",
				"POST /enforcement/matters/{id}/discretion/{standard}/remove");
		rule(Access.MAY_CHANGE, "GET /deadlines/new", "POST /deadlines/new", "POST /deadlines/{id}/pause",
				"POST /deadlines/{id}/resume", "POST /deadlines/{id}/extend", "POST /deadlines/{id}/complete",
				"POST /deadlines/{id}/attachments");
		rule(Access.READ_NOTICES, "GET /calendar/notices");
		rule(Access.READ_PEOPLE, "GET /organisation/people", "GET /api/v1/organisation/people");
		rule(Access.REVEAL_PERSONAL_DATA, "POST /organisation/people/{id}/reveal");
		rule(Access.AUDIT, "GET /audit", "GET /audit/export");
		rule(Access.VERIFY_AUDIT, "POST /audit/verify", "GET /api/v1/audit/verify");
		rule(Access.PLATFORM, "GET /audit/sign-ins");
		rule(Access.READ_TENANTS, "GET /organisation/tenants");
		rule(Access.PLATFORM, "GET /organisation/tenants/new", "POST /organisation/tenants/new",
				"POST /organisation/tenants/{id}/active");
		rule(Access.PUBLIC, "GET /public/mediation/mediators", "GET /api/v1/public/mediation/mediators");
		rule(Access.READ_MEDIATION, "GET /mediation/disputes", "GET /mediation/disputes/{id}",
				"GET /mediation/disputes/export", "GET /mediation/risks", "GET /api/v1/mediation/disputes",
				"GET /api/v1/mediation/disputes/{id}", "GET /mediation/organisation", "GET /mediation/campaigns",
				"GET /mediation/campaigns/{id}", "GET /mediation/activities");
		rule(Access.TAKE_IN_DISPUTES, "GET /mediation/disputes/new", "POST /mediation/disputes/new",
				"POST /api/v1/mediation/disputes", "POST /mediation/campaigns", "POST /mediation/campaigns/{id}/findings",
				"POST /mediation/campaigns/{id}/findings/{finding}/dispute");
		rule(Access.MEDIATE, "POST /mediation/disputes/{id}/accept", "POST /mediation/disputes/{id}/assign",
				"POST /mediation/disputes/{id}/escalate", "POST /mediation/disputes/{id}/extend",
				"POST /mediation/disputes/{id}/agree", "POST /mediation/disputes/{id}/documents",
				"POST /mediation/disputes/{id}/signed", "POST /mediation/disputes/{id}/confirmation",
				"POST /mediation/disputes/{id}/ruling", "POST /mediation/disputes/{id}/reopen",
				"POST /mediation/disputes/{id}/end", "POST /mediation/disputes/{id}/fail",
				"POST /mediation/disputes/{id}/refer", "POST /api/v1/mediation/disputes/{id}/documents",
				"POST /api/v1/mediation/disputes/{id}/signed", "POST /mediation/activities");
		rule(Access.WORK_DISPUTES, "POST /mediation/disputes/{id}/sessions", "POST /mediation/disputes/{id}/visits",
				"POST /mediation/disputes/{id}/attachments", "POST /api/v1/mediation/disputes/{id}/steps");
		rule(Access.JUSTICE_OFFICE, "POST /mediation/disputes/{id}/lawyer");
		rule(Access.KEEP_MEDIATION, "POST /mediation/organisation/bodies", "POST /mediation/organisation/mediators",
				"POST /mediation/organisation/duties", "POST /mediation/organisation/mediators/grade",
				"POST /mediation/pay/standards",
				"POST /api/v1/mediation/pay/standards");
		rule(Access.READ_LEGAL, "GET /legal/contracts", "GET /legal/contracts/export", "GET /legal/contracts/{id}",
				"GET /api/v1/legal/contracts", "GET /api/v1/legal/contracts/{id}", "GET /legal/opinions",
				"GET /api/v1/legal/opinions");
		rule(Access.SUBMIT_CONTRACTS, "GET /legal/contracts/new", "POST /legal/contracts/new",
				"POST /legal/contracts/{id}/revise", "POST /legal/contracts/{id}/sign", "POST /legal/contracts/{id}/withdraw",
				"POST /api/v1/legal/contracts", "POST /api/v1/legal/contracts/{id}/revise",
				"POST /api/v1/legal/contracts/{id}/sign", "POST /api/v1/legal/contracts/{id}/withdraw");
		rule(Access.JUSTICE_OFFICE, "POST /legal/contracts/{id}/assign", "POST /api/v1/legal/contracts/{id}/assign",
				"GET /api/v1/legal/contracts/{id}/conflicts");
		rule(Access.READ_DECISIONS, "GET /legal/decisions", "GET /legal/decisions/{id}", "GET /api/v1/legal/decisions",
				"GET /api/v1/legal/decisions/{id}", "GET /api/v1/legal/decisions/catalogue");
		rule(Access.DRAFT_DECISIONS, "POST /legal/decisions", "POST /legal/decisions/{id}/comment",
				"POST /legal/decisions/{id}/comment/close", "POST /legal/decisions/{id}/assessed",
				"POST /legal/decisions/{id}/review/send", "POST /legal/decisions/{id}/publish",
				"POST /legal/decisions/{id}/archive", "POST /legal/decisions/{id}/evaluate",
				"POST /api/v1/legal/decisions", "POST /api/v1/legal/decisions/{id}/comment",
				"POST /api/v1/legal/decisions/{id}/comment/close", "POST /api/v1/legal/decisions/{id}/assessed",
				"POST /api/v1/legal/decisions/{id}/review/send", "POST /api/v1/legal/decisions/{id}/publish",
				"POST /api/v1/legal/decisions/{id}/archive", "POST /api/v1/legal/decisions/{id}/evaluate");
		rule(Access.REVIEW_DECISIONS, "POST /legal/decisions/{id}/review", "POST /api/v1/legal/decisions/{id}/review");
		rule(Access.HEAD, "POST /legal/decisions/{id}/discuss", "POST /api/v1/legal/decisions/{id}/discuss",
				"POST /legal/decisions/catalogue", "POST /api/v1/legal/decisions/catalogue");
		rule(Access.PUBLIC, "GET /public/legal/decisions", "GET /api/v1/public/legal/decisions");
		rule(Access.READ_DECISIONS, "GET /legal/suggestions", "GET /legal/suggestions/export",
				"GET /legal/suggestions/{id}", "GET /api/v1/legal/suggestions", "GET /api/v1/legal/suggestions/{id}");
		rule(Access.JUSTICE_OFFICE, "POST /legal/suggestions", "POST /legal/suggestions/{id}/plan",
				"POST /legal/suggestions/{id}/items/{itemId}/done", "POST /legal/suggestions/{id}/reply",
				"POST /api/v1/legal/suggestions", "POST /api/v1/legal/suggestions/{id}/plan",
				"POST /api/v1/legal/suggestions/{id}/items/{itemId}/done", "POST /api/v1/legal/suggestions/{id}/reply");
		rule(Access.READ_CHALLENGES, "GET /legal/challenges", "GET /legal/challenges/export", "GET /legal/challenges/{id}",
				"GET /api/v1/legal/challenges", "GET /api/v1/legal/challenges/{id}");
		rule(Access.JUSTICE_OFFICE, "GET /legal/challenges/new", "POST /legal/challenges/new",
				"POST /api/v1/legal/challenges", "POST /legal/challenges/{id}/answer", "POST /legal/challenges/{id}/hearing", "POST /legal/challenges/{id}/settle", "POST /legal/challenges/{id}/decide", "POST /legal/challenges/{id}/appeal", "POST /legal/challenges/{id}/final", "POST /legal/challenges/{id}/retrial", "POST /legal/challenges/{id}/letter", "POST /legal/challenges/{id}/letter-reply", "POST /legal/challenges/{id}/perform", "POST /legal/challenges/{id}/document",
				"POST /api/v1/legal/challenges/{id}/answer", "POST /api/v1/legal/challenges/{id}/hearing", "POST /api/v1/legal/challenges/{id}/settle", "POST /api/v1/legal/challenges/{id}/decide", "POST /api/v1/legal/challenges/{id}/appeal", "POST /api/v1/legal/challenges/{id}/final", "POST /api/v1/legal/challenges/{id}/retrial", "POST /api/v1/legal/challenges/{id}/letter", "POST /api/v1/legal/challenges/{id}/letter-reply", "POST /api/v1/legal/challenges/{id}/perform", "POST /api/v1/legal/challenges/{id}/document");
		rule(Access.LAWYER, "POST /legal/contracts/{id}/opinion", "POST /api/v1/legal/contracts/{id}/opinion");
		rule(Access.WRITE_LEGAL_DOCUMENTS, "POST /legal/contracts/{id}/document", "POST /legal/opinions",
				"POST /api/v1/legal/opinions");
		ledgerRules("consultations", Access.READ_CONSULTATIONS, Access.KEEP_CONSULTATIONS);
		ledgerRules("lectures", Access.READ_LECTURES, Access.KEEP_LECTURES);
		for (String kind : List.of("meetings", "studies", "exams", "duty-reports")) {
			ledgerRules(kind, Access.READ_MEETINGS, Access.JUSTICE_OFFICE);
		}
		ledgerRules("legal-literates", Access.READ_COMMUNITY_LEDGERS, Access.KEEP_COMMUNITY_LEDGERS);
		ledgerRules("legal-literate-activities", Access.READ_COMMUNITY_LEDGERS, Access.KEEP_COMMUNITY_LEDGERS);
		ledgerRules("publicity-duties", Access.READ_PUBLICITY_DUTIES, Access.KEEP_PUBLICITY_DUTIES);
		ledgerRules("meeting-actions", Access.READ_MEETING_ACTIONS, Access.JUSTICE_OFFICE);
		// the owner (any reader the decision is assigned to) or the justice office reports a decision done
		rule(Access.READ_MEETING_ACTIONS, "POST /ledgers/meeting-actions/{id}/done",
				"POST /api/v1/ledgers/meeting-actions/{id}/done");
		for (String kind : List.of("publicity", "safety-places", "safety-events", "trainings", "trained-persons",
				"letters")) {
			ledgerRules(kind, Access.READ_PUBLICITY_AND_SAFETY, Access.KEEP_PUBLICITY_AND_SAFETY);
		}
		rule(Access.READ_MEDIATION_PAY, "GET /mediation/pay", "GET /mediation/pay/export", "GET /api/v1/mediation/pay",
				"GET /api/v1/mediation/pay/standards", "GET /api/v1/mediation/pay/roster");
		rule(Access.READ_ORGANISATION, "GET /organisation", "GET /organisation/communities",
				"GET /organisation/departments", "GET /organisation/staff",
				"GET /api/v1/organisation/tenant", "GET /api/v1/organisation/communities",
				"GET /api/v1/organisation/communities/{id}", "GET /api/v1/organisation/departments",
				"GET /api/v1/organisation/staff");
		rule(Access.ADMIN, "GET /enforcement/office", "POST /enforcement/office", "POST /enforcement/office/details");
		rule(Access.PUBLIC, "GET /public");
		rule(Access.ADMIN, "POST /calendar/notices", "POST /organisation/tenants/{id}/name",
				"GET /organisation/communities/new", "POST /organisation/communities/new",
				"GET /organisation/communities/{id}/edit", "POST /organisation/communities/{id}/edit",
				"POST /organisation/communities/{id}/active", "GET /organisation/departments/new",
				"POST /organisation/departments/new", "GET /organisation/departments/{id}/edit",
				"POST /organisation/departments/{id}/edit", "POST /organisation/departments/{id}/active",
				"GET /organisation/staff/new", "POST /organisation/staff/new", "GET /organisation/staff/{id}/edit",
				"POST /organisation/staff/{id}/edit", "POST /organisation/staff/{id}/active",
				"POST /organisation/staff/{id}/password", "GET /organisation/people/new",
				"POST /organisation/people/new", "GET /organisation/people/{id}/edit",
				"POST /organisation/people/{id}/edit", "POST /organisation/people/{id}/active",
				"POST /api/v1/organisation/communities", "PUT /api/v1/organisation/communities/{id}",
				"POST /api/v1/organisation/communities/{id}/active", "POST /api/v1/organisation/departments",
				"PUT /api/v1/organisation/departments/{id}", "POST /api/v1/organisation/departments/{id}/active",
				"POST /api/v1/organisation/staff", "PUT /api/v1/organisation/staff/{id}",
				"POST /api/v1/organisation/staff/{id}/active", "POST /api/v1/organisation/people",
				"PUT /api/v1/organisation/people/{id}", "POST /api/v1/organisation/people/{id}/active");
	}

	/**
	 * Sign-out ends the caller's session (tested in the browser test); /error shows the status of the error that led
	 * there, so called directly it answers 500 by design (tested in WebShellIntegrationTests).
	 */
	static final Set<String> NOT_IN_MATRIX = Set.of("POST /logout", "GET /error");

	static final Map<Role, String> DEMO_USERS = Map.ofEntries(Map.entry(Role.ADMIN, "admin"),
			Map.entry(Role.LEADER, "leader"), Map.entry(Role.LEGAL_OFFICER, "legal"),
			Map.entry(Role.ENFORCEMENT_OFFICER, "officer"), Map.entry(Role.LEGAL_REVIEWER, "reviewer"),
			Map.entry(Role.LEGAL_ADVISOR, "advisor"), Map.entry(Role.MEDIATOR, "mediator"),
			Map.entry(Role.COMMUNITY_WORKER, "worker"), Map.entry(Role.AUDITOR, "auditor"),
			Map.entry(Role.PLATFORM_OPERATOR, "operator"));

	/** The ledgers, each with its readers and keepers; a ledger not named here fails everyEndpointHasARule. */
	static final List<String> LEDGERS = List.of("consultations", "lectures", "publicity", "safety-places",
			"safety-events", "trainings", "trained-persons", "meetings", "letters", "studies", "exams", "duty-reports",
			"legal-literates", "legal-literate-activities", "publicity-duties", "meeting-actions");

	private static void ledgerRules(String kind, Access read, Access keep) {
		for (String base : List.of("/ledgers/", "/api/v1/ledgers/")) {
			rule(read, "GET " + base + kind, "GET " + base + kind + "/{id}");
			rule(keep, "POST " + base + kind, "POST " + base + kind + "/import");
		}
		rule(read, "GET /ledgers/" + kind + "/template.xlsx", "GET /ledgers/" + kind + "/export.xlsx",
				"GET /api/v1/ledgers/" + kind + "/export", "GET /api/v1/ledgers/" + kind + "/gaps",
				"GET /api/v1/ledgers/" + kind + "/coverage", "GET /api/v1/ledgers/" + kind + "/figures/communities");
		rule(keep, "POST /ledgers/" + kind + "/{id}/files", "GET /ledgers/" + kind + "/{id}/correct",
				"POST /ledgers/" + kind + "/{id}/correct", "POST /api/v1/ledgers/" + kind + "/{id}");
	}

	private static void rule(Access access, String... endpoints) {
		for (String endpoint : endpoints) {
			RULES.put(endpoint, access);
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (String declared : info.getPathPatternsCondition().getPatternValues()) {
				// the ledgers share their endpoints: each ledger is probed at its own address, with its own rule
				List<String> patterns = declared.contains("/ledgers/{kind}") ? LEDGERS.stream()
					.map(kind -> declared.replace("{kind}", kind).replace("{id:\\d+}", "{id}")).toList()
						: List.of(declared);
				for (String pattern : patterns) {
					if (methods.isEmpty()) {
						endpoints.add("GET " + pattern);
					}
					methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
				}
			}
		});
		endpoints.removeAll(NOT_IN_MATRIX);
		return endpoints;
	}

	@Test
	void everyEndpointHasARule() {
		assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(endpoints());
	}

	@Test
	void everyRoleGetsExactlyWhatItsRuleAllows() throws Exception {
		// the probes are real requests: an administrator's empty office form clears the office's details; the suite
		// shares one platform, so they are put back afterwards
		var office = jdbc.queryForList("select * from enforcement_office");
		try {
			probeEveryEndpoint();
		}
		finally {
			for (var row : office) {
				jdbc.update("update enforcement_office set abbreviation = ?, payment_bank = ?, payment_account_name = ?,"
						+ " payment_account = ?, payment_online = ?, review_body = ?, court = ? where tenant_id = ?",
						row.get("abbreviation"), row.get("payment_bank"), row.get("payment_account_name"),
						row.get("payment_account"), row.get("payment_online"), row.get("review_body"), row.get("court"),
						row.get("tenant_id"));
			}
		}
	}

	private void probeEveryEndpoint() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Access access = RULES.get(endpoint);
			if (access == null) {
				continue; // reported by everyEndpointHasARule
			}
			int anonymous = perform(endpoint, null);
			boolean anonymousRefused = anonymous == 401 || anonymous == 302 && location.endsWith("/login");
			if (access == Access.PUBLIC ? anonymousRefused || anonymous == 403 : !anonymousRefused) {
				wrong.add(endpoint + " anonymous: " + anonymous);
			}
			for (Role role : Role.values()) {
				int status = perform(endpoint, DEMO_USERS.get(role));
				boolean expectAllowed = access.allows(role, endpoint);
				boolean allowed = status != 401 && status != 403 && !(status == 302 && location.endsWith("/login"));
				if (allowed != expectAllowed || status >= 500) {
					wrong.add(endpoint + " " + role + ": " + status);
				}
				else if (expectAllowed && endpoint.startsWith("GET") && endpoint.contains("{id}") && status != 404) {
					wrong.add(endpoint + " " + role + ": " + status + " for a record that does not exist");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private String location = "";

	private int perform(String endpoint, String username) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replaceAll("\\{[^}]+}", "999999");
		HttpMethod method = HttpMethod.valueOf(parts[0]);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (method != HttpMethod.GET) {
			request.with(csrf()).param("from", "2026-01-05").param("on", "2026-01-06").param("approvedOn", "2026-01-06")
				.param("length", "1").param("reason", "test").param("approvedBy", "test").param("active", "true")
				.param("name", "test").param("password", "Matrix#Test2026");
			if (path.startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (username != null) {
			request.with(user(accounts.loadUserByUsername(username)));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
		return response.getStatus();
	}
}
