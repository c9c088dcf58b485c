package org.fazhi.shared;

/**
 * Who acts: the signed-in staff member as the audit trail and other low-level modules see them, without depending
 * on the organisation module.
 */
public interface Actor {

	long accountId();

	String getUsername();

	String fullName();

	long tenantId();
}
