package org.fazhi.shared;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paged lists with bounds a person cannot break: a negative page is the first, a page past the end the last, so the
 * pager never reads 第 100/2 页 and its links never point before the first page.
 */
public final class Paging {

	private Paging() {
	}

	public static <T, P extends Page<T>> P clamped(int requested, int size, Sort sort, Function<Pageable, P> query) {
		P page = query.apply(PageRequest.of(bounded(requested, size), size, sort));
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			return query.apply(PageRequest.of(Math.max(0, page.getTotalPages() - 1), size, sort));
		}
		return page;
	}

	/** A page number whose first row the database can address (an offset within an int), never negative. */
	public static int bounded(int requested, int size) {
		return Math.max(0, Math.min(requested, Integer.MAX_VALUE / Math.max(1, size) - 1));
	}
}
