package org.fazhi.organisation;

/**
 * The posts of a subdistrict office that use Fazhi (DOMAIN.md, "Who uses it"). Each role has a message key for its
 * name and the data scope it reads by default; the access-control issue lets an administrator narrow or widen scopes.
 */
public enum Role {

	/** 系统管理员: manages the organisation model and accounts of the tenant. */
	ADMIN(DataScope.TENANT),
	/** 街道领导: reads everything of the tenant, approves filings, signs the annual report. */
	LEADER(DataScope.TENANT),
	/** 司法所工作人员: mediation, publicity, consultations, reconsideration and litigation files. */
	LEGAL_OFFICER(DataScope.DEPARTMENT),
	/** 执法队员: inspections, cases, evidence, documents. */
	ENFORCEMENT_OFFICER(DataScope.DEPARTMENT),
	/** 法制审核员: reviews major enforcement decisions (行政处罚法 第五十八条). */
	LEGAL_REVIEWER(DataScope.DEPARTMENT),
	/** 法律顾问: external lawyers; only what is assigned to them. */
	LEGAL_ADVISOR(DataScope.OWN),
	/** 调解员: people's mediators. */
	MEDIATOR(DataScope.COMMUNITY),
	/** 社区工作者: intake in one community; sees only that community. */
	COMMUNITY_WORKER(DataScope.COMMUNITY),
	/** 审计员: read-only, with the audit trail. */
	AUDITOR(DataScope.TENANT),
	/**
	 * 平台运维员 (for example the district justice bureau's operator): opens, lists and deactivates the subdistricts of
	 * the installation and verifies every audit chain, but reads no tenant's records.
	 */
	PLATFORM_OPERATOR(DataScope.OWN);

	private final DataScope defaultScope;

	Role(DataScope defaultScope) {
		this.defaultScope = defaultScope;
	}

	public DataScope defaultScope() {
		return defaultScope;
	}

	/**
	 * The role's rule: which families of records it reads at all. Outside lawyers read enforcement records only when
	 * assigned to them; mediators have no part in penalty cases or the office's legal affairs, enforcement officers and reviewers none in disputes; the platform operator reads no tenant's records.
	 */
	public ReadAccess reads(RecordFamily family) {
		return switch (this) {
			case PLATFORM_OPERATOR -> ReadAccess.NONE;
			case LEGAL_ADVISOR -> family == RecordFamily.DEADLINES ? ReadAccess.SCOPE : ReadAccess.ASSIGNED;
			case MEDIATOR -> family == RecordFamily.ENFORCEMENT_CASES || family == RecordFamily.LEGAL_AFFAIRS
					? ReadAccess.NONE : ReadAccess.SCOPE;
			// enforcement officers and their reviewers have no part in the parties' disputes
			case ENFORCEMENT_OFFICER, LEGAL_REVIEWER -> family == RecordFamily.MEDIATION ? ReadAccess.NONE
					: ReadAccess.SCOPE;
			// the justice office runs the office's legal affairs: it reads every department's contracts to assign them
			// and keeps the office's work ledgers
			case LEGAL_OFFICER -> family == RecordFamily.LEGAL_AFFAIRS || family == RecordFamily.LEDGERS
					? ReadAccess.TENANT : ReadAccess.SCOPE;
			default -> ReadAccess.SCOPE;
		};
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
