package org.fazhi.organisation;

/**
 * Implemented by each module for each kind of record it keeps, so that what hangs on a record (its deadlines, files
 * and history) follows the record's own rules: the other modules ask here before they show or change any of it.
 */
public interface OwnedRecords {

	RecordOwnership ownership();

	/** Whether the user may read the record; false also when it does not exist. */
	boolean mayRead(FazhiUser user, String recordId);

	/**
	 * That the record a row names by {@code recordId} is one the user may read, as a predicate of the row's own query
	 * (a subquery): the deadline list is scoped and paged by the database with it. By default the kind's data scope;
	 * a module whose {@link #mayRead} asks more overrides both alike.
	 */
	default jakarta.persistence.criteria.Predicate readableRecord(FazhiUser user,
			jakarta.persistence.criteria.Expression<String> recordId, jakarta.persistence.criteria.AbstractQuery<?> query,
			jakarta.persistence.criteria.CriteriaBuilder cb) {
		return DataScopes.readableRecord(user, ownership(), recordId, query, cb);
	}

	/** Those of the records the user may read (one query where the module can; one check per record otherwise). */
	default java.util.Set<String> readable(FazhiUser user, java.util.Collection<String> recordIds) {
		var readable = new java.util.HashSet<String>();
		for (String id : recordIds) {
			if (mayRead(user, id)) {
				readable.add(id);
			}
		}
		return readable;
	}
}
