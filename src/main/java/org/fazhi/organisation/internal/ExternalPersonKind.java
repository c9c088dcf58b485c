package org.fazhi.organisation.internal;

/** The outside people the office works with; names are in the message bundles. */
public enum ExternalPersonKind {
	/** 首席法律顾问 */
	CHIEF_LEGAL_ADVISOR,
	/** 律师（法律顾问团队） */
	LAWYER,
	/** 人民调解员 */
	MEDIATOR,
	/** 法律明白人 */
	LEGAL_SAVVY_RESIDENT,
	/** 网格员 */
	GRID_WORKER;

	public String messageKey() {
		return "externalKind." + name();
	}

	/** Residents and grid workers act within one community; the others serve the whole subdistrict. */
	public boolean needsCommunity() {
		return this == LEGAL_SAVVY_RESIDENT || this == GRID_WORKER;
	}
}
