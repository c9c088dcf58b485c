package org.fazhi.ledger.internal.sheets;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every ledger as JSON ({@code /api/v1/ledgers/KIND}): the list (paged, filtered and scoped like the page), one
 * record, entering one (the form's fields as parameters), an import of the template's sheet and the export, with the
 * same guards. A record's values are its columns' raw values: codes of choices, ids of accounts.
 */
@RestController
@RequestMapping("/api/v1/ledgers")
@PreAuthorize("isAuthenticated()")
class LedgerApi {

	record EntryView(long id, LocalDate occurredOn, Long communityId, long departmentId, long createdBy, int version,
			Map<String, Object> values) {
	}

	record EntryPage(List<EntryView> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record Imported(int rows, int problemCount, List<ProblemView> problems) {
	}

	record ProblemView(int row, String column, String message) {
	}

	private final LedgerPages pages;
	private final LedgerWork work;
	private final org.springframework.context.MessageSource messages;

	LedgerApi(LedgerPages pages, LedgerWork work, org.springframework.context.MessageSource messages) {
		this.pages = pages;
		this.work = work;
		this.messages = messages;
	}

	static <T extends LedgerEntry> EntryView view(Ledger<T> ledger, T entry) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (var column : ledger.columns()) {
			Object value = column.value().apply(entry);
			if (value instanceof Enum<?> constant) {
				value = constant.name();
			}
			else if (value instanceof List<?> list) {
				value = list.stream().map(v -> v instanceof Enum<?> e ? e.name() : v).toList();
			}
			values.put(column.name(), value);
		}
		return new EntryView(entry.getId(), entry.getOccurredOn(), entry.getCommunityId(), entry.getDepartmentId(),
				entry.getCreatedBy(), entry.getVersion(), values);
	}

	@GetMapping("/{kind}")
	EntryPage list(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String departmentId, @RequestParam(required = false) String filterKind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		return list(user, pages.ledger(user, kind), LedgerPages.filter(year, communityId, departmentId, filterKind),
				page, size, exact);
	}

	private <T extends LedgerEntry> EntryPage list(FazhiUser user, Ledger<T> ledger, LedgerWork.Filter filter,
			int page, int size, boolean exact) {
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("occurredOn", "id").descending(),
				p -> work.page(user, ledger, filter, null, p, exact));
		return new EntryPage(result.getContent().stream().map(e -> view(ledger, e)).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{kind}/{id:\\d+}")
	EntryView get(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id) {
		return get(user, pages.ledger(user, kind), id);
	}

	private <T extends LedgerEntry> EntryView get(FazhiUser user, Ledger<T> ledger, long id) {
		return view(ledger, work.get(user, ledger, id));
	}

	/** Enters one record: {@code occurredOn} (YYYY-MM-DD), {@code communityId}, and the ledger's columns by name. */
	@PostMapping("/{kind}")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView enter(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam MultiValueMap<String, String> form) {
		Ledger<?> ledger = pages.keeping(user, kind);
		Map<String, String> values = LedgerPages.values(form);
		long id = work.enter(user, ledger, values);
		return get(user, ledger, id);
	}

	/**
	 * Corrects one record: its fields as when entering it, and {@code version}, the version it was read at (a record
	 * corrected since is refused).
	 */
	@PostMapping("/{kind}/{id:\\d+}")
	EntryView correct(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form) {
		Ledger<?> ledger = pages.keeping(user, kind);
		Map<String, String> values = LedgerPages.values(form);
		work.correct(user, ledger, id, values, LedgerPages.version(values.get("version")));
		return get(user, ledger, id);
	}

	/** Imports the template's sheet whole or not at all; the problems by row and column when nothing was written. */
	@PostMapping("/{kind}/import")
	Imported importSheet(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) MultipartFile file, HttpServletResponse response) throws IOException {
		Ledger<?> ledger = pages.keeping(user, kind);
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("file", "import.noFile");
		}
		byte[] bytes;
		try (var in = file.getInputStream()) {
			bytes = in.readNBytes(LedgerWork.MAX_IMPORT_BYTES + 1);
		}
		var result = work.importSheet(user, ledger, bytes);
		if (!result.written()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		var locale = LocaleContextHolder.getLocale();
		return new Imported(result.rows(), result.problemCount(), result.problems().stream()
			.map(p -> new ProblemView(p.row(), messages.getMessage(p.columnKey(), null, locale),
					messages.getMessage(p.messageKey(), resolved(p.arguments(), locale), locale)))
			.toList());
	}

	private Object[] resolved(Object[] arguments, java.util.Locale locale) {
		Object[] out = arguments.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof org.springframework.context.MessageSourceResolvable r) {
				out[i] = messages.getMessage(r, locale);
			}
		}
		return out;
	}

	record Gaps(int year, List<LedgerGaps.Person> missing) {
	}

	/** Who should have a record of the year and has none (the staff without an exam result, the leaders without a report). */
	@GetMapping("/{kind}/gaps")
	Gaps gaps(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year) {
		Ledger<?> ledger = pages.ledger(user, kind);
		Integer y = LedgerPages.filter(year, null, null, null).year();
		int gapYear = y != null ? y : work.today().getYear();
		return new Gaps(gapYear, pages.gaps(user, ledger, gapYear)
			.orElseThrow(() -> new org.fazhi.shared.NotFound("ledger gaps", 0)));
	}

	record Coverage(java.time.LocalDate on, List<LedgerCoverage.Share> communities) {
	}

	/**
	 * How far the ledger's records cover what they should on the day ({@code on}, ISO date; today when not given): the
	 * commitment letters in force per community, with the registered entities without one.
	 */
	@GetMapping("/{kind}/coverage")
	Coverage coverage(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String on) {
		Ledger<?> ledger = pages.ledger(user, kind);
		java.time.LocalDate day;
		if (on == null || on.isBlank()) {
			day = work.today();
		}
		else {
			try {
				day = java.time.LocalDate.parse(on.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new org.fazhi.shared.RuleViolation("on", "ledger.day.format", on);
			}
		}
		return new Coverage(day, pages.coverage(user, ledger, day)
			.orElseThrow(() -> new org.fazhi.shared.NotFound("ledger coverage", 0)));
	}

	record CommunityFigures(int year, List<CommunityFigureView> figures) {
	}

	record CommunityFigureView(String code, String label, String unit, long total,
			List<LedgerPages.CommunityPart> communities) {
	}

	/**
	 * The ledger's figures of the year split by community ({@code year}; this year when not given), each part with the
	 * list of the records it counts; for those who read the figures, an empty list for others (as {@code /api/v1/figures}).
	 */
	@GetMapping("/{kind}/figures/communities")
	CommunityFigures communityFigures(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year, java.util.Locale locale) {
		Ledger<?> ledger = pages.ledger(user, kind);
		Long y = org.fazhi.shared.Input.number("year", year);
		if (y != null && (y < 2000 || y > 2100)) {
			throw new org.fazhi.shared.RuleViolation("year", "ledger.year.range", year);
		}
		int shown = y == null ? work.today().getYear() : y.intValue();
		return new CommunityFigures(shown, pages.communityFigures(user, ledger, shown).stream()
			.map(f -> new CommunityFigureView(f.code(), messages.getMessage(f.labelKey(), null, f.code(), locale),
					f.unit(), f.total(), f.communities()))
			.toList());
	}

	@GetMapping("/{kind}/export")
	void export(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String departmentId, @RequestParam(required = false) String filterKind,
			HttpServletResponse response) throws IOException {
		pages.export(user, kind, year, communityId, departmentId, filterKind, response);
	}
}
