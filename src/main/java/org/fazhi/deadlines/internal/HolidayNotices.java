package org.fazhi.deadlines.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.deadlines.HolidayCalendar;
import org.fazhi.shared.RuleViolation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * State Council holiday notices (国务院办公厅关于某年部分节假日安排的通知) in the JSON shape of the project's data
 * ({@code year}, {@code papers}: the notice's addresses, {@code days}: {@code name}, {@code date},
 * {@code isOffDay}; {@code isOffDay=false} marks a make-up working day). A notice may name late-December days of the
 * year before. The notices of 2007-2026 ship in {@code data/holidays/} (holiday-cn, MIT licence).
 */
public final class HolidayNotices {

	/** One notice: its year, the addresses it was published at, and the days it names. */
	public record Notice(int year, List<String> sources, List<HolidayCalendar.NoticeDay> days) {
	}

	private static final JsonMapper JSON = JsonMapper.shared();

	private HolidayNotices() {
	}

	/** Reads a notice, refusing anything that is not a well-formed notice with a message naming what is wrong. */
	public static Notice parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new RuleViolation("notice", "notice.notJson");
		}
		if (root == null || !root.isObject()) {
			throw new RuleViolation("notice", "notice.notJson");
		}
		JsonNode yearNode = root.get("year");
		if (yearNode == null || !yearNode.isInt() || yearNode.intValue() < 2000 || yearNode.intValue() > 2100) {
			throw new RuleViolation("notice", "notice.year");
		}
		int year = yearNode.intValue();
		List<String> sources = new ArrayList<>();
		JsonNode papers = root.get("papers");
		if (papers == null || !papers.isArray() || papers.isEmpty()) {
			throw new RuleViolation("notice", "notice.papers");
		}
		for (JsonNode paper : papers) {
			if (!paper.isString() || !paper.stringValue().matches("https?://\\S{4,500}")) {
				throw new RuleViolation("notice", "notice.papers");
			}
			sources.add(paper.stringValue());
		}
		JsonNode daysNode = root.get("days");
		if (daysNode == null || !daysNode.isArray() || daysNode.isEmpty()) {
			throw new RuleViolation("notice", "notice.days");
		}
		List<HolidayCalendar.NoticeDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		int index = 0;
		for (JsonNode day : daysNode) {
			index++;
			JsonNode name = day.get("name");
			JsonNode date = day.get("date");
			JsonNode offDay = day.get("isOffDay");
			if (name == null || !name.isString() || name.stringValue().isBlank() || name.stringValue().length() > 60
					|| date == null || !date.isString() || offDay == null || !offDay.isBoolean()) {
				throw new RuleViolation("notice", "notice.day", index);
			}
			LocalDate parsed;
			try {
				parsed = LocalDate.parse(date.stringValue());
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation("notice", "notice.day", index);
			}
			boolean inYear = parsed.getYear() == year;
			boolean lateDecemberBefore = parsed.getYear() == year - 1 && parsed.getMonthValue() == 12;
			if (!inYear && !lateDecemberBefore) {
				throw new RuleViolation("notice", "notice.dayOutsideYear", parsed, year);
			}
			if (!seen.add(parsed)) {
				throw new RuleViolation("notice", "notice.dayTwice", parsed);
			}
			days.add(new HolidayCalendar.NoticeDay(parsed, name.stringValue().strip(), offDay.booleanValue()));
		}
		return new Notice(year, List.copyOf(sources), List.copyOf(days));
	}

	/** The notices shipped with Fazhi, oldest first. */
	public static List<Notice> bundled() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:data/holidays/*.json");
			List<Notice> notices = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					notices.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			notices.sort(Comparator.comparingInt(Notice::year));
			return notices;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled holiday notices", ex);
		}
	}

	/** A calendar of the given notices; a later notice's entry for a day wins over an earlier one's. */
	public static HolidayCalendar calendarOf(Collection<Notice> notices) {
		Map<LocalDate, HolidayCalendar.NoticeDay> days = new HashMap<>();
		Set<Integer> years = new HashSet<>();
		for (Notice notice : notices.stream().sorted(Comparator.comparingInt(Notice::year)).toList()) {
			years.add(notice.year());
			notice.days().forEach(day -> days.put(day.date(), day));
		}
		return new HolidayCalendar(days, years);
	}
}
