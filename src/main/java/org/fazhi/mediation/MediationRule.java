package org.fazhi.mediation;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.Statute;

/**
 * The guards of people's mediation: each refuses a step of a dispute that the statute forbids or does not yet allow,
 * with the article in the refusal. The step names the dispute's step it guards.
 */
public enum MediationRule implements LegalRule {

	/** 人民调解法 第十七条: when one party clearly refuses mediation, there is none. */
	CONSENT_OF_BOTH("MED-CONSENT-OF-BOTH", Statute.PEOPLES_MEDIATION, "第十七条", "dispute.consent.refused", "ACCEPT"),
	/** 人民调解法 第十七条: mediation starts only once every party's consent is recorded. */
	CONSENT_RECORDED("MED-CONSENT-RECORDED", Statute.PEOPLES_MEDIATION, "第十七条", "dispute.consent.missing",
			"ACCEPT"),
	/** 深圳条例 第二十五条第二款: an extension of the mediation period needs the parties' agreement. */
	EXTENSION_BY_AGREEMENT("MED-EXTENSION-BY-AGREEMENT", Statute.SHENZHEN_DISPUTES, "第二十五条第二款",
			"dispute.extension.noAgreement", "EXTEND"),
	/** 深圳条例 第二十五条第二款: a period that ran out without an agreement ends the mediation unless extended. */
	PERIOD_LAPSED("MED-PERIOD-LAPSED", Statute.SHENZHEN_DISPUTES, "第二十五条第二款", "dispute.period.lapsed", "AGREE"),
	/** 人民调解法 第二十九条: the agreement states the parties, the facts and matters, and what was agreed and how. */
	AGREEMENT_CONTENT("MED-AGREEMENT-CONTENT", Statute.PEOPLES_MEDIATION, "第二十九条第一款",
			"dispute.agreement.incomplete", "AGREE"),
	/**
	 * 人民调解法 第二十九条第二款: a written agreement takes effect once every party signed, the mediator signed and the
	 * committee sealed it.
	 */
	AGREEMENT_EFFECTIVE("MED-AGREEMENT-EFFECTIVE", Statute.PEOPLES_MEDIATION, "第二十九条第二款",
			"dispute.agreement.notSigned", "SIGN"),
	/** 人民调解法 第三十三条: judicial confirmation of an agreement that took effect. */
	CONFIRMATION_OF_EFFECTIVE("MED-CONFIRMATION-OF-EFFECTIVE", Statute.PEOPLES_MEDIATION, "第三十三条",
			"dispute.confirmation.notEffective", "CONFIRM"),
	/** 人民调解法 第三十三条: the joint application within 30 days of the agreement taking effect (flagged when late). */
	CONFIRMATION_PERIOD("MED-CONFIRMATION-PERIOD", Statute.PEOPLES_MEDIATION, "第三十三条",
			"dispute.confirmation.late", "CONFIRM"),
	/** 人民调解法 第二十六条: mediation that fails ends with the parties told their other routes. */
	ROUTES_TOLD("MED-ROUTES-TOLD", Statute.PEOPLES_MEDIATION, "第二十六条", "dispute.routes.missing", "END"),
	/** 深圳条例 第二十八条: mediation is ended only on one of the grounds the article lists. */
	END_GROUNDS("MED-END-GROUNDS", Statute.SHENZHEN_DISPUTES, "第二十八条", "dispute.end.ground", "END"),
	/** 人民调解法 第三十一条第二款: performance is followed up only for an agreement that took effect. */
	FOLLOW_UP_EFFECTIVE("MED-FOLLOW-UP-EFFECTIVE", Statute.PEOPLES_MEDIATION, "第三十一条第二款",
			"dispute.visit.notEffective", "VISIT"),
	/** 深圳条例 第四十六条: acceptance of an administrative mediation decided within 5 (10 when complex) working days. */
	ADMINISTRATIVE_ACCEPTANCE("MED-ADMINISTRATIVE-ACCEPTANCE", Statute.SHENZHEN_DISPUTES, "第四十六条",
			"dispute.administrative.late", "ACCEPT");

	private final Definition definition;

	MediationRule(String code, Statute statute, String article, String messageKey, String step) {
		this.definition = new Definition(code, statute, article, messageKey, step);
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "mediation";
	}
}
