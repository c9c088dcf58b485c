package org.fazhi.organisation.internal;

/** The kinds of department a subdistrict office has; the name of each is in the message bundles. */
public enum DepartmentKind {
	/** 街道领导班子 */
	LEADERSHIP,
	/** 司法所 */
	JUSTICE_OFFICE,
	/** 综合行政执法队 */
	ENFORCEMENT_TEAM,
	/** 综治中心 */
	GOVERNANCE_CENTRE,
	/** 党政综合办 */
	GENERAL_OFFICE,
	/** 应急管理办 */
	EMERGENCY_OFFICE,
	/** 社区工作（社区党委/居委会） */
	COMMUNITY_AFFAIRS,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "departmentKind." + name();
	}
}
