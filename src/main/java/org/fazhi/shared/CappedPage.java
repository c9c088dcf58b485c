package org.fazhi.shared;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * A page of a list whose total is counted only as far as anyone reads: the rows of the page, and a count that stops
 * at {@link #CAP} ({@code 1000+ 件}), so a page of a subdistrict with 100,000 cases costs its twenty rows, not a count
 * of all of them. Exact when the list is shorter than the cap, when the page is the last, or on request.
 */
public final class CappedPage<T> extends PageImpl<T> {

	/** How far a list's total is counted unless the exact total is asked for. */
	public static final int CAP = 1000;

	private final boolean capped;

	private CappedPage(List<T> content, Pageable pageable, long total, boolean capped) {
		super(content, pageable, total);
		this.capped = capped;
	}

	/** Whether the total is a lower bound: there are more rows than {@link #getTotalElements()} says. */
	public boolean isCapped() {
		return capped;
	}

	/** The same page with each row converted, its total and whether it is capped kept. */
	public <U> CappedPage<U> mapped(java.util.function.Function<? super T, ? extends U> converter) {
		return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
				capped);
	}

	/**
	 * A page of the records the specification selects, read without a count (one row more tells whether a next page
	 * exists), with its total: known without counting when the page is the last, else the ids counted up to the cap,
	 * or all of them when {@code exact} (or when the page asked for lies past the end: the pager then shows the last).
	 */
	public static <T> CappedPage<T> read(JpaSpecificationExecutor<T> records, EntityManager entityManager, Class<T> type,
			Specification<T> specification, Pageable pageable, boolean exact) {
		Slice<T> slice = records.findBy(specification, query -> query.slice(pageable));
		long offset = pageable.isPaged() ? pageable.getOffset() : 0;
		if (!slice.hasNext() && (!slice.getContent().isEmpty() || offset == 0)) {
			return new CappedPage<>(slice.getContent(), pageable, offset + slice.getNumberOfElements(), false);
		}
		if (exact || slice.getContent().isEmpty()) {
			return new CappedPage<>(slice.getContent(), pageable, records.count(specification), false);
		}
		long counted = countUpTo(entityManager, type, specification, CAP + 1);
		boolean capped = counted > CAP;
		long total = capped ? Math.max(CAP, offset + slice.getNumberOfElements() + 1) : counted;
		return new CappedPage<>(slice.getContent(), pageable, total, capped);
	}

	/**
	 * How many rows the specification selects, up to {@code limit}: {@code select count(*) from (select id … limit n)},
	 * counted by the database from the list's index, so no id travels to the platform.
	 */
	public static <T> long countUpTo(EntityManager entityManager, Class<T> type, Specification<T> specification,
			int limit) {
		var cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
		JpaSubQuery<jakarta.persistence.Tuple> ids = count.subquery(jakarta.persistence.Tuple.class);
		var root = ids.from(type);
		var where = specification.toPredicate(root, count, cb);
		// a subquery in the from clause names what it selects
		ids.multiselect(root.get("id").alias("id"));
		if (where != null) {
			ids.where(where);
		}
		ids.fetch(limit);
		count.from(ids);
		count.select(cb.count());
		return entityManager.createQuery(count).getSingleResult();
	}
}
