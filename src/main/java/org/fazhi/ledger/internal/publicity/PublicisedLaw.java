package org.fazhi.ledger.internal.publicity;

/**
 * The laws a publicity event can name (the national 普法 plan's emphasis: the Constitution, the Civil Code, the laws
 * close to residents' lives and to the office's enforcement), stored by code, named in the message bundles.
 */
public enum PublicisedLaw {
	CONSTITUTION, CIVIL_CODE, MINORS_PROTECTION, WORK_SAFETY, FIRE_PROTECTION, PERSONAL_INFORMATION,
	PEOPLES_MEDIATION, LEGAL_AID, PUBLIC_SECURITY_PENALTIES, EMERGENCY_RESPONSE, ANTI_TELECOM_FRAUD,
	NATIONAL_SECURITY, URBAN_PLANNING, OTHER
}
