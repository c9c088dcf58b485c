package org.fazhi.ledger.internal.sheets;

import java.util.Map;
import java.util.function.Consumer;

import org.fazhi.organisation.FazhiUser;

/**
 * A check of a ledger's row that needs more than its columns' types: a meeting's disputes must be disputes the user
 * reads. It runs on a form's record and on every row of an import, after the columns' own checks, and names its
 * problems by row and column like they do.
 */
public interface LedgerCheck {

	/** The ledger's kind, e.g. {@code meetings}. */
	String kind();

	/**
	 * Checks one row.
	 *
	 * @param values the row's parsed values by column name (text, number, choice code, account id; null when empty)
	 * @param seen what the check noted of the earlier rows of the same form or sheet (e.g. the persons and years
	 *        already given a result), so that a sheet cannot repeat what the records may hold once
	 */
	void check(FazhiUser user, int row, Map<String, Object> values, java.util.Set<Object> seen,
			Consumer<LedgerWork.Problem> problems);

	/** The records other than the one being corrected (all records when a new one is entered). */
	static <T> org.springframework.data.jpa.domain.Specification<T> notItself(Map<String, Object> values) {
		Object id = values.get("id");
		return (root, query, cb) -> id == null ? cb.conjunction() : cb.notEqual(root.get("id"), id);
	}
}
