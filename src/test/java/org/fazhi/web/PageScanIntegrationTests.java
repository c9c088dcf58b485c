package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of the authorisation matrix, rendered in Chinese and in English for every role that may open it, with
 * demo records of every kind (a case in each state, a deadline of each rule): no page shows a missing message
 * ({@code ??key_zh_CN??}), a raw code of the application's enumerations (FINE, SITE_RECORD, OPEN), a bare
 * {@code true}/{@code false}, or an ISO timestamp. Shares the authorisation matrix's context.
 */
@FazhiIntegrationTest
class PageScanIntegrationTests {

	/** The demo records each page with an id is rendered for. */
	static final Map<String, String> RECORDS = new LinkedHashMap<>();

	static {
		RECORDS.put("/enforcement/cases/", "select min(id) from penalty_case group by state, procedure_kind");
		RECORDS.put("/deadlines/", "select min(id) from deadline group by rule_code, state");
		RECORDS.put("/enforcement/matters/", "select min(id) from enforcement_matter");
		RECORDS.put("/enforcement/entities/", "select min(id) from regulated_entity group by category");
		RECORDS.put("/enforcement/inspections/", "select min(id) from inspection group by state");
		RECORDS.put("/mediation/disputes/", "select min(id) from dispute group by state, agreement_kind");
		RECORDS.put("/mediation/campaigns/", "select min(id) from screening_campaign");
		RECORDS.put("/legal/contracts/", "select min(id) from contract_review group by state, opinion");
		RECORDS.put("/legal/decisions/", "select min(id) from major_decision group by kind, state");
		RECORDS.put("/legal/challenges/", "select min(id) from legal_challenge group by kind, state, outcome");
		RECORDS.put("/legal/suggestions/", "select min(id) from procuratorial_suggestion group by state");
		RECORDS.put("/ledgers/consultations/", "select min(id) from ledger_consultation group by asker_kind");
		RECORDS.put("/ledgers/lectures/", "select min(id) from ledger_lecture group by audience_kind");
		RECORDS.put("/ledgers/publicity/", "select min(id) from ledger_publicity_event group by place_kind");
		RECORDS.put("/ledgers/safety-places/", "select min(id) from ledger_safety_place group by place_kind");
		RECORDS.put("/ledgers/safety-events/", "select min(id) from ledger_safety_event group by theme_kind");
		RECORDS.put("/ledgers/trainings/", "select min(id) from ledger_training group by training_kind");
		RECORDS.put("/ledgers/trained-persons/", "select min(id) from ledger_trained_person");
		RECORDS.put("/ledgers/meetings/", "select min(id) from ledger_meeting group by meeting_kind");
		RECORDS.put("/ledgers/letters/", "select min(id) from ledger_responsibility_letter group by party_kind");
		RECORDS.put("/ledgers/meeting-actions/", "select min(id) from ledger_meeting_action group by agenda_topic");
		RECORDS.put("/ledgers/studies/", "select min(id) from ledger_study_session group by study_body");
		RECORDS.put("/ledgers/exams/", "select min(id) from ledger_exam_result group by sitting");
		RECORDS.put("/ledgers/duty-reports/", "select min(id) from ledger_duty_report group by covers_duties");
		RECORDS.put("/ledgers/legal-literates/", "select min(id) from ledger_legal_literate group by background");
		RECORDS.put("/ledgers/legal-literate-activities/", "select min(id) from ledger_legal_literate_activity group by activity_kind");
		RECORDS.put("/ledgers/publicity-duties/", "select min(id) from ledger_publicity_duty group by unit_kind");
		RECORDS.put("/organisation/communities/", "select min(id) from community");
		RECORDS.put("/organisation/departments/", "select min(id) from department");
		RECORDS.put("/organisation/staff/", "select min(id) from staff_account");
		RECORDS.put("/organisation/people/", "select min(id) from external_person group by kind");
	}

	private static final Pattern TAGS = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<[^>]+>");

	private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern BOOLEAN = Pattern.compile("(?<![\\w-])(true|false)(?![\\w-])");

	/** The holiday-notice page describes the JSON file an administrator loads, field values included. */
	private static final Set<String> DESCRIBES_A_FILE_FORMAT = Set.of("/calendar/notices");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	/** The constants of every enumeration of the application: none may reach a page as such. */
	static Set<String> enumCodes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> codes = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("org.fazhi")) {
			try {
				for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.length() >= 4) {
						codes.add(name);
					}
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return codes;
	}

	private List<String> paths(String pattern) {
		if (pattern.equals("/public/laws/{code}")) {
			// every statute's page is the same page with another text: two of them stand for all
			return List.of("/public/laws/ADMINISTRATIVE_PENALTY", "/public/laws/PERSONAL_INFORMATION");
		}
		if (!pattern.contains("{id}")) {
			return List.of(pattern);
		}
		for (var record : RECORDS.entrySet()) {
			if (pattern.startsWith(record.getKey())) {
				return jdbc.queryForList(record.getValue(), Long.class).stream()
					.map(id -> pattern.replace("{id}", String.valueOf(id))).toList();
			}
		}
		throw new IllegalStateException("no demo record for " + pattern + ": add it to RECORDS");
	}

	private static boolean isPage(String endpoint) {
		return endpoint.startsWith("GET /") && !endpoint.startsWith("GET /api/") && !endpoint.startsWith("GET /v3/")
				&& !endpoint.endsWith("/export") && !endpoint.endsWith("/template") && !endpoint.endsWith("/download") && !endpoint.endsWith(".xlsx")
				&& !endpoint.equals("GET /login");
	}

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	@Test
	void thePublicEntryListsTheSubdistrictsAndAnUnknownOneGetsAPublicPage() throws Exception {
		mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("东湖街道")))
			.andExpect(content().string(containsString("/public/enforcement/decisions?tenant=440303007")))
			.andExpect(content().string(containsString("/public/enforcement/matters?tenant=440303007")));
		for (String path : List.of("/public/enforcement/decisions", "/public/enforcement/matters?tenant=999999999",
				"/public/enforcement/decisions?tenant=%3Cscript%3E")) {
			mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("id=\"unknown-tenant\"")))
				.andExpect(content().string(containsString("/public/enforcement/matters?tenant=440303007")))
				.andExpect(content().string(not(containsString("返回工作台"))))
				.andExpect(content().string(not(containsString("<script>"))));
		}
		mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/public\"")));
	}

	@Test
	void theWorkbenchIsEachRolesOwn() throws Exception {
		// a leader: the to-do centre with its counts, the year's key figures from the records, the organisation
		mvc.perform(get("/").with(user(account("leader"))))
			.andExpect(content().string(containsString("id=\"count-todo\"")))
			.andExpect(content().string(containsString("id=\"count-done\"")))
			.andExpect(content().string(containsString("id=\"key-figures\"")))
			.andExpect(content().string(containsString("data-label=\"2024\" data-value=\"37\"")))
			.andExpect(content().string(containsString("id=\"count-communities\"")));
		// an officer: their own cases and deadlines, neither the tenant's figures nor its headcount
		mvc.perform(get("/").with(user(account("officer"))))
			.andExpect(content().string(containsString("id=\"my-done\"")))
			.andExpect(content().string(not(containsString("id=\"key-figures\""))))
			.andExpect(content().string(not(containsString("id=\"count-communities\""))));
		// a community worker reads no tenant-wide figures either
		mvc.perform(get("/").with(user(account("worker"))))
			.andExpect(content().string(not(containsString("id=\"key-figures\""))));
	}

	@Test
	void everyPagerKeepsItsBoundsAndItsFilters() throws Exception {
		var officer = account("officer");
		String last = mvc.perform(get("/enforcement/inspections").param("page", "99").param("year", "2024")
			.param("state", "DONE").with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(last).contains("第 4/4 页").doesNotContain("page=-1").contains("year=2024&amp;state=DONE&amp;page=2");
		mvc.perform(get("/enforcement/inspections").param("page", "-5").with(user(officer)))
			.andExpect(content().string(matchesPattern("(?s).*第 1/\\d+ 页.*")))
			.andExpect(content().string(not(containsString("page=-1"))));
		// the deadlines page: the running deadlines, most urgent first; the completed on request, paged
		mvc.perform(get("/deadlines").with(user(account("leader"))))
			.andExpect(content().string(containsString("id=\"deadline-count\"")))
			.andExpect(content().string(not(containsString("badge text-bg-secondary\">已完成"))));
		mvc.perform(get("/deadlines").param("status", "COMPLETED").param("page", "1").with(user(account("leader"))))
			// past 1,000 completed ones the list is not counted on every page: "第 2 页" then, "第 2/N 页" below
			.andExpect(content().string(matchesPattern("(?s).*第 2(/| 页).*")))
			.andExpect(content().string(containsString("badge text-bg-secondary\">已完成")));
	}

	@Test
	void noPageShowsAMissingMessageARawCodeOrAnIsoTimestampInEitherLanguage() throws Exception {
		var codes = enumCodes();
		assertThat(codes).contains("SITE_RECORD", "FINE", "COMPLETED", "IN_PERSON");
		// every upper-case word of the page, looked up among the codes (one pass, whatever the number of codes)
		var words = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_]*(?![\\w-])");
		List<String> found = new ArrayList<>();
		int pages = 0;
		for (var rule : AuthorisationMatrixIntegrationTests.RULES.entrySet()) {
			if (!isPage(rule.getKey())) {
				continue;
			}
			for (String path : paths(rule.getKey().substring(4))) {
				for (Role role : Role.values()) {
					if (!rule.getValue().allows(role, rule.getKey())) {
						continue;
					}
					var account = (FazhiUser) accounts
						.loadUserByUsername(AuthorisationMatrixIntegrationTests.DEMO_USERS.get(role));
					for (String lang : List.of("zh-CN", "en")) {
						var response = mvc.perform(get(path).param("lang", lang).with(user(account))).andReturn()
							.getResponse();
						if (response.getStatus() != 200 || response.getContentType() == null
								|| !response.getContentType().startsWith("text/html")) {
							continue;
						}
						pages++;
						String text = TAGS.matcher(response.getContentAsString()).replaceAll(" ");
						String where = path + " " + role + " " + lang + ": ";
						if (text.contains("??")) {
							int at = text.indexOf("??");
							found.add(where + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40)).strip());
						}
						var code = words.matcher(text);
						while (code.find()) {
							// a request line in the audit trail (403 POST /path) names its HTTP method and its path
							// (/documents/templates/enforcement/DECISION) as they were
							boolean requestLine = text.startsWith(" /", code.end())
									|| (code.start() > 0 && text.charAt(code.start() - 1) == '/');
							if (codes.contains(code.group()) && !requestLine) {
								found.add(where + "…" + text.substring(Math.max(0, code.start() - 30),
										Math.min(text.length(), code.end() + 30)).replaceAll("\\s+", " ") + "…");
								break;
							}
						}
						var checks = new ArrayList<>(List.of(ISO_TIME.matcher(text)));
						if (!DESCRIBES_A_FILE_FORMAT.contains(path)) {
							checks.add(BOOLEAN.matcher(text));
						}
						for (var matcher : checks) {
							if (matcher.find()) {
								found.add(where + "…" + text.substring(Math.max(0, matcher.start() - 30),
										Math.min(text.length(), matcher.end() + 30)).replaceAll("\\s+", " ") + "…");
							}
						}
					}
				}
			}
		}
		assertThat(pages).as("pages rendered").isGreaterThan(200);
		assertThat(found).isEmpty();
	}
}
