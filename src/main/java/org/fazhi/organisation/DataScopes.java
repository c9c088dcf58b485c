package org.fazhi.organisation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * The one data-scope mechanism: turns the signed-in user's role rule and data scope and a record kind's declared
 * {@link RecordOwnership} into the predicate of a query. Every list, detail, export, API answer and figure of every
 * module reads through it, so they all see the same rows.
 * <ul>
 * <li>always: the user's tenant;</li>
 * <li>a role that does not read the family: nothing; one that reads only what is assigned to it: {@code OWN}; one
 * that runs the family for the office: {@code TENANT};</li>
 * <li>{@code TENANT}: the whole tenant;</li>
 * <li>{@code DEPARTMENT}: the records of the user's department (a kind without a department is shared by the
 * departments of the tenant), and the user's own;</li>
 * <li>{@code COMMUNITY}: the records of the user's community, and the user's own;</li>
 * <li>{@code OWN}: the records the user created or is assigned to.</li>
 * </ul>
 */
public final class DataScopes {

	private DataScopes() {
	}

	/** Whether the user's role reads the family at all. */
	public static boolean reads(FazhiUser user, RecordFamily family) {
		return user.role().reads(family) != ReadAccess.NONE;
	}

	/** The records of the kind the user may read. */
	public static <T> Specification<T> readable(FazhiUser user, RecordOwnership kind) {
		return (root, query, cb) -> predicate(user, kind, root, cb);
	}

	/** The record of the kind with this id, if the user may read it. */
	public static <T> Specification<T> readable(FazhiUser user, RecordOwnership kind, long id) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("id"), id), predicate(user, kind, root, cb));
	}

	/**
	 * For a query over rows that name a record of the kind by its id (its deadlines, files, entries of history): that
	 * the named record exists and the user may read it, as a subquery of the same statement, so that a list of such
	 * rows is scoped, counted and paged by the database. The kind's ids are numbers; the caller applies this only to
	 * rows naming a record of this kind.
	 */
	public static Predicate readableRecord(FazhiUser user, RecordOwnership kind, Expression<String> recordId,
			AbstractQuery<?> query, CriteriaBuilder cb) {
		Subquery<Long> record = query.subquery(Long.class);
		Root<?> root = record.from(kind.entity());
		record.select(root.get("id"))
			.where(cb.equal(root.get("id"), recordId.cast(Long.class)), predicate(user, kind, root, cb));
		return cb.exists(record);
	}

	static Predicate predicate(FazhiUser user, RecordOwnership kind, Root<?> root, CriteriaBuilder cb) {
		Predicate tenant = cb.equal(root.get(kind.tenant()), user.tenantId());
		ReadAccess access = user.role().reads(kind.family());
		if (access == ReadAccess.NONE) {
			return cb.disjunction();
		}
		DataScope scope = access == ReadAccess.ASSIGNED ? DataScope.OWN
				: access == ReadAccess.TENANT ? DataScope.TENANT : user.scope();
		Predicate own = own(user, kind, root, cb);
		return switch (scope) {
			case TENANT -> tenant;
			case DEPARTMENT -> kind.department() == null ? tenant
					: cb.and(tenant, cb.or(cb.equal(root.get(kind.department()), user.departmentId()), own));
			case COMMUNITY -> kind.community() == null || user.communityId() == null ? cb.and(tenant, own)
					: cb.and(tenant, cb.or(cb.equal(root.get(kind.community()), user.communityId()), own));
			case OWN -> cb.and(tenant, own);
		};
	}

	private static Predicate own(FazhiUser user, RecordOwnership kind, Root<?> root, CriteriaBuilder cb) {
		List<Predicate> mine = new ArrayList<>();
		if (kind.creator() != null) {
			mine.add(cb.equal(root.get(kind.creator()), user.accountId()));
		}
		for (String assignee : kind.assignees()) {
			mine.add(cb.equal(root.get(assignee), user.accountId()));
		}
		return mine.isEmpty() ? cb.disjunction() : cb.or(mine.toArray(Predicate[]::new));
	}
}
