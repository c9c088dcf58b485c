package org.fazhi.ledger.internal.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.Refusals;
import org.fazhi.files.Attachments;
import org.fazhi.ledger.internal.figures.LedgerFigureBook;
import org.fazhi.organisation.DataScope;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every ledger shares ({@code /ledgers/KIND}): the list filtered by year, community, department and kind,
 * paged in the database, opened also as a figure's drill-down; the form for one record (re-shown with what was typed
 * when refused); the import from the template with its problems by row and column; the export of the filtered list;
 * a record's detail with its attachments.
 */
@Controller
@RequestMapping("/ledgers")
@PreAuthorize("isAuthenticated()")
class LedgerPages {

	private final Map<String, Ledger<?>> ledgers = new LinkedHashMap<>();
	private final LedgerWork work;
	private final LedgerFigureBook figures;
	private final OrganisationDirectory directory;
	private final Attachments attachments;
	private final Refusals refusals;
	private final Map<String, LedgerGaps> gaps = new HashMap<>();
	private final Map<String, LedgerPanel> panels = new HashMap<>();
	private final Map<String, LedgerCoverage> coverages = new HashMap<>();

	LedgerPages(List<Ledger<?>> ledgers, LedgerWork work, LedgerFigureBook figures, OrganisationDirectory directory,
			Attachments attachments, Refusals refusals, List<LedgerGaps> gaps, List<LedgerPanel> panels,
			List<LedgerCoverage> coverages) {
		coverages.forEach(c -> this.coverages.put(c.kind(), c));
		panels.forEach(p -> this.panels.put(p.kind(), p));
		ledgers.stream().sorted(java.util.Comparator.comparingInt(Ledger::order))
			.forEach(l -> this.ledgers.put(l.kind(), l));
		this.work = work;
		this.figures = figures;
		this.directory = directory;
		this.attachments = attachments;
		this.refusals = refusals;
		gaps.forEach(g -> this.gaps.put(g.kind(), g));
	}

	/** Who has no record of the ledger in the year, for a ledger that knows who should have one. */
	java.util.Optional<List<LedgerGaps.Person>> gaps(FazhiUser user, Ledger<?> ledger, int year) {
		return java.util.Optional.ofNullable(gaps.get(ledger.kind())).map(g -> g.missing(user, year));
	}

	/** How far the ledger's records cover what they should on the day, for a ledger that knows. */
	java.util.Optional<List<LedgerCoverage.Share>> coverage(FazhiUser user, Ledger<?> ledger, java.time.LocalDate on) {
		return java.util.Optional.ofNullable(coverages.get(ledger.kind())).map(c -> c.shares(user, on));
	}

	/** A figure of the ledger split by community: its code, label, unit, total and each community's part. */
	record CommunityFigure(String code, String labelKey, String unit, long total, List<CommunityPart> communities) {

		/** The part of a community ({@code null}: the office's own records). */
		public CommunityPart of(Long communityId) {
			return communities.stream().filter(c -> java.util.Objects.equals(c.communityId(), communityId)).findFirst()
				.orElse(new CommunityPart(communityId, null, 0, null));
		}
	}

	/**
	 * A community's part of a figure: its id ({@code null} for the office's own records), its name ({@code null} when
	 * it is the office's, or a community no longer active), the value and the list of exactly the records counted.
	 */
	record CommunityPart(Long communityId, String community, long value, String drillDown) {
	}

	/**
	 * The ledger's figures of the year per community, for those who read the figures (none for others): every active
	 * community of the tenant, then the office's own records and those of communities no longer active, if any.
	 */
	List<CommunityFigure> communityFigures(FazhiUser user, Ledger<?> ledger, int year) {
		var split = figures.byCommunity(user, ledger, year);
		if (split.isEmpty()) {
			return List.of();
		}
		var active = directory.activeCommunities(user.tenantId());
		List<CommunityFigure> result = new java.util.ArrayList<>();
		for (var figure : split) {
			List<CommunityPart> parts = new java.util.ArrayList<>();
			for (var community : active) {
				long value = figure.values().getOrDefault(community.id(), 0L);
				parts.add(new CommunityPart(community.id(), community.name(), value, ledger.path() + "?figure="
						+ figure.code() + "&figureYear=" + year + "&communityId=" + community.id()));
			}
			figure.values().forEach((community, value) -> {
				if (community == null || active.stream().noneMatch(c -> c.id() == community)) {
					parts.add(new CommunityPart(community, null, value, null));
				}
			});
			result.add(new CommunityFigure(figure.code(), "figure." + figure.code(), figure.unit(), figure.total(),
					parts));
		}
		return result;
	}

	/** The day a list's coverage is told for: the last day of the year filtered by, or today. */
	java.time.LocalDate coverageDay(Integer year) {
		var today = work.today();
		return year == null || year >= today.getYear() ? today : java.time.LocalDate.of(year, 12, 31);
	}

	/** The ledger of the address, if the user's role reads it; otherwise refused as if it did not exist for them. */
	Ledger<?> ledger(FazhiUser user, String kind) {
		Ledger<?> ledger = ledgers.get(kind);
		if (ledger == null) {
			throw new NotFound("ledger", 0);
		}
		if (!ledger.mayRead(user)) {
			throw new AccessDeniedException("the role does not read the ledger " + kind);
		}
		return ledger;
	}

	/** The ledger of the address, if the user's role keeps it (enters its records). */
	Ledger<?> keeping(FazhiUser user, String kind) {
		Ledger<?> ledger = ledger(user, kind);
		if (!ledger.mayWrite(user)) {
			throw new AccessDeniedException("the role does not keep the ledger " + kind);
		}
		return ledger;
	}

	@GetMapping("/{kind}")
	String list(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String departmentId, @RequestParam(required = false) String filterKind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		Ledger<?> ledger = ledger(user, kind);
		LedgerWork.Filter filter;
		try {
			filter = checkedFilter(user, ledger, year, communityId, departmentId, filterKind);
		}
		catch (RuleViolation refused) {
			// a filter that is no filter: the list unfiltered, and why
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
			filter = LedgerWork.Filter.none();
		}
		show(user, ledger, filter, page, figure, figureYear, exact, model);
		return "ledgers/ledger";
	}

	static LedgerWork.Filter filter(String year, String communityId, String departmentId, String kind) {
		Long y = Input.number("year", year);
		if (y != null && (y < 2000 || y > 2100)) {
			throw new RuleViolation("year", "ledger.year.range", String.valueOf(y));
		}
		return new LedgerWork.Filter(y == null ? null : y.intValue(),
				Input.number("communityId", communityId), Input.number("departmentId", departmentId),
				Input.trim(kind));
	}

	private <T extends LedgerEntry> void show(FazhiUser user, Ledger<T> ledger, LedgerWork.Filter filter, int page,
			String figure, Integer figureYear, boolean exact, Model model) {
		var drill = figures.drill(user, ledger, figure, figureYear);
		var result = Paging.clamped(page, 50, Sort.by("occurredOn", "id").descending(), p -> work.page(user, ledger,
				filter, drill.map(LedgerFigureBook.Drill::records).orElse(null), p, exact));
		Locale locale = LocaleContextHolder.getLocale();
		var cells = work.cells(user, locale);
		model.addAttribute("ledger", ledger);
		model.addAttribute("columns", ledger.columns());
		model.addAttribute("entries", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("cells", cells);
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("departments", new TreeMap<>(cells.departmentNames()));
		model.addAttribute("mayWrite", ledger.mayWrite(user));
		model.addAttribute("ownCommunity", user.scope() == DataScope.COMMUNITY ? user.communityId() : null);
		model.addAttribute("staff", staffPickers(user, ledger));
		var gap = gaps.get(ledger.kind());
		if (gap != null) {
			int gapYear = filter.year() != null ? filter.year() : work.today().getYear();
			model.addAttribute("gapTitle", gap.titleKey());
			model.addAttribute("gapYear", gapYear);
			model.addAttribute("gaps", gap.missing(user, gapYear));
		}
		int figureYearShown = filter.year() != null ? filter.year() : work.today().getYear();
		model.addAttribute("communityFiguresYear", figureYearShown);
		model.addAttribute("communityFigures", communityFigures(user, ledger, figureYearShown));
		var coverage = coverages.get(ledger.kind());
		if (coverage != null) {
			var on = coverageDay(filter.year());
			model.addAttribute("coverageTitle", coverage.titleKey());
			model.addAttribute("coverageOn", on);
			model.addAttribute("coverage", coverage.shares(user, on));
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		var query = new StringBuilder();
		if (filter.year() != null) {
			query.append("&year=").append(filter.year());
		}
		if (filter.communityId() != null) {
			query.append("&communityId=").append(filter.communityId());
		}
		if (filter.departmentId() != null) {
			query.append("&departmentId=").append(filter.departmentId());
		}
		if (filter.kind() != null) {
			query.append("&filterKind=").append(filter.kind());
		}
		model.addAttribute("exportQuery", query.length() == 0 ? "" : "?" + query.substring(1));
	}

	@PostMapping("/{kind}")
	String enter(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		Ledger<?> ledger = keeping(user, kind);
		Map<String, String> values = values(form);
		try {
			long id = work.enter(user, ledger, values);
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + ledger.path() + "/" + id;
		}
		catch (RuleViolation refused) {
			refusals.record(refused, ledger.recordType(), null);
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
			model.addAttribute("refusedField", refused.field());
			model.addAttribute("form", values);
			show(user, ledger, LedgerWork.Filter.none(), 0, null, null, false, model);
			return "ledgers/ledger";
		}
	}

	@GetMapping("/{kind}/template.xlsx")
	void template(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, HttpServletResponse response)
			throws IOException {
		Ledger<?> ledger = ledger(user, kind);
		byte[] bytes = work.template(ledger, LocaleContextHolder.getLocale());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + kind + "-template.xlsx\"");
		response.getOutputStream().write(bytes);
	}

	@PostMapping("/{kind}/import")
	String importSheet(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
		Ledger<?> ledger = keeping(user, kind);
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "import.noFile");
			}
			byte[] bytes;
			try (var in = file.getInputStream()) {
				bytes = in.readNBytes(LedgerWork.MAX_IMPORT_BYTES + 1);
			}
			var result = work.importSheet(user, ledger, bytes);
			if (result.written()) {
				redirect.addFlashAttribute("imported", result.rows());
				return "redirect:" + ledger.path();
			}
			model.addAttribute("importResult", result);
		}
		catch (RuleViolation refused) {
			refusals.record(refused, ledger.recordType(), null);
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		show(user, ledger, LedgerWork.Filter.none(), 0, null, null, false, model);
		return "ledgers/ledger";
	}

	@GetMapping("/{kind}/export.xlsx")
	void export(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind,
			@RequestParam(required = false) String year, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String departmentId, @RequestParam(required = false) String filterKind,
			HttpServletResponse response) throws IOException {
		Ledger<?> ledger = ledger(user, kind);
		LedgerWork.Filter filter;
		try {
			filter = checkedFilter(user, ledger, year, communityId, departmentId, filterKind);
		}
		catch (RuleViolation refused) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + kind + ".xlsx\"");
		work.export(user, ledger, filter, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/{kind}/{id:\\d+}/correct")
	String correcting(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id,
			Model model) {
		Ledger<?> ledger = keeping(user, kind);
		if (!work.correctable(ledger)) {
			throw new NotFound(kind, id);
		}
		return correctForm(user, ledger, id, null, model);
	}

	private <T extends LedgerEntry> String correctForm(FazhiUser user, Ledger<T> ledger, long id,
			Map<String, String> typed, Model model) {
		T entry = work.get(user, ledger, id);
		model.addAttribute("ledger", ledger);
		model.addAttribute("columns", ledger.columns());
		model.addAttribute("e", entry);
		model.addAttribute("form", typed != null ? typed : LedgerWork.formOf(ledger, entry));
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("ownCommunity", user.scope() == DataScope.COMMUNITY ? user.communityId() : null);
		model.addAttribute("staff", staffPickers(user, ledger));
		return "ledgers/correct";
	}

	@PostMapping("/{kind}/{id:\\d+}/correct")
	String correct(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		Ledger<?> ledger = keeping(user, kind);
		Map<String, String> values = values(form);
		try {
			work.correct(user, ledger, id, values, version(values.get("version")));
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + ledger.path() + "/" + id;
		}
		catch (RuleViolation refused) {
			refusals.record(refused, ledger.recordType(), String.valueOf(id));
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
			model.addAttribute("refusedField", refused.field());
			return correctForm(user, ledger, id, values, model);
		}
	}

	/** The staff an account field offers, by column. */
	private Map<String, List<org.fazhi.organisation.OrganisationDirectory.StaffMember>> staffPickers(FazhiUser user,
			Ledger<?> ledger) {
		Map<String, List<org.fazhi.organisation.OrganisationDirectory.StaffMember>> staff = new HashMap<>();
		for (var column : ledger.columns()) {
			if (column.isAccount()) {
				staff.put(column.name(), directory.activeStaff(user.tenantId()).stream()
					.filter(s -> column.accepts(s.role())).toList());
			}
		}
		return staff;
	}

	/** A form's fields, a field given several times (the boxes of several choices) joined by commas. */
	static Map<String, String> values(MultiValueMap<String, String> form) {
		Map<String, String> values = new HashMap<>();
		form.forEach((name, list) -> values.put(name, String.join(",", list)));
		return values;
	}

	/** The filter of a list's parameters, refused when a part is no value of the ledger's. */
	private LedgerWork.Filter checkedFilter(FazhiUser user, Ledger<?> ledger, String year, String communityId,
			String departmentId, String kind) {
		var filter = filter(year, communityId, departmentId, kind);
		work.readable(user, ledger, filter);
		return filter;
	}

	static Integer version(String text) {
		Long version = Input.number("version", text);
		return version == null || version > Integer.MAX_VALUE ? null : version.intValue();
	}

	@GetMapping("/{kind}/{id:\\d+}")
	String entry(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id,
			Model model) {
		Ledger<?> ledger = ledger(user, kind);
		var entry = work.get(user, ledger, id);
		model.addAttribute("ledger", ledger);
		model.addAttribute("columns", ledger.columns());
		model.addAttribute("e", entry);
		model.addAttribute("cells", work.cells(user, LocaleContextHolder.getLocale()));
		model.addAttribute("files", attachments.of(user, ledger.recordType(), String.valueOf(id)));
		model.addAttribute("mayAttach", ledger.mayWrite(user));
		model.addAttribute("mayCorrect", ledger.mayWrite(user) && work.correctable(ledger));
		var panel = panels.get(ledger.kind());
		if (panel != null) {
			model.addAttribute("panel", panel.fragment());
			model.addAllAttributes(panel.attributes(user, entry));
		}
		return "ledgers/entry";
	}

	@PostMapping("/{kind}/{id:\\d+}/files")
	String attach(@AuthenticationPrincipal FazhiUser user, @PathVariable String kind, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		Ledger<?> ledger = keeping(user, kind);
		work.get(user, ledger, id);
		return refusals.actThenRedirect(redirect, ledger.path() + "/" + id, ledger.recordType(), id, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "import.noFile");
			}
			try (var content = file.getInputStream()) {
				attachments.attach(user, ledger.recordType(), String.valueOf(id), file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}
}
