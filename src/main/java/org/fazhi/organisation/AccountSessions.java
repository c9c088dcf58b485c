package org.fazhi.organisation;

/**
 * Whether a signed-in session may go on: the account is still active, in an active tenant, and has not been
 * deactivated, reset or given another role, scope or placement since the session began. Read from the database on
 * every request (one primary-key read), so a change on one node ends the sessions on every node.
 */
public interface AccountSessions {

	boolean stillValid(FazhiUser user);
}
