package org.fazhi.organisation;

/** How far a role reads a family of records. */
public enum ReadAccess {
	/** Every record of the family within the account's data scope. */
	SCOPE,
	/** Only records created by or assigned to the account, whatever its data scope. */
	ASSIGNED,
	/** None. */
	NONE
}
