package org.fazhi.ledger.internal.sheets;

import java.util.Map;

import org.fazhi.organisation.FazhiUser;

/**
 * A part of a ledger record's page that its feature adds below the record: a meeting decision's deadline and the step
 * that reports it done. The fragment is {@code ledgers/panels :: NAME} and reads the attributes returned.
 */
public interface LedgerPanel {

	/** The ledger's kind, e.g. {@code meeting-actions}. */
	String kind();

	/** The fragment's name in {@code templates/ledgers/panels.html}. */
	String fragment();

	/** The attributes the fragment reads, for the record the user reads. */
	Map<String, Object> attributes(FazhiUser user, LedgerEntry entry);
}
