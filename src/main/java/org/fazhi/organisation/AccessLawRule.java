package org.fazhi.organisation;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.Statute;

/**
 * The guards of access that a statute sets: who may read personal information in clear. The scope rules of the
 * platform's roles (who reads which records) are the office's own and are listed on the access pages, not here.
 */
public enum AccessLawRule implements LegalRule {

	/**
	 * 个人信息保护法 第五十一条第（三）项、第（四）项: personal information is kept encrypted and shown masked; only the
	 * administrator and the justice office see it in clear, and each look is recorded.
	 */
	PERSONAL_DATA_IN_CLEAR("ACC-PERSONAL-DATA-IN-CLEAR", Statute.PERSONAL_INFORMATION, "第五十一条第（三）项、第（四）项",
			"access.personalData.inClear", "REVEAL");

	private final Definition definition;

	AccessLawRule(String code, Statute statute, String article, String messageKey, String step) {
		this.definition = new Definition(code, statute, article, messageKey, step);
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "access";
	}
}
