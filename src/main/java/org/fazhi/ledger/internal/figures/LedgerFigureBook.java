package org.fazhi.ledger.internal.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.LedgerEntry;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.ReadAccess;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.shared.Actor;
import org.fazhi.shared.FigureSource;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the work ledgers, each defined once by its ledger ({@link Ledger.FigureDef}): the records of the
 * tenant whose day falls in the year and that the figure's filter selects, counted or summed over one number column.
 * The ledger's list opened as the figure's drill-down ({@code /ledgers/KIND?figure=CODE&figureYear=Y}) shows exactly
 * those records.
 */
@Component
@Transactional(readOnly = true)
public class LedgerFigureBook implements FigureSource {

	/** A list opened as a figure's drill-down: the figure, its year, and the records it counts. */
	public record Drill<T>(String code, int year, String labelKey, Specification<T> records, String unit,
			Long distinctValue) {

		/** Whether the figure counts something else than the records it lists (persons, communities). */
		public boolean distinct() {
			return distinctValue != null;
		}

		public String unitKey() {
			return "figure.unit." + unit;
		}
	}

	private final EntityManager entityManager;
	private final List<Ledger<?>> ledgers;

	LedgerFigureBook(EntityManager entityManager, List<Ledger<?>> ledgers) {
		this.entityManager = entityManager;
		this.ledgers = ledgers;
	}

	/** The figures count the whole tenant: read by those who read all of its ledgers. */
	public static boolean readableBy(FazhiUser user) {
		ReadAccess access = user.role().reads(RecordFamily.LEDGERS);
		return access == ReadAccess.TENANT || access == ReadAccess.SCOPE && user.scope() == DataScope.TENANT;
	}

	<T extends LedgerEntry> Specification<T> counted(Ledger<T> ledger, Ledger.FigureDef<T> figure, long tenantId,
			int year) {
		Specification<T> within = (root, query, cb) -> cb.and(cb.equal(root.get("tenantId"), tenantId),
				cb.greaterThanOrEqualTo(root.get("occurredOn"), LocalDate.of(year, 1, 1)),
				cb.lessThan(root.get("occurredOn"), LocalDate.of(year + 1, 1, 1)));
		Specification<T> selected = figure.filter() == null ? within : within.and(figure.filter());
		if (figure.atLeast() == null) {
			return selected;
		}
		// the persons who reach the figure's minimum, then their records
		List<String> reaching = reaching(ledger, figure, selected);
		return selected.and((root, query, cb) -> reaching.isEmpty() ? cb.disjunction()
				: key(cb, root, figure.distinctOf()).in(reaching));
	}

	private static jakarta.persistence.criteria.Expression<String> key(
			jakarta.persistence.criteria.CriteriaBuilder cb, jakarta.persistence.criteria.Root<?> root,
			List<String> fields) {
		// text fields, joined: 张三|东乐社区 and 张三|金鹏社区 are two persons
		jakarta.persistence.criteria.Expression<String> joined = root.get(fields.get(0));
		for (String field : fields.subList(1, fields.size())) {
			joined = cb.concat(cb.concat(joined, "|"), cb.coalesce(root.<String>get(field), ""));
		}
		return joined;
	}

	private <T extends LedgerEntry> List<String> reaching(Ledger<T> ledger, Ledger.FigureDef<T> figure,
			Specification<T> selected) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(String.class);
		var root = query.from(ledger.entity());
		var key = key(cb, root, figure.distinctOf());
		query.select(key).where(selected.toPredicate(root, query, cb)).groupBy(key)
			.having(cb.greaterThanOrEqualTo(cb.sumAsLong(root.get(figure.sumOf())), figure.atLeast().longValue()));
		return entityManager.createQuery(query).getResultList();
	}

	/** The drill-down of a figure of this ledger, if the code is one of its figures and the year a real one. */
	public <T extends LedgerEntry> Optional<Drill<T>> drill(Actor user, Ledger<T> ledger, String code, Integer year) {
		if (code == null || year == null || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return ledger.figure(code).map(f -> {
			var records = counted(ledger, f, user.tenantId(), year);
			return new Drill<>(code, year, "figure." + code, records, f.unit(),
					f.distinctOf().isEmpty() ? null : value(ledger, f, records));
		});
	}

	/** Every figure's value for a tenant's year, in the ledgers' order. */
	public Map<String, Long> values(long tenantId, int year) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (Ledger<?> ledger : ledgers) {
			collect(ledger, tenantId, year, values);
		}
		return values;
	}

	private <T extends LedgerEntry> void collect(Ledger<T> ledger, long tenantId, int year,
			Map<String, Long> values) {
		for (var figure : ledger.figures()) {
			values.put(figure.code(), value(ledger, figure, counted(ledger, figure, tenantId, year)));
		}
	}

	private <T extends LedgerEntry> long value(Ledger<T> ledger, Ledger.FigureDef<T> figure, Specification<T> which) {
		var cb = entityManager.getCriteriaBuilder();
		if (!figure.distinctOf().isEmpty()) {
			var query = cb.createQuery(Long.class);
			var root = query.from(ledger.entity());
			List<String> fields = figure.distinctOf();
			jakarta.persistence.criteria.Expression<?> key = fields.size() > 1 ? key(cb, root, fields)
					: root.get(fields.get(0));
			query.select(cb.countDistinct(key)).where(which.toPredicate(root, query, cb));
			return entityManager.createQuery(query).getSingleResult();
		}
		if (figure.sumOf() == null) {
			return ledger.records().count(which);
		}
		var query = cb.createQuery(Long.class);
		var root = query.from(ledger.entity());
		query.select(cb.coalesce(cb.sumAsLong(root.get(figure.sumOf())), 0L))
			.where(which.toPredicate(root, query, cb));
		return entityManager.createQuery(query).getSingleResult();
	}

	private <T extends LedgerEntry> long records(Ledger<T> ledger, Specification<T> which) {
		return ledger.records().count(which);
	}

	/**
	 * A figure of a ledger per community: its value for the tenant's year and, per community id, the value of that
	 * community's records ({@code null}: records of the office itself, of no community). A person recorded in two
	 * communities is counted in each. Figures over a person's year (a minimum of hours) are not split.
	 */
	public record ByCommunity(String code, String unit, long total, Map<Long, Long> values) {
	}

	/** The ledger's figures per community, for those who read the figures ({@link #readableBy}); none for others. */
	public <T extends LedgerEntry> List<ByCommunity> byCommunity(FazhiUser user, Ledger<T> ledger, int year) {
		if (!readableBy(user)) {
			return List.of();
		}
		List<ByCommunity> split = new ArrayList<>();
		for (var figure : ledger.figures()) {
			if (figure.atLeast() != null) {
				continue;
			}
			var which = counted(ledger, figure, user.tenantId(), year);
			var parts = grouped(ledger, figure, which);
			// a count or a sum is the sum of its parts; distinct persons are counted once over the tenant
			long total = figure.distinctOf().isEmpty() ? parts.values().stream().mapToLong(Long::longValue).sum()
					: value(ledger, figure, which);
			split.add(new ByCommunity(figure.code(), figure.unit(), total, parts));
		}
		return split;
	}

	private <T extends LedgerEntry> Map<Long, Long> grouped(Ledger<T> ledger, Ledger.FigureDef<T> figure,
			Specification<T> which) {
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(Object[].class);
		var root = query.from(ledger.entity());
		jakarta.persistence.criteria.Expression<Long> community = root.get("communityId");
		jakarta.persistence.criteria.Expression<Long> value;
		if (!figure.distinctOf().isEmpty()) {
			List<String> fields = figure.distinctOf();
			value = cb.countDistinct(fields.size() > 1 ? key(cb, root, fields) : root.get(fields.get(0)));
		}
		else if (figure.sumOf() == null) {
			value = cb.count(root);
		}
		else {
			value = cb.coalesce(cb.sumAsLong(root.get(figure.sumOf())), 0L);
		}
		query.multiselect(community, value).where(which.toPredicate(root, query, cb)).groupBy(community);
		Map<Long, Long> values = new LinkedHashMap<>();
		for (Object[] row : entityManager.createQuery(query).getResultList()) {
			values.put((Long) row[0], ((Number) row[1]).longValue());
		}
		return values;
	}

	@Override
	public List<Figure> figures(Actor user, int year) {
		if (!(user instanceof FazhiUser staff) || !readableBy(staff)) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		for (Ledger<?> ledger : ledgers) {
			add(ledger, user.tenantId(), year, figures);
		}
		return figures;
	}

	private <T extends LedgerEntry> void add(Ledger<T> ledger, long tenantId, int year, List<Figure> figures) {
		for (var figure : ledger.figures()) {
			var which = counted(ledger, figure, tenantId, year);
			long value = value(ledger, figure, which);
			long counted = figure.sumOf() == null && figure.distinctOf().isEmpty() ? value : records(ledger, which);
			figures.add(new Figure("ledger", figure.code(), "figure." + figure.code(),
					"figure." + figure.code() + ".definition", figure.unit(), value,
					ledger.path() + "?figure=" + figure.code() + "&figureYear=" + year, counted));
		}
	}
}
