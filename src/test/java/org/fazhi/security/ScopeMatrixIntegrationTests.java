package org.fazhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import jakarta.persistence.EntityManagerFactory;

import com.jayway.jsonpath.JsonPath;

import org.fazhi.deadlines.internal.DeadlineBook;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.fazhi.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The generated scope matrix: every record kind that declares its ownership × every data scope × every role. What the
 * application shows through its lists, detail pages, JSON API and the deadlines of the records is compared with an
 * oracle written independently in plain SQL from the same rule (tenant; the role's rule for the family; the whole
 * tenant, the department, the community or only what the account created or is assigned to). The demo's records are
 * the fixtures: they lie in every community and belong to different officers, so each combination has records inside
 * and outside its scope. Every JPA entity either declares its ownership or is named below with the reason it needs
 * none; a new record kind without either fails the build.
 */
@FazhiIntegrationTest
class ScopeMatrixIntegrationTests {

	/** Entities that are not record kinds of their own, with the reason. */
	static final Map<String, String> NOT_SCOPED = Map.ofEntries(
			Map.entry("DiscretionStandard", "part of the tenant's published catalogue of matters"),
			Map.entry("DocumentTemplate", "the tenant's templates of official documents, read only with the tenant's"
					+ " own id by every document its staff write, changed by its administrators"),
			Map.entry("EnforcementMatter", "the tenant's catalogue of matters, published to anyone"),
			Map.entry("JointLink", "part of an inspection or case, read only through it"),
			Map.entry("CaseDocument", "part of a penalty case, read only through the case"),
			Map.entry("CaseEvent", "part of a penalty case, read only through the case"),
			Map.entry("CaseEvidence", "part of a penalty case, read only through the case"),
			Map.entry("CasePayment", "part of a penalty case, read only through the case"),
			Map.entry("AuditChain", "the audit trail: one chain per tenant, read by its auditors"),
			Map.entry("AuditEntryRecord", "the audit trail: filtered by the tenant's own chain"),
			Map.entry("Revision", "record history: follows the record it belongs to"),
			Map.entry("PersonalAccessToken", "an account's own tokens, read by their owner only"),
			Map.entry("Tenant", "the organisation model, kept by the tenant's administrator and the platform operator"),
			Map.entry("Community", "the organisation model of the tenant"),
			Map.entry("Department", "the organisation model of the tenant"),
			Map.entry("StaffAccount", "the organisation model of the tenant"),
			Map.entry("ExternalPerson", "the organisation model of the tenant; personal data masked and revealed by rule"),
			Map.entry("AttachmentRecord", "files follow their owning record (AttachmentOwners)"),
			Map.entry("HolidayDayRecord", "the State Council calendar, the same for everyone"),
			Map.entry("HolidayNoticeRecord", "the State Council calendar, the same for everyone"),
			Map.entry("DeadlineReminder", "part of a deadline, read with it by the responsible account"),
			Map.entry("DeadlinePause", "part of a deadline"), Map.entry("DeadlineExtension", "part of a deadline"),
			Map.entry("DisputeParty", "part of a dispute, read only through the dispute"),
			Map.entry("DisputeStep", "part of a dispute, read only through the dispute"),
			Map.entry("MediationSession", "part of a dispute, read only through the dispute"),
			Map.entry("FollowUpVisit", "part of a dispute, read only through the dispute"),
			Map.entry("CampaignFinding", "part of a screening campaign, read only through the campaign"),
			Map.entry("MediationActivity", "the tenant's ledger of mediation trainings and publicity, its figures"),
			Map.entry("MediationBody", "the tenant's mediation organisation, published"),
			Map.entry("Mediator", "the tenant's roster of mediators, whose grades are published"),
			Map.entry("MediationDuty", "the duty rota of the tenant's mediation bodies"),
			Map.entry("ContractRound", "a round of a contract review, read only through its review"),
			Map.entry("RectificationItem", "an item of a suggestion's rectification plan, read only through its"
					+ " suggestion"),
			Map.entry("DecisionCatalogue", "the publication of a year's catalogue of decision matters: public by"
					+ " 重大行政决策程序暂行条例 第四条, read with the tenant's own id"),
			Map.entry("PayWeight", "the tenant's standards of the subsidy per case (以案定补), read by the mediation staff"));

	/** How each kind is reached over HTTP: its detail page and, where it has one, its JSON detail. */
	static final Map<String, List<String>> DETAIL = Map.ofEntries(Map.entry("LEGAL_OPINION", List.of()),
			Map.entry("MAJOR_DECISION", List.of("/legal/decisions/%d", "/api/v1/legal/decisions/%d")),
			Map.entry("PROCURATORIAL_SUGGESTION", List.of("/legal/suggestions/%d", "/api/v1/legal/suggestions/%d")),
			Map.entry("LEDGER_CONSULTATION", List.of("/ledgers/consultations/%d", "/api/v1/ledgers/consultations/%d")),
			Map.entry("LEDGER_LECTURE", List.of("/ledgers/lectures/%d", "/api/v1/ledgers/lectures/%d")),
			Map.entry("LEDGER_PUBLICITY", List.of("/ledgers/publicity/%d", "/api/v1/ledgers/publicity/%d")),
			Map.entry("LEDGER_SAFETY_PLACE", List.of("/ledgers/safety-places/%d", "/api/v1/ledgers/safety-places/%d")),
			Map.entry("LEDGER_SAFETY_EVENT", List.of("/ledgers/safety-events/%d", "/api/v1/ledgers/safety-events/%d")),
			Map.entry("LEDGER_TRAINING", List.of("/ledgers/trainings/%d", "/api/v1/ledgers/trainings/%d")),
			Map.entry("LEDGER_TRAINED_PERSON", List.of("/ledgers/trained-persons/%d", "/api/v1/ledgers/trained-persons/%d")),
			Map.entry("LEDGER_MEETING", List.of("/ledgers/meetings/%d", "/api/v1/ledgers/meetings/%d")),
			Map.entry("LEDGER_LETTER", List.of("/ledgers/letters/%d", "/api/v1/ledgers/letters/%d")),
			Map.entry("LEDGER_MEETING_ACTION", List.of("/ledgers/meeting-actions/%d", "/api/v1/ledgers/meeting-actions/%d")),
			Map.entry("LEDGER_STUDY", List.of("/ledgers/studies/%d", "/api/v1/ledgers/studies/%d")),
			Map.entry("LEDGER_EXAM", List.of("/ledgers/exams/%d", "/api/v1/ledgers/exams/%d")),
			Map.entry("LEDGER_DUTY_REPORT", List.of("/ledgers/duty-reports/%d", "/api/v1/ledgers/duty-reports/%d")),
			Map.entry("LEDGER_LEGAL_LITERATE", List.of("/ledgers/legal-literates/%d", "/api/v1/ledgers/legal-literates/%d")),
			Map.entry("LEDGER_LEGAL_LITERATE_ACTIVITY", List.of("/ledgers/legal-literate-activities/%d", "/api/v1/ledgers/legal-literate-activities/%d")),
			Map.entry("LEDGER_PUBLICITY_DUTY", List.of("/ledgers/publicity-duties/%d", "/api/v1/ledgers/publicity-duties/%d")),
			Map.entry("LEGAL_CHALLENGE", List.of("/legal/challenges/%d", "/api/v1/legal/challenges/%d")),
			Map.entry("CONTRACT_REVIEW", List.of("/legal/contracts/%d", "/api/v1/legal/contracts/%d")),
			Map.entry("DISPUTE", List.of("/mediation/disputes/%d", "/api/v1/mediation/disputes/%d")),
			Map.entry("SCREENING_CAMPAIGN", List.of("/mediation/campaigns/%d")),
			Map.entry("REGULATED_ENTITY", List.of("/enforcement/entities/%d", "/api/v1/enforcement/entities/%d")),
			Map.entry("INSPECTION", List.of("/enforcement/inspections/%d")),
			Map.entry("PENALTY_CASE", List.of("/enforcement/cases/%d", "/api/v1/enforcement/cases/%d")),
			Map.entry("DEADLINE", List.of("/deadlines/%d", "/api/v1/deadlines/%d")), Map.entry("HAZARD", List.of()));

	@Autowired
	List<OwnedRecords> owners;

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	org.fazhi.deadlines.Deadlines deadlines;

	/**
	 * Besides the demo's records, one deadline kept by hand in another department (the justice office's), so that the
	 * department scope has a deadline outside it.
	 */
	@org.junit.jupiter.api.BeforeEach
	void aDeadlineOfAnotherDepartment() {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		if (jdbc.queryForObject("select count(*) from deadline where title = '矩阵测试：另一部门的期限'", Long.class) == 0) {
			deadlines.register(new org.fazhi.deadlines.RegisterDeadline(legal.tenantId(), legal.departmentId(), null,
					"MANUAL", "matrix", "矩阵测试：另一部门的期限", org.fazhi.deadlines.StatutoryRule.RECONSIDERATION_ANSWER,
					java.time.LocalDate.of(2026, 11, 2), legal.accountId(), legal.accountId()));
		}
	}

	private List<RecordOwnership> kinds() {
		List<RecordOwnership> kinds = new ArrayList<>(owners.stream().map(OwnedRecords::ownership).toList());
		kinds.add(DeadlineBook.OWNERSHIP);
		return kinds;
	}

	@Test
	void everyEntityDeclaresItsOwnershipOrSaysWhyItNeedsNone() {
		Set<String> declared = kinds().stream().map(k -> k.entity().getSimpleName()).collect(Collectors.toSet());
		Set<String> undeclared = new TreeSet<>();
		entityManagers.getMetamodel().getEntities().forEach(entity -> {
			String name = entity.getJavaType().getSimpleName();
			if (!declared.contains(name) && !NOT_SCOPED.containsKey(name) && !name.endsWith("_AUD")) {
				undeclared.add(name);
			}
		});
		assertThat(undeclared).as("entities without a declared ownership").isEmpty();
		assertThat(declared).contains("RegulatedEntity", "Inspection", "Hazard", "PenaltyCase", "Deadline", "Dispute",
				"ScreeningCampaign");
	}

	/** The role rule, written out again for the oracle: NONE, ASSIGNED, TENANT or SCOPE per family. */
	private static String access(Role role, RecordFamily family) {
		if (role == Role.PLATFORM_OPERATOR) {
			return "NONE";
		}
		if (role == Role.LEGAL_ADVISOR) {
			return family == RecordFamily.DEADLINES ? "SCOPE" : "ASSIGNED";
		}
		if (role == Role.MEDIATOR && family == RecordFamily.ENFORCEMENT_CASES) {
			return "NONE";
		}
		if ((role == Role.ENFORCEMENT_OFFICER || role == Role.LEGAL_REVIEWER) && family == RecordFamily.MEDIATION) {
			return "NONE";
		}
		if (role == Role.MEDIATOR && family == RecordFamily.LEGAL_AFFAIRS) {
			return "NONE";
		}
		if (role == Role.LEGAL_OFFICER && (family == RecordFamily.LEGAL_AFFAIRS || family == RecordFamily.LEDGERS)) {
			return "TENANT";
		}
		return "SCOPE";
	}

	private static String column(String attribute) {
		return attribute.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	private String table(RecordOwnership kind) {
		var entity = kind.entity();
		var annotation = entity.getAnnotation(jakarta.persistence.Table.class);
		return annotation != null && !annotation.name().isEmpty() ? annotation.name() : column(entity.getSimpleName());
	}

	/** The oracle: the ids a user may read, in plain SQL. */
	private Set<Long> expected(FazhiUser user, RecordOwnership kind, RecordFamily family, String extraWhere) {
		String access = access(user.role(), family);
		if (access.equals("NONE")) {
			return Set.of();
		}
		List<String> own = new ArrayList<>();
		if (kind.creator() != null) {
			own.add(column(kind.creator()) + " = " + user.accountId());
		}
		kind.assignees().forEach(a -> own.add(column(a) + " = " + user.accountId()));
		String mine = own.isEmpty() ? "1 = 0" : "(" + String.join(" or ", own) + ")";
		DataScope scope = access.equals("ASSIGNED") ? DataScope.OWN
				: access.equals("TENANT") ? DataScope.TENANT : user.scope();
		String where = switch (scope) {
			case TENANT -> "1 = 1";
			case DEPARTMENT -> kind.department() == null ? "1 = 1"
					: "(" + column(kind.department()) + " = " + user.departmentId() + " or " + mine + ")";
			case COMMUNITY -> kind.community() == null ? mine
					: "(" + column(kind.community()) + " = " + user.communityId() + " or " + mine + ")";
			case OWN -> mine;
		};
		return new TreeSet<>(jdbc.queryForList("select id from " + table(kind) + " where tenant_id = ? and " + where
				+ extraWhere, Long.class, user.tenantId()));
	}

	/** The deadlines oracle: a record's deadline follows the family and the ownership shape of its record. */
	private Set<Long> expectedDeadlines(FazhiUser user) {
		Set<Long> ids = new TreeSet<>();
		var deadline = DeadlineBook.OWNERSHIP;
		Set<String> ownerTypes = owners.stream().map(o -> o.ownership().recordType()).collect(Collectors.toSet());
		Map<Long, String> recordOf = new java.util.HashMap<>();
		jdbc.query("select id, record_id from deadline where tenant_id = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) row -> recordOf.put(row.getLong(1), row.getString(2)),
				user.tenantId());
		for (OwnedRecords owner : owners) {
			var kind = owner.ownership();
			var shaped = new RecordOwnership(deadline.recordType(), deadline.entity(), kind.family(), deadline.tenant(),
					kind.department() == null ? null : deadline.department(),
					kind.community() == null ? null : deadline.community(), deadline.creator(), deadline.assignees());
			// ... and only the deadlines of records the user may read
			Set<Long> records = expected(user, kind, kind.family(), "");
			for (Long id : expected(user, shaped, kind.family(), " and record_type = '" + kind.recordType() + "'")) {
				if (records.contains(Long.valueOf(recordOf.get(id)))) {
					ids.add(id);
				}
			}
		}
		ids.addAll(expected(user, deadline, RecordFamily.DEADLINES, " and record_type not in ("
				+ ownerTypes.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", ")) + ")"));
		return ids;
	}

	/** A user of the given role and scope: a community worker's identity for the community scope, else an officer's. */
	private FazhiUser as(Role role, DataScope scope) {
		var base = (FazhiUser) accounts.loadUserByUsername(scope == DataScope.COMMUNITY ? "worker2" : "officer2");
		return new FazhiUser(base.accountId(), base.getUsername(), base.getPassword(), base.fullName(), base.tenantId(),
				base.tenantCode(), base.tenantName(), base.departmentId(), base.departmentName(), base.communityId(),
				base.communityName(), role, scope, true, false, false, base.securityVersion());
	}

	private Set<Long> ids(String json, String path) {
		List<Number> ids = JsonPath.read(json, path);
		return ids.stream().map(Number::longValue).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyRoleInEveryScopeSeesExactlyTheRecordsOfItsScopeEverywhere() throws Exception {
		List<String> wrong = new ArrayList<>();
		int combinations = 0;
		for (Role role : Role.values()) {
			for (DataScope scope : DataScope.values()) {
				var user = as(role, scope);
				for (RecordOwnership kind : kinds()) {
					combinations++;
					Set<Long> expected = kind == DeadlineBook.OWNERSHIP ? expectedDeadlines(user)
							: expected(user, kind, kind.family(), "");
					Set<Long> all = new TreeSet<>(jdbc.queryForList("select id from " + table(kind)
							+ " where tenant_id = ?", Long.class, user.tenantId()));
					Set<Long> outside = new TreeSet<>(all);
					outside.removeAll(expected);
					String label = kind.recordType() + " " + role + "/" + scope;
					if (kind == DeadlineBook.OWNERSHIP) {
						// the figures count the whole tenant: they are read by exactly those who read all of it
						boolean whole = scope == DataScope.TENANT && access(role, RecordFamily.ENFORCEMENT_CASES).equals("SCOPE")
								&& access(role, RecordFamily.ENFORCEMENT_REGISTER).equals("SCOPE");
						int status = mvc.perform(get("/api/v1/enforcement/metrics?year=2024").with(user(user))).andReturn()
							.getResponse().getStatus();
						if (status != (whole ? 200 : 403)) {
							wrong.add(role + "/" + scope + " figures: " + status);
						}
					}
					// detail pages and JSON details: one record inside the scope answers, one outside is not found
					for (String template : DETAIL.get(kind.recordType())) {
						if (!expected.isEmpty()) {
							long inside = expected.iterator().next();
							int status = mvc.perform(get(String.format(template, inside)).with(user(user))).andReturn()
								.getResponse().getStatus();
							if (status != 200 && status != 403) {
								wrong.add(label + " " + String.format(template, inside) + " inside: " + status);
							}
						}
						if (!outside.isEmpty()) {
							long out = outside.iterator().next();
							int status = mvc.perform(get(String.format(template, out)).with(user(user))).andReturn()
								.getResponse().getStatus();
							if (status != 404 && status != 403) {
								wrong.add(label + " " + String.format(template, out) + " outside: " + status);
							}
						}
					}
					// the lists of the JSON API
					Set<Long> listed = switch (kind.recordType()) {
						case "REGULATED_ENTITY" -> allPages(user, "/api/v1/enforcement/entities?size=500&page=%d");
						case "PENALTY_CASE" -> allPages(user, "/api/v1/enforcement/cases?size=500&page=%d");
						case "DISPUTE" -> allPages(user, "/api/v1/mediation/disputes?size=500&page=%d");
						case "CONTRACT_REVIEW" -> allPages(user, "/api/v1/legal/contracts?size=500&page=%d");
						case "LEGAL_OPINION" -> allPages(user, "/api/v1/legal/opinions?size=500&page=%d");
						case "LEGAL_CHALLENGE" -> allPages(user, "/api/v1/legal/challenges?size=500&page=%d");
						case "MAJOR_DECISION" -> allPages(user, "/api/v1/legal/decisions?size=500&page=%d");
						case "PROCURATORIAL_SUGGESTION" -> allPages(user, "/api/v1/legal/suggestions?size=500&page=%d");
						case "LEDGER_CONSULTATION" -> allPages(user, "/api/v1/ledgers/consultations?size=500&page=%d");
						case "LEDGER_LECTURE" -> allPages(user, "/api/v1/ledgers/lectures?size=500&page=%d");
						case "LEDGER_PUBLICITY" -> allPages(user, "/api/v1/ledgers/publicity?size=500&page=%d");
						case "LEDGER_SAFETY_PLACE" -> allPages(user, "/api/v1/ledgers/safety-places?size=500&page=%d");
						case "LEDGER_SAFETY_EVENT" -> allPages(user, "/api/v1/ledgers/safety-events?size=500&page=%d");
						case "LEDGER_TRAINING" -> allPages(user, "/api/v1/ledgers/trainings?size=500&page=%d");
						case "LEDGER_TRAINED_PERSON" -> allPages(user, "/api/v1/ledgers/trained-persons?size=500&page=%d");
						case "LEDGER_MEETING" -> allPages(user, "/api/v1/ledgers/meetings?size=500&page=%d");
						case "LEDGER_LETTER" -> allPages(user, "/api/v1/ledgers/letters?size=500&page=%d");
						case "LEDGER_MEETING_ACTION" -> allPages(user, "/api/v1/ledgers/meeting-actions?size=500&page=%d");
						case "LEDGER_STUDY" -> allPages(user, "/api/v1/ledgers/studies?size=500&page=%d");
						case "LEDGER_EXAM" -> allPages(user, "/api/v1/ledgers/exams?size=500&page=%d");
						case "LEDGER_DUTY_REPORT" -> allPages(user, "/api/v1/ledgers/duty-reports?size=500&page=%d");
						case "LEDGER_LEGAL_LITERATE" -> allPages(user, "/api/v1/ledgers/legal-literates?size=500&page=%d");
						case "LEDGER_LEGAL_LITERATE_ACTIVITY" -> allPages(user, "/api/v1/ledgers/legal-literate-activities?size=500&page=%d");
						case "LEDGER_PUBLICITY_DUTY" -> allPages(user, "/api/v1/ledgers/publicity-duties?size=500&page=%d");
						case "DEADLINE" -> allPages(user, "/api/v1/deadlines?size=500&page=%d",
								"/api/v1/deadlines?status=COMPLETED&size=500&page=%d");
						default -> null;
					};
					if (listed != null && !listed.equals(expected) && !(listed.isEmpty() && forbidden)) {
						wrong.add(label + " list: " + listed.size() + " listed, " + expected.size() + " expected");
					}
					// the spreadsheet exports hold the same rows
					String export = switch (kind.recordType()) {
						case "INSPECTION" -> "/enforcement/inspections/export";
						case "HAZARD" -> "/enforcement/hazards/export";
						case "PENALTY_CASE" -> "/enforcement/cases/export";
						case "DISPUTE" -> "/mediation/disputes/export";
						case "CONTRACT_REVIEW" -> "/legal/contracts/export";
						case "LEGAL_CHALLENGE" -> "/legal/challenges/export";
						case "PROCURATORIAL_SUGGESTION" -> "/legal/suggestions/export";
						case "LEDGER_CONSULTATION" -> "/ledgers/consultations/export.xlsx";
						case "LEDGER_LECTURE" -> "/ledgers/lectures/export.xlsx";
						case "LEDGER_PUBLICITY" -> "/ledgers/publicity/export.xlsx";
						case "LEDGER_SAFETY_PLACE" -> "/ledgers/safety-places/export.xlsx";
						case "LEDGER_SAFETY_EVENT" -> "/ledgers/safety-events/export.xlsx";
						case "LEDGER_TRAINING" -> "/ledgers/trainings/export.xlsx";
						case "LEDGER_TRAINED_PERSON" -> "/ledgers/trained-persons/export.xlsx";
						case "LEDGER_MEETING" -> "/ledgers/meetings/export.xlsx";
						case "LEDGER_LETTER" -> "/ledgers/letters/export.xlsx";
						case "LEDGER_MEETING_ACTION" -> "/ledgers/meeting-actions/export.xlsx";
						case "LEDGER_STUDY" -> "/ledgers/studies/export.xlsx";
						case "LEDGER_EXAM" -> "/ledgers/exams/export.xlsx";
						case "LEDGER_DUTY_REPORT" -> "/ledgers/duty-reports/export.xlsx";
						case "LEDGER_LEGAL_LITERATE" -> "/ledgers/legal-literates/export.xlsx";
						case "LEDGER_LEGAL_LITERATE_ACTIVITY" -> "/ledgers/legal-literate-activities/export.xlsx";
						case "LEDGER_PUBLICITY_DUTY" -> "/ledgers/publicity-duties/export.xlsx";
						default -> null;
					};
					if (export != null) {
						var response = mvc.perform(get(export).with(user(user))).andReturn().getResponse();
						if (response.getStatus() == 200) {
							int rows = exportedRows(response.getContentAsByteArray());
							if (rows != expected.size()) {
								wrong.add(label + " export: " + rows + " rows, " + expected.size() + " expected");
							}
						}
						else if (response.getStatus() != 403) {
							// 403: the role may not use the export at all (the authorisation matrix checks who may)
							wrong.add(label + " export: " + response.getStatus());
						}
					}
					// the files of a record are downloaded by whoever reads the record, and by nobody else
					List<Long> insideFiles = files(kind, expected, user.tenantId());
					List<Long> outsideFiles = files(kind, outside, user.tenantId());
					if (!insideFiles.isEmpty()) {
						int status = mvc.perform(get("/files/" + insideFiles.get(0) + "/download").with(user(user)))
							.andReturn().getResponse().getStatus();
						if (status != 200) {
							wrong.add(label + " file of a record inside: " + status);
						}
					}
					if (!outsideFiles.isEmpty()) {
						int status = mvc.perform(get("/files/" + outsideFiles.get(0) + "/download").with(user(user)))
							.andReturn().getResponse().getStatus();
						if (status != 404 && status != 403) {
							wrong.add(label + " file of a record outside: " + status);
						}
					}
				}
			}
		}
		assertThat(wrong).as("of " + combinations + " combinations").isEmpty();
		assertThat(combinations).isEqualTo(Role.values().length * DataScope.values().length * kinds().size());
	}

	private boolean forbidden;

	/** Attachments of some of the given records of the kind (the first 50 records are looked at). */
	private List<Long> files(RecordOwnership kind, Set<Long> records, long tenantId) {
		if (records.isEmpty()) {
			return List.of();
		}
		String ids = records.stream().limit(50).map(id -> "'" + id + "'").collect(Collectors.joining(","));
		return jdbc.queryForList("select id from attachment where tenant_id = ? and owner_type = ? and owner_id in (" + ids
				+ ") order by id", Long.class, tenantId, kind.recordType());
	}

	/** Every row of the paged lists, page after page until the last. */
	private Set<Long> allPages(FazhiUser user, String... templates) throws Exception {
		Set<Long> all = new TreeSet<>();
		for (String template : templates) {
			for (int page = 0;; page++) {
				String url = String.format(template, page);
				String json = listed(user, url);
				if (forbidden) {
					return Set.of();
				}
				all.addAll(ids(json, "$.content[*].id"));
				int pages = JsonPath.read(json, "$.totalPages");
				if (page + 1 >= pages) {
					break;
				}
			}
		}
		return all;
	}

	/** The body of a list of the JSON API, or null when the role may not read it at all ({@link #forbidden}). */
	private String listed(FazhiUser user, String url) throws Exception {
		var response = mvc.perform(get(url).with(user(user))).andReturn().getResponse();
		forbidden = response.getStatus() == 403;
		if (forbidden) {
			return null;
		}
		assertThat(response.getStatus()).as(url + " as " + user.role()).isEqualTo(200);
		return response.getContentAsString();
	}

	/**
	 * The rows of the first sheet of an exported workbook below its heading, counted in the sheet's XML as it streams
	 * past (the exports write one row element per row).
	 */
	private static int exportedRows(byte[] workbook) throws java.io.IOException {
		try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
				new java.io.ByteArrayInputStream(workbook), "UTF-8", true, true)) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					int rows = 0;
					for (int at = xml.indexOf("<row "); at >= 0; at = xml.indexOf("<row ", at + 5)) {
						rows++;
					}
					return rows - 1;
				}
			}
		}
		throw new IllegalStateException("an export without a first sheet");
	}

	@Test
	void theMatrixHasRecordsInsideAndOutsideEveryNarrowScope() {
		for (RecordOwnership kind : kinds()) {
			for (DataScope scope : EnumSet.of(DataScope.DEPARTMENT, DataScope.COMMUNITY, DataScope.OWN)) {
				if (scope == DataScope.DEPARTMENT && kind.department() == null) {
					continue; // shared by the departments of the tenant by declaration
				}
				var user = as(Role.ENFORCEMENT_OFFICER, scope);
				Set<Long> inside = kind == DeadlineBook.OWNERSHIP ? expectedDeadlines(user)
						: expected(user, kind, kind.family(), "");
				long all = jdbc.queryForObject("select count(*) from " + table(kind) + " where tenant_id = ?", Long.class,
						user.tenantId());
				assertThat(all).as(kind.recordType() + " " + scope + ": records outside").isGreaterThan(inside.size());
			}
		}
	}
}
