package org.fazhi.ledger.internal.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.BoundedSheets;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.SheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases every ledger shares, driven by its {@link Ledger} declaration: a record entered by form, a sheet
 * imported whole or not at all, a page of the list in the user's scope, a record's detail, the export of a filtered
 * list, and the import template. A record of a form and the rows of an import pass the same checks, one column at a
 * time; an import is read twice as a stream (checked, then written in batches in one transaction with its audit
 * entry), so its memory does not grow with its rows.
 */
@Service
public class LedgerWork {

	/** The most rows and bytes one import reads. */
	public static final int MAX_IMPORT_ROWS = 200_000;
	public static final int MAX_IMPORT_BYTES = 64 * 1024 * 1024;
	/** How many problems of an import are listed (all are counted). */
	public static final int PROBLEMS_SHOWN = 100;

	private static final int BATCH = 1000;
	/** The account a name stands for when two staff members bear it. */
	private static final long AMBIGUOUS = -1L;
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；/]");
	// strict: 2026-02-30 is no day, not the last of February
	private static final List<DateTimeFormatter> DAY_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuu-M-d"), strict("uuuu年M月d日"), strict("M/d/uu"));

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
	}

	/** A filter of a ledger's list; each part empty for no filter. */
	public record Filter(Integer year, Long communityId, Long departmentId, String kind) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}
	}

	/** One problem of an import: the sheet's row (as Excel numbers it), the column's label key, the message. */
	public record Problem(int row, String columnKey, String messageKey, Object[] arguments) {
	}

	/** What an import did: the rows written (0 when it had problems), the problems listed and how many there were. */
	public record ImportResult(int rows, List<Problem> problems, int problemCount, String importId) {

		public boolean written() {
			return problemCount == 0;
		}
	}

	private final JdbcTemplate jdbc;
	private final EntityManager entityManager;
	private final OrganisationDirectory directory;
	private final AuditTrail trail;
	private final Deadlines deadlines;
	private final MessageSource messages;
	private final TransactionTemplate transaction;
	private final Map<String, LedgerCheck> checks = new HashMap<>();
	private final Map<String, LedgerFollowUp> followUps = new HashMap<>();

	LedgerWork(JdbcTemplate jdbc, EntityManager entityManager, OrganisationDirectory directory, AuditTrail trail,
			Deadlines deadlines, MessageSource messages, PlatformTransactionManager transactions,
			List<LedgerCheck> checks, List<LedgerFollowUp> followUps) {
		checks.forEach(c -> this.checks.put(c.kind(), c));
		followUps.forEach(f -> this.followUps.put(f.kind(), f));
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.directory = directory;
		this.trail = trail;
		this.deadlines = deadlines;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	public LocalDate today() {
		return deadlines.today();
	}

	// ---------------------------------------------------------------- reading

	/** The records of the ledger the user reads, with the filter's parts. */
	public <T extends LedgerEntry> Specification<T> readable(FazhiUser user, Ledger<T> ledger, Filter filter) {
		Specification<T> readable = DataScopes.readable(user, ledger.ownership());
		if (filter.year() != null) {
			int y = filter.year();
			readable = readable.and((root, query, cb) -> cb.and(
					cb.greaterThanOrEqualTo(root.get("occurredOn"), LocalDate.of(y, 1, 1)),
					cb.lessThan(root.get("occurredOn"), LocalDate.of(y + 1, 1, 1))));
		}
		if (filter.communityId() != null) {
			readable = readable.and((root, query, cb) -> cb.equal(root.get("communityId"), filter.communityId()));
		}
		if (filter.departmentId() != null) {
			readable = readable.and((root, query, cb) -> cb.equal(root.get("departmentId"), filter.departmentId()));
		}
		Column<T> kind = ledger.filterColumn();
		if (filter.kind() != null) {
			Enum<?> constant = kind.options().stream().filter(o -> o.name().equals(filter.kind())).findFirst()
				.orElseThrow(() -> new RuleViolation("kind", "form.value.unknown", "kind"));
			readable = readable.and((root, query, cb) -> cb.equal(root.get(kind.name()), constant));
		}
		return readable;
	}

	@Transactional(readOnly = true)
	public <T extends LedgerEntry> CappedPage<T> page(FazhiUser user, Ledger<T> ledger, Filter filter,
			Specification<T> figure, Pageable page, boolean exact) {
		Specification<T> records = readable(user, ledger, filter);
		if (figure != null) {
			records = records.and(figure);
		}
		return CappedPage.read(ledger.records(), entityManager, ledger.entity(), records, page, exact);
	}

	@Transactional(readOnly = true)
	public <T extends LedgerEntry> T get(FazhiUser user, Ledger<T> ledger, long id) {
		return ledger.records().findOne(DataScopes.<T>readable(user, ledger.ownership(), id))
			.orElseThrow(() -> new NotFound(ledger.kind(), id));
	}

	// ---------------------------------------------------------------- one record

	/**
	 * Enters one record from a form (field names as the columns', plus {@code occurredOn} and {@code communityId});
	 * refused with the first problem, nothing written.
	 */
	@Transactional
	public <T extends LedgerEntry> long enter(FazhiUser user, Ledger<T> ledger, Map<String, String> form) {
		mayWrite(user, ledger);
		Object[] row = formRow(user, ledger, form, null);
		var keys = new GeneratedKeyHolder();
		String sql = insert(ledger);
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
			return statement;
		}, keys);
		long id = keys.getKeyAs(Number.class).longValue();
		audit(user, AuditAction.CREATE, ledger.recordType(), id, AuditOutcome.SUCCESS,
				ledger.kind() + " " + row[3]);
		var followUp = followUps.get(ledger.kind());
		if (followUp != null) {
			followUp.written(user, List.of(id));
		}
		return id;
	}

	/** A record's values as its form holds them: codes of choices, ids of accounts and the community, ISO days. */
	public static <T extends LedgerEntry> Map<String, String> formOf(Ledger<T> ledger, T entry) {
		Map<String, String> form = new HashMap<>();
		form.put("occurredOn", entry.getOccurredOn().toString());
		form.put("communityId", entry.getCommunityId() == null ? "" : String.valueOf(entry.getCommunityId()));
		for (var column : ledger.columns()) {
			String code = column.code(entry);
			form.put(column.name(), code == null ? "" : code);
		}
		return form;
	}

	/** Whether records of the ledger may be corrected: not those whose writing registered something else. */
	public boolean correctable(Ledger<?> ledger) {
		return !followUps.containsKey(ledger.kind());
	}

	/**
	 * Corrects a record (更正): the form's fields checked as when it was entered (its own record excluded from the
	 * checks that look for a repeated one), written over it if nobody corrected it since {@code version}; the audit
	 * entry names the fields changed, their old and new values. Refused with the first problem, nothing written.
	 */
	@Transactional
	public <T extends LedgerEntry> void correct(FazhiUser user, Ledger<T> ledger, long id, Map<String, String> form,
			Integer version) {
		mayWrite(user, ledger);
		if (!correctable(ledger)) {
			throw new RuleViolation("id", "ledger.correct.notCorrectable");
		}
		T entry = get(user, ledger, id);
		if (version == null || version != entry.getVersion()) {
			throw new RuleViolation("version", "ledger.correct.stale");
		}
		Object[] row = formRow(user, ledger, form, id);
		// a community worker's record stays in their community (the checks above); the department and the recorder
		// stay the record's
		List<String> sets = new ArrayList<>(List.of("community_id = ?", "occurred_on = ?"));
		List<Object> arguments = new ArrayList<>(java.util.Arrays.asList(row[2], row[3]));
		List<String> changed = new ArrayList<>();
		if (!java.util.Objects.equals(entry.getOccurredOn(), row[3])) {
			changed.add("occurredOn " + entry.getOccurredOn() + " -> " + row[3]);
		}
		if (!java.util.Objects.equals(entry.getCommunityId(), arguments.get(0))) {
			changed.add("community " + entry.getCommunityId() + " -> " + arguments.get(0));
		}
		int i = 8;
		for (var column : ledger.columns()) {
			sets.add(column.sql() + " = ?");
			Object now = row[i++];
			arguments.add(now);
			String was = column.code(entry);
			String nowText = now == null ? null : String.valueOf(now);
			if (!java.util.Objects.equals(was, nowText)) {
				changed.add(column.name() + " " + was + " -> " + nowText);
			}
		}
		arguments.addAll(List.of(id, user.tenantId(), version));
		int updated = jdbc.update("update " + ledger.table() + " set " + String.join(", ", sets)
				+ ", version = version + 1 where id = ? and tenant_id = ? and version = ?", arguments.toArray());
		if (updated != 1) {
			throw new RuleViolation("version", "ledger.correct.stale");
		}
		entityManager.detach(entry);
		audit(user, AuditAction.UPDATE, ledger.recordType(), id, AuditOutcome.SUCCESS,
				changed.isEmpty() ? "correct: nothing changed" : "correct: " + String.join("; ", changed));
	}

	/** A form's record checked column by column (the record corrected, if any, left out of the repeat checks). */
	private Object[] formRow(FazhiUser user, Ledger<?> ledger, Map<String, String> form, Long correcting) {
		var context = new Context(user, ledger, false);
		context.correcting = correcting;
		List<Problem> problems = new ArrayList<>();
		Object[] row = context.parse(1, form::get, problems::add);
		if (!problems.isEmpty()) {
			Problem first = problems.get(0);
			String field = first.columnKey().substring("ledger.field.".length());
			throw new RuleViolation(field, first.messageKey(), first.arguments());
		}
		return row;
	}

	/** The entry of the user's own action: the demo and imports run outside a signed-in request too. */
	private void audit(FazhiUser user, AuditAction action, String recordType, Object recordId, AuditOutcome outcome,
			String detail) {
		trail.record(user.tenantId(), user.accountId(), user.getUsername(), action, recordType, recordId, outcome,
				detail);
	}

	private static void mayWrite(FazhiUser user, Ledger<?> ledger) {
		if (!ledger.mayWrite(user)) {
			throw new AccessDeniedException("the role does not keep the ledger " + ledger.kind());
		}
	}

	private static String insert(Ledger<?> ledger) {
		List<String> names = new ArrayList<>(List.of("tenant_id", "department_id", "community_id", "occurred_on",
				"import_id", "created_by", "created_at", "version"));
		ledger.columns().forEach(c -> names.add(c.sql()));
		return "insert into " + ledger.table() + " (" + String.join(", ", names) + ") values ("
				+ names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
	}

	// ---------------------------------------------------------------- import

	/**
	 * Imports a sheet of the ledger's template (headers in Chinese or English, in any order): every row is checked
	 * first; one problem anywhere and nothing is written, each problem named by row and column; otherwise every row
	 * is written in one transaction, with one audit entry naming the import.
	 */
	public <T extends LedgerEntry> ImportResult importSheet(FazhiUser user, Ledger<T> ledger, byte[] bytes) {
		mayWrite(user, ledger);
		if (bytes.length > MAX_IMPORT_BYTES) {
			throw new RuleViolation("file", "import.tooLarge", MAX_IMPORT_BYTES / 1024 / 1024);
		}
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
			throw new RuleViolation("file", "ledger.import.unreadable");
		}
		try {
			return importChecked(user, ledger, bytes);
		}
		catch (RuleViolation refused) {
			// a ledger takes its template's .xlsx only, not the CSV other imports take
			if (refused.messageKey().equals("import.unreadable")) {
				throw new RuleViolation("file", "ledger.import.unreadable");
			}
			throw refused;
		}
	}

	private <T extends LedgerEntry> ImportResult importChecked(FazhiUser user, Ledger<T> ledger, byte[] bytes) {
		return BoundedSheets.oneAtATime(user.tenantId(), () -> {
			var context = new Context(user, ledger, true);
			List<Problem> problems = new ArrayList<>();
			int[] count = { 0, 0 };
			read(context, bytes, (number, row) -> count[0]++, problem -> {
				if (problems.size() < PROBLEMS_SHOWN) {
					problems.add(problem);
				}
				count[1]++;
			});
			if (count[1] > 0) {
				return new ImportResult(0, problems, count[1], null);
			}
			if (count[0] == 0) {
				throw new RuleViolation("file", "ledger.import.empty");
			}
			String importId = UUID.randomUUID().toString();
			String sql = insert(ledger);
			transaction.executeWithoutResult(status -> {
				List<Object[]> batch = new ArrayList<>(BATCH);
				var writing = new Context(user, ledger, true);
				writing.importId = importId;
				read(writing, bytes, (number, row) -> {
					batch.add(row);
					if (batch.size() == BATCH) {
						jdbc.batchUpdate(sql, batch);
						batch.clear();
					}
				}, problem -> {
					throw new IllegalStateException("a checked row changed between the two readings");
				});
				if (!batch.isEmpty()) {
					jdbc.batchUpdate(sql, batch);
				}
				var followUp = followUps.get(ledger.kind());
				if (followUp != null) {
					followUp.written(user, jdbc.queryForList("select id from " + ledger.table()
							+ " where tenant_id = ? and import_id = ? order by id", Long.class, user.tenantId(), importId));
				}
				audit(user, AuditAction.CREATE, ledger.recordType(), importId, AuditOutcome.SUCCESS,
						"import " + count[0] + " rows");
			});
			return new ImportResult(count[0], List.of(), 0, importId);
		});
	}

	private interface Rows {

		void row(int number, Object[] values);
	}

	private <T extends LedgerEntry> void read(Context context, byte[] bytes, Rows rows,
			java.util.function.Consumer<Problem> problems) {
		Map<String, Integer> position = new HashMap<>();
		boolean[] header = { true };
		BoundedSheets.eachRow(bytes, MAX_IMPORT_ROWS + 1, (long) (MAX_IMPORT_ROWS + 1) * 40, (number, cells) -> {
			if (header[0]) {
				header[0] = false;
				position.putAll(context.headers(cells));
				return;
			}
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			Function<String, String> cell = field -> {
				Integer at = position.get(field);
				return at == null || at >= cells.size() ? null : cells.get(at);
			};
			List<Problem> found = new ArrayList<>();
			Object[] values = context.parse(number + 1, cell, found::add);
			if (found.isEmpty()) {
				rows.row(number + 1, values);
			}
			else {
				found.forEach(problems);
			}
		});
		if (header[0]) {
			throw new RuleViolation("file", "ledger.import.empty");
		}
	}

	/** The import template: the header row in the user's language, and a sheet that explains every column. */
	public <T extends LedgerEntry> byte[] template(Ledger<T> ledger, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(label(ledger.titleKey(), locale));
			var header = sheet.createRow(0);
			List<String> fields = fields(ledger);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			for (int i = 0; i < fields.size(); i++) {
				header.createCell(i).setCellValue(label("ledger.field." + fields.get(i), locale));
				sheet.setColumnWidth(i, 18 * 256);
				sheet.setDefaultColumnStyle(i, text);
			}
			var help = workbook.createSheet(label("ledger.template.help", locale));
			int r = 0;
			var top = help.createRow(r++);
			top.createCell(0).setCellValue(label("ledger.template.column", locale));
			top.createCell(1).setCellValue(label("ledger.template.required", locale));
			top.createCell(2).setCellValue(label("ledger.template.values", locale));
			for (String field : fields) {
				var row = help.createRow(r++);
				row.createCell(0).setCellValue(label("ledger.field." + field, locale));
				var column = ledger.column(field);
				boolean required = column.map(Column::required)
					.orElse("occurredOn".equals(field) || ledger.communityRequired());
				row.createCell(1).setCellValue(label(required ? "common.yes" : "common.no", locale));
				row.createCell(2).setCellValue(column.map(c -> explain(c, locale))
					.orElse(label("ledger.template." + field, locale)));
			}
			help.setColumnWidth(0, 20 * 256);
			help.setColumnWidth(2, 80 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String explain(Column<?> column, Locale locale) {
		return switch (column.type()) {
			case TEXT -> label("ledger.template.text", locale, column.max());
			case NUMBER -> label("ledger.template.number", locale, column.min(), column.max());
			case CHOICE -> label("ledger.template.choice", locale, column.options().stream()
				.map(o -> label(Column.choiceKey(o), locale)).collect(Collectors.joining(" / ")));
			case CHOICES -> label("ledger.template.choices", locale, column.options().stream()
				.map(o -> label(Column.choiceKey(o), locale)).collect(Collectors.joining(" / ")));
			case ACCOUNT -> label("ledger.template.account", locale, label(column.accountKey(), locale));
		};
	}

	/**
	 * A sheet in the template's shape (Chinese headers) holding the given rows, each a map of field name to the text
	 * of its cell: the demo and the tests fill the ledgers through the same import a person uses.
	 */
	public static byte[] sheet(Ledger<?> ledger, MessageSource messages, List<Map<String, String>> rows) {
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(500);
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("sheet");
			List<String> fields = fields(ledger);
			var header = sheet.createRow(0);
			for (int i = 0; i < fields.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage("ledger.field." + fields.get(i), null,
						Locale.SIMPLIFIED_CHINESE));
			}
			int r = 1;
			for (var values : rows) {
				var row = sheet.createRow(r++);
				for (int i = 0; i < fields.size(); i++) {
					String value = values.get(fields.get(i));
					if (value != null) {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fields of the ledger in the order of form, template and export: the day, the community, the columns. */
	public static List<String> fields(Ledger<?> ledger) {
		List<String> fields = new ArrayList<>(List.of("occurredOn"));
		if (ledger.concernsCommunity()) {
			fields.add("community");
		}
		ledger.columns().forEach(c -> fields.add(c.name()));
		return fields;
	}

	// ---------------------------------------------------------------- export

	/** The records of the filtered list the user reads, every column as shown, streamed; the export is audited. */
	@Transactional
	public <T extends LedgerEntry> long export(FazhiUser user, Ledger<T> ledger, Filter filter, Locale locale,
			OutputStream out) {
		var cells = cells(user, locale);
		var cb = entityManager.getCriteriaBuilder();
		var query = cb.createQuery(ledger.entity());
		var root = query.from(ledger.entity());
		var where = readable(user, ledger, filter).toPredicate(root, query, cb);
		query.select(root).where(where).orderBy(cb.asc(root.get("occurredOn")), cb.asc(root.get("id")));
		List<String> headers = new ArrayList<>(List.of(label("ledger.field.id", locale)));
		fields(ledger).forEach(f -> headers.add(label("ledger.field." + f, locale)));
		long rows = 0;
		try (var sheet = new SheetWriter(label(ledger.titleKey(), locale), headers.toArray(String[]::new));
				var stream = entityManager.createQuery(query).setHint("org.hibernate.fetchSize", 500)
					.getResultStream()) {
			for (var it = stream.iterator(); it.hasNext();) {
				T entry = it.next();
				List<Object> row = new ArrayList<>();
				row.add(entry.getId());
				row.add(entry.getOccurredOn());
				if (ledger.concernsCommunity()) {
					row.add(cells.community(entry));
				}
				for (var column : ledger.columns()) {
					Object value = column.value().apply(entry);
					row.add(value instanceof Number ? value : cells.show(column, entry));
				}
				sheet.row(row.toArray());
				if (++rows % 500 == 0) {
					entityManager.clear();
				}
			}
			sheet.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(user, AuditAction.EXPORT, ledger.recordType(), null, AuditOutcome.SUCCESS,
				ledger.kind() + " " + rows + " rows");
		return rows;
	}

	// ---------------------------------------------------------------- showing

	/** How a user's page shows the values of records: names of communities, departments and accounts, choices. */
	public Cells cells(FazhiUser user, Locale locale) {
		Map<Long, String> communities = new HashMap<>();
		directory.activeCommunities(user.tenantId()).forEach(c -> communities.put(c.id(), c.name()));
		Map<Long, String> people = new HashMap<>();
		Map<Long, String> departments = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> {
			people.put(s.accountId(), s.fullName());
			departments.put(s.departmentId(), s.departmentName());
		});
		return new Cells(communities, departments, people, locale);
	}

	/** The values of records as a page and an export show them. */
	public final class Cells {

		private final Map<Long, String> communities;
		private final Map<Long, String> departments;
		private final Map<Long, String> people;
		private final Locale locale;

		Cells(Map<Long, String> communities, Map<Long, String> departments, Map<Long, String> people,
				Locale locale) {
			this.communities = communities;
			this.departments = departments;
			this.people = people;
			this.locale = locale;
		}

		public String community(LedgerEntry entry) {
			return entry.getCommunityId() == null ? "" : communities.getOrDefault(entry.getCommunityId(), "");
		}

		public String department(LedgerEntry entry) {
			return departments.getOrDefault(entry.getDepartmentId(), "");
		}

		public String person(Long accountId) {
			return accountId == null ? "" : people.getOrDefault(accountId, "");
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		public String show(Column column, LedgerEntry entry) {
			Object value = column.value().apply(entry);
			if (value == null) {
				return "";
			}
			return switch (column.type()) {
				case TEXT, NUMBER -> value.toString();
				case CHOICE -> label(Column.choiceKey((Enum<?>) value), locale);
				case CHOICES -> ((List<Enum<?>>) value).stream().map(c -> label(Column.choiceKey(c), locale))
					.collect(Collectors.joining("、"));
				case ACCOUNT -> person((Long) value);
			};
		}

		public Map<Long, String> communityNames() {
			return communities;
		}

		public Map<Long, String> departmentNames() {
			return departments;
		}
	}

	private String label(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	// ---------------------------------------------------------------- checking

	/** What the checks of one user's records need, read once per form or import. */
	private final class Context {

		private final FazhiUser user;
		private final Ledger<?> ledger;
		private final boolean byName;
		private final LocalDate today = today();
		private final Map<String, Long> communities = new HashMap<>();
		private final Map<String, Map<String, Long>> accounts = new HashMap<>();
		private final Map<String, Map<String, Enum<?>>> choices = new HashMap<>();
		private final Long ownCommunity;
		private String importId;
		/** The record being corrected, which the checks for a repeated record leave out. */
		private Long correcting;
		/** What the ledger's check noted of the earlier rows of this reading. */
		private final java.util.Set<Object> seen = new java.util.HashSet<>();

		Context(FazhiUser user, Ledger<?> ledger, boolean byName) {
			this.user = user;
			this.ledger = ledger;
			this.byName = byName;
			directory.activeCommunities(user.tenantId()).forEach(c -> {
				communities.put(byName ? c.name() : String.valueOf(c.id()), c.id());
			});
			this.ownCommunity = user.scope() == DataScope.COMMUNITY ? user.communityId() : null;
			for (var column : ledger.columns()) {
				if (column.choices() != null) {
					Map<String, Enum<?>> byText = new HashMap<>();
					for (Enum<?> option : column.options()) {
						byText.put(option.name().toLowerCase(Locale.ROOT), option);
						byText.put(label(Column.choiceKey(option), Locale.SIMPLIFIED_CHINESE).toLowerCase(Locale.ROOT),
								option);
						byText.put(label(Column.choiceKey(option), Locale.ENGLISH).toLowerCase(Locale.ROOT), option);
					}
					choices.put(column.name(), byText);
				}
			}
		}

		/** The position of each field in a sheet's header row, by its Chinese or English label. */
		Map<String, Integer> headers(List<String> cells) {
			Map<String, Integer> position = new LinkedHashMap<>();
			for (String field : fields(ledger)) {
				String zh = label("ledger.field." + field, Locale.SIMPLIFIED_CHINESE);
				String en = label("ledger.field." + field, Locale.ENGLISH);
				for (int i = 0; i < cells.size(); i++) {
					String title = cells.get(i).strip();
					if (title.equals(zh) || title.equalsIgnoreCase(en)) {
						position.put(field, i);
					}
				}
				boolean required = ledger.column(field).map(Column::required)
					.orElse("occurredOn".equals(field) || ledger.communityRequired());
				if (required && !position.containsKey(field)) {
					throw new RuleViolation("file", "ledger.import.column", zh);
				}
			}
			return position;
		}

		/** One record's values in the order of the insert; its problems reported, the values then unusable. */
		Object[] parse(int row, Function<String, String> cell, java.util.function.Consumer<Problem> problems) {
			List<Object> values = new ArrayList<>();
			values.add(user.tenantId());
			values.add(user.departmentId());
			values.add(community(row, Input.trim(cell.apply(byName ? "community" : "communityId")), problems));
			values.add(day(row, Input.trim(cell.apply("occurredOn")), problems));
			values.add(importId);
			values.add(user.accountId());
			values.add(OffsetDateTime.now(ZoneOffset.UTC));
			values.add(0);
			Map<String, Object> byName = new HashMap<>();
			boolean[] wrong = { false };
			java.util.function.Consumer<Problem> noted = p -> {
				wrong[0] = true;
				problems.accept(p);
			};
			for (var column : ledger.columns()) {
				Object value = value(row, column, Input.trim(cell.apply(column.name())), noted);
				values.add(value);
				byName.put(column.name(), value);
			}
			byName.put("occurredOn", values.get(3));
			byName.put("id", correcting);
			byName.put("communityId", values.get(2));
			LedgerCheck check = checks.get(ledger.kind());
			if (check != null && !wrong[0] && values.get(3) != null) {
				check.check(user, row, byName, seen, problems);
			}
			return values.toArray();
		}

		private Long community(int row, String text, java.util.function.Consumer<Problem> problems) {
			if (!ledger.concernsCommunity()) {
				return null; // the office's as a whole: a community given is not the record's
			}
			Long id = text == null ? null : communities.get(text);
			if (text != null && id == null) {
				problems.accept(new Problem(row, "ledger.field.community", "ledger.community.unknown",
						new Object[] { text }));
				return null;
			}
			if (ownCommunity != null) {
				if (id != null && !id.equals(ownCommunity)) {
					problems.accept(new Problem(row, "ledger.field.community", "ledger.community.notYours",
							new Object[] { text }));
					return null;
				}
				return ownCommunity;
			}
			if (id == null && ledger.communityRequired()) {
				problems.accept(new Problem(row, "ledger.field.community", "field.required", new Object[0]));
			}
			return id;
		}

		private LocalDate day(int row, String text, java.util.function.Consumer<Problem> problems) {
			if (text == null) {
				problems.accept(new Problem(row, "ledger.field.occurredOn", "field.required", new Object[0]));
				return null;
			}
			LocalDate day = null;
			for (var format : DAY_FORMATS) {
				try {
					day = LocalDate.parse(text, format);
					break;
				}
				catch (DateTimeParseException ex) {
					// the next format
				}
			}
			if (day == null) {
				problems.accept(new Problem(row, "ledger.field.occurredOn", "ledger.day.format", new Object[] { text }));
				return null;
			}
			if (day.isAfter(today) || day.getYear() < 2000) {
				problems.accept(new Problem(row, "ledger.field.occurredOn", "ledger.day.range", new Object[] { text }));
				return null;
			}
			return day;
		}

		private Object value(int row, Column<?> column, String text, java.util.function.Consumer<Problem> problems) {
			String key = column.labelKey();
			if (text == null) {
				if (column.required()) {
					problems.accept(new Problem(row, key, "field.required", new Object[0]));
				}
				return null;
			}
			switch (column.type()) {
				case TEXT -> {
					if (text.length() > column.max()) {
						problems.accept(new Problem(row, key, "ledger.text.tooLong", new Object[] { column.max() }));
						return null;
					}
					return column.capitals() ? text.toUpperCase(Locale.ROOT) : text;
				}
				case NUMBER -> {
					String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
					long number = digits.matches("\\d{1,9}") ? Long.parseLong(digits) : -1;
					if (number < column.min() || number > column.max()) {
						problems.accept(new Problem(row, key, "ledger.number",
								new Object[] { text, column.min(), column.max() }));
						return null;
					}
					return (int) number;
				}
				case CHOICE -> {
					Enum<?> option = choices.get(column.name()).get(text.toLowerCase(Locale.ROOT));
					if (option == null) {
						problems.accept(new Problem(row, key, "ledger.choice.unknown", new Object[] { text }));
						return null;
					}
					return option.name();
				}
				case CHOICES -> {
					List<String> codes = new ArrayList<>();
					for (String part : LIST_SEPARATOR.split(text)) {
						String p = part.strip();
						if (p.isEmpty()) {
							continue;
						}
						Enum<?> option = choices.get(column.name()).get(p.toLowerCase(Locale.ROOT));
						if (option == null) {
							problems.accept(new Problem(row, key, "ledger.choice.unknown", new Object[] { p }));
							return null;
						}
						if (!codes.contains(option.name())) {
							codes.add(option.name());
						}
					}
					if (codes.isEmpty() && column.required()) {
						problems.accept(new Problem(row, key, "field.required", new Object[0]));
						return null;
					}
					String joined = String.join(",", codes);
					if (joined.length() > column.max()) {
						problems.accept(new Problem(row, key, "ledger.text.tooLong", new Object[] { column.max() }));
						return null;
					}
					return joined;
				}
				case ACCOUNT -> {
					Long id = accounts.computeIfAbsent(column.name(), x -> staffOf(column)).get(text);
					if (id != null && id == AMBIGUOUS) {
						problems.accept(new Problem(row, key, "ledger.account.ambiguous", new Object[] { text }));
						return null;
					}
					if (id == null) {
						problems.accept(new Problem(row, key, "ledger.account.unknown",
								new Object[] { text, new org.springframework.context.support.DefaultMessageSourceResolvable(
										column.accountKey()) }));
						return null;
					}
					return id;
				}
				default -> throw new IllegalStateException(column.type().name());
			}
		}

		/** The accounts of the column's role by name (an import) or by id (a form). */
		private Map<String, Long> staffOf(Column<?> column) {
			Map<String, Long> byText = new HashMap<>();
			directory.activeStaff(user.tenantId()).stream().filter(s -> column.accepts(s.role()))
				.forEach(s -> {
					byText.put(String.valueOf(s.accountId()), s.accountId());
					if (byName) {
						// two staff members of one name: the sheet must name the account by its number
						byText.merge(s.fullName(), s.accountId(), (a, b) -> AMBIGUOUS);
					}
				});
			return byText;
		}
	}
}
