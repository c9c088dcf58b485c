package org.fazhi.ledger.internal.sheets;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.RecordOwnership;
import org.fazhi.organisation.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * One ledger (台账) as the engine needs it, declared by its feature package: the address segment of its pages
 * ({@code /ledgers/KIND}), its record kind and table, its typed columns, the column its lists filter by kind, who
 * enters it, and its figures. Everything else (form, list, import with template, export, detail with attachments,
 * figures and drill-down) is {@link LedgerWork}'s and the pages' alike for every ledger.
 *
 * @param kind the address segment and message-key part, e.g. {@code consultations}
 * @param ownership the record kind as the scope mechanism knows it
 * @param table the SQL table records are written to
 * @param records the repository records are read with
 * @param columns the typed fields after the day and the community, in the order of form, list, template and export
 * @param kindColumn the name of the choice column a list filters by
 * @param communityRequired whether every record names a community
 * @param writers the roles that enter records (a community worker only for their own community)
 * @param figures the ledger's figures
 * @param order the position of its entry in the navigation
 * @param alsoReaders roles that read the ledger besides its keepers, the leaders, the administrator and the auditor
 *        (the owners of meeting decisions read those assigned to them, as the data scope allows)
 * @param concernsCommunity whether its records may concern a community: if not, its pages offer no community field,
 *        column or filter (a study session, an exam result, a leader's report concern the office as a whole)
 */
public record Ledger<T extends LedgerEntry>(String kind, RecordOwnership ownership, String table,
		JpaSpecificationExecutor<T> records, List<Column<T>> columns, String kindColumn, boolean communityRequired,
		Set<Role> writers, List<FigureDef<T>> figures, int order, Set<Role> alsoReaders, boolean concernsCommunity) {

	public Ledger(String kind, RecordOwnership ownership, String table, JpaSpecificationExecutor<T> records,
			List<Column<T>> columns, String kindColumn, boolean communityRequired, Set<Role> writers,
			List<FigureDef<T>> figures, int order) {
		this(kind, ownership, table, records, columns, kindColumn, communityRequired, writers, figures, order, Set.of(),
				true);
	}

	public Ledger(String kind, RecordOwnership ownership, String table, JpaSpecificationExecutor<T> records,
			List<Column<T>> columns, String kindColumn, boolean communityRequired, Set<Role> writers,
			List<FigureDef<T>> figures, int order, Set<Role> alsoReaders) {
		this(kind, ownership, table, records, columns, kindColumn, communityRequired, writers, figures, order,
				alsoReaders, true);
	}

	/** The same ledger, its records concerning the office as a whole, never a community. */
	public Ledger<T> officeWide() {
		return new Ledger<>(kind, ownership, table, records, columns, kindColumn, false, writers, figures, order,
				alsoReaders, false);
	}

	/**
	 * A figure of the ledger: its code, a count of the year's records (or the sum of a number column over them) that
	 * the optional filter selects. The drill-down lists exactly those records.
	 */
	public record FigureDef<T>(String code, String unit, String sumOf, List<String> distinctOf,
			Specification<T> filter, Integer atLeast) {

		public FigureDef(String code, String unit, String sumOf, List<String> distinctOf, Specification<T> filter) {
			this(code, unit, sumOf, distinctOf, filter, null);
		}

		public static <T> FigureDef<T> count(String code, Specification<T> filter) {
			return new FigureDef<>(code, "COUNT", null, List.of(), filter);
		}

		public static <T> FigureDef<T> sum(String code, String unit, String column, Specification<T> filter) {
			return new FigureDef<>(code, unit, column, List.of(), filter);
		}

		/**
		 * How many different persons (the given fields together) reach at least {@code atLeast} of a number column
		 * summed over their records of the year: the enforcement officers whose training hours meet the yearly
		 * requirement. The drill-down lists those persons' records.
		 */
		public static <T> FigureDef<T> reaching(String code, String unit, List<String> fields, String column,
				int atLeast, Specification<T> filter) {
			return new FigureDef<>(code, unit, column, List.copyOf(fields), filter, atLeast);
		}

		/**
		 * How many different values the given fields take together over the year's records: distinct persons of a
		 * roster (name and unit), distinct communities that signed.
		 */
		public static <T> FigureDef<T> distinct(String code, String unit, List<String> fields,
				Specification<T> filter) {
			return new FigureDef<>(code, unit, null, List.copyOf(fields), filter);
		}
	}

	public String recordType() {
		return ownership.recordType();
	}

	@SuppressWarnings("unchecked")
	public Class<T> entity() {
		return (Class<T>) ownership.entity();
	}

	public String titleKey() {
		return "ledger." + kind + ".title";
	}

	public String path() {
		return "/ledgers/" + kind;
	}

	/** Who reads the ledger's pages: those who keep it, the leaders, the administrator and the auditor. */
	public Set<Role> readers() {
		var readers = new java.util.HashSet<>(writers);
		readers.addAll(Set.of(Role.ADMIN, Role.LEADER, Role.AUDITOR));
		readers.addAll(alsoReaders);
		return readers;
	}

	public boolean mayRead(FazhiUser user) {
		return readers().stream().anyMatch(user::hasRole);
	}

	/** The ledger's entry in the navigation, under the ledgers' heading, for those who read it. */
	public org.fazhi.shared.NavigationEntry navigation() {
		return new org.fazhi.shared.NavigationEntry(order, "ledgers", titleKey(), path(),
				readers().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()));
	}

	public boolean mayWrite(FazhiUser user) {
		return writers.stream().anyMatch(user::hasRole);
	}

	public Optional<Column<T>> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	public Column<T> filterColumn() {
		return column(kindColumn).orElseThrow();
	}

	public Optional<FigureDef<T>> figure(String code) {
		return figures.stream().filter(f -> f.code().equals(code)).findFirst();
	}
}
