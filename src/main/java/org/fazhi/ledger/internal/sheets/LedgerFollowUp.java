package org.fazhi.ledger.internal.sheets;

import java.util.List;

import org.fazhi.organisation.FazhiUser;

/**
 * What follows when records of a ledger are written: a meeting's decision becomes a deadline of its owner. It runs in
 * the transaction that wrote the records (a form's one, an import's every row), so a refusal writes none of them.
 */
public interface LedgerFollowUp {

	/** The ledger's kind, e.g. {@code meeting-actions}. */
	String kind();

	/** The records just written, by id, in the order they were written. */
	void written(FazhiUser user, List<Long> ids);
}
