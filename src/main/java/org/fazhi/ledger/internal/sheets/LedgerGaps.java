package org.fazhi.ledger.internal.sheets;

import java.util.List;

import org.fazhi.organisation.FazhiUser;

/**
 * Who should have a record of a ledger in a year and has none: the staff without a law-exam result, the leaders
 * without a 述职述法 report. A ledger's list page shows them under the list and {@code /api/v1/ledgers/KIND/gaps} returns
 * them. The records looked at are those the user reads ({@link LedgerWork#readable}).
 */
public interface LedgerGaps {

	/** The ledger's kind, e.g. {@code exams}. */
	String kind();

	/** The message key of the heading, with the year as its argument. */
	String titleKey();

	/** The persons without a record of the year, by name (and unit), in a stable order. */
	List<Person> missing(FazhiUser user, int year);

	/** A person without a record: the account, their name and their department. */
	record Person(long accountId, String name, String department) {
	}
}
