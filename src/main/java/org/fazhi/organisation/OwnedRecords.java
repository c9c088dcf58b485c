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

	/**
	 * The owned records of a kind whose rows are read by their numeric id through {@link DataScopes}, as most kinds
	 * are: the record exists and lies in the user's scope.
	 */
	static <T> OwnedRecords scoped(RecordOwnership ownership,
			org.springframework.data.jpa.repository.JpaSpecificationExecutor<T> records,
			java.util.function.Function<T, Long> id) {
		return new OwnedRecords() {
			@Override
			public RecordOwnership ownership() {
				return ownership;
			}

			@Override
			public boolean mayRead(FazhiUser user, String recordId) {
				return recordId != null && recordId.matches("\\d{1,18}")
						&& records.exists(DataScopes.readable(user, ownership, Long.parseLong(recordId)));
			}

			@Override
			public java.util.Set<String> readable(FazhiUser user, java.util.Collection<String> recordIds) {
				java.util.List<Long> ids = recordIds.stream().filter(r -> r != null && r.matches("\\d{1,18}"))
					.map(Long::valueOf).distinct().toList();
				if (ids.isEmpty()) {
					return java.util.Set.of();
				}
				org.springframework.data.jpa.domain.Specification<T> in = (root, query, cb) -> root.get("id").in(ids);
				return records.findAll(DataScopes.<T>readable(user, ownership).and(in)).stream()
					.map(r -> String.valueOf(id.apply(r))).collect(java.util.stream.Collectors.toSet());
			}
		};
	}
}
