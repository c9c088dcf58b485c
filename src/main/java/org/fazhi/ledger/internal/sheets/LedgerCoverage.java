package org.fazhi.ledger.internal.sheets;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.organisation.FazhiUser;

/**
 * How far a ledger's records cover what they should, per community, on a day: the share of the registered entities
 * with a commitment letter in force, and the entities without one. A ledger's list page shows it under the list and
 * {@code /api/v1/ledgers/KIND/coverage?on=} returns it; it counts only what the user reads (the ledger's records and
 * the other module's register, each through its own scope).
 */
public interface LedgerCoverage {

	/** The ledger's kind, e.g. {@code letters}. */
	String kind();

	/** The message key of the heading, with the day as its argument. */
	String titleKey();

	/** Per community the user reads something of, in the communities' order. */
	List<Share> shares(FazhiUser user, LocalDate on);

	/** A community's share: how many should be covered, how many are, and those that are not (by name). */
	record Share(long communityId, String community, int registered, int covered, List<Uncovered> uncovered) {

		/** The share covered in whole per cent, rounded down (100 only when every one is covered); in the API too. */
		@com.fasterxml.jackson.annotation.JsonProperty("percent")
		public int percent() {
			return registered == 0 ? 100 : (int) (covered * 100L / registered);
		}
	}

	/** One that is not covered: its id in its own register, its name and code. */
	record Uncovered(long id, String name, String code) {
	}
}
