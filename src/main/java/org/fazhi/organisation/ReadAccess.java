package org.fazhi.organisation;

/** How far a role reads a family of records. */
public enum ReadAccess {
	/** Every record of the family within the account's data scope. */
	SCOPE,
	/** Only records created by or assigned to the account, whatever its data scope. */
	ASSIGNED,
	/**
	 * Every record of the family in the tenant, whatever the account's data scope: the post that runs the family for
	 * the whole office (the justice office for legal affairs: it assigns every department's contract to a lawyer).
	 */
	TENANT,
	/** None. */
	NONE
}
