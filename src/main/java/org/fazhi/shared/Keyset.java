package org.fazhi.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Every record a specification selects, read a batch at a time in the order of the id and continued after the last
 * id read (keyset: each batch is an index range, however deep), so an export of a million rows holds one batch in
 * memory, never the list. The specification is the list's own, its scope included.
 */
public final class Keyset {

	/** Records per batch. */
	public static final int BATCH = 500;

	private Keyset() {
	}

	/**
	 * Hands each selected record to {@code each}, in id order, and returns how many there were. Call it inside a
	 * read-only transaction: the persistence context is cleared after each batch, so a record is detached once
	 * handed on (read what it needs of its associations in {@code each}).
	 */
	public static <T> long forEach(JpaSpecificationExecutor<T> records, EntityManager entityManager,
			Specification<T> specification, Function<T, Long> idOf, Consumer<T> each) {
		long count = 0;
		Long after = null;
		while (true) {
			final Long last = after;
			Specification<T> batchOf = last == null ? specification
					: specification.and((root, query, cb) -> cb.greaterThan(root.get("id"), last));
			List<T> batch = records.findBy(batchOf, query -> query.sortBy(Sort.by("id")).limit(BATCH).all());
			for (T record : batch) {
				each.accept(record);
				count++;
			}
			if (batch.size() < BATCH) {
				return count;
			}
			after = idOf.apply(batch.get(batch.size() - 1));
			entityManager.clear();
		}
	}
}
