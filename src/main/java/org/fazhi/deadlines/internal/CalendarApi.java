package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.deadlines.CalendarDay;
import org.fazhi.deadlines.DueDate;
import org.fazhi.deadlines.PeriodUnit;
import org.fazhi.deadlines.StatutoryCalendar;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.shared.Input;
import org.fazhi.shared.PublicPaths;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statutory calendar as public, read-only JSON: due dates of periods and catalogued rules, the rule catalogue,
 * and each day's status. No sign-in needed; bad input answers 400 with a message.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	private final StatutoryCalendar calendar;
	private final MessageSource messages;

	CalendarApi(StatutoryCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@Bean
	static PublicPaths calendarApiIsPublic() {
		return new PublicPaths(List.of("/api/v1/calendar/**"));
	}

	@GetMapping("/due-date")
	Map<String, Object> dueDate(@RequestParam(required = false) String start,
			@RequestParam(required = false) String length, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String rule) {
		LocalDate startDate = date("start", start);
		Map<String, Object> body = new LinkedHashMap<>();
		DueDate due;
		if (rule != null) {
			StatutoryRule statutoryRule = StatutoryRule.byCode(rule.strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new RuleViolation("rule", "calendar.rule.unknown", rule));
			due = calendar.due(statutoryRule, startDate);
			body.put("rule", statutoryRule.code());
			body.put("name", text(statutoryRule.nameKey()));
			body.put("statute", statutoryRule.statute());
			body.put("article", statutoryRule.article());
			body.put("citation", statutoryRule.citation());
			body.put("trigger", text(statutoryRule.triggerKey()));
		}
		else {
			PeriodUnit periodUnit = unit(unit);
			due = calendar.due(startDate, length(length, periodUnit), periodUnit);
		}
		body.put("start", due.start().toString());
		body.put("length", due.length());
		body.put("unit", due.unit().name());
		body.put("countedBackwards", due.backwards());
		body.put("due", due.due().toString());
		body.put("warnings", warnings(due));
		body.put("days", due.days().stream().map(d -> {
			Map<String, Object> day = day(d.day());
			day.put("treatment", d.treatment().name());
			if (d.ordinal() > 0) {
				day.put("ordinal", d.ordinal());
			}
			return day;
		}).toList());
		return body;
	}

	@GetMapping("/rules")
	List<Map<String, Object>> rules() {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (StatutoryRule rule : StatutoryRule.values()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", rule.code());
			entry.put("name", text(rule.nameKey()));
			entry.put("statute", rule.statute());
			entry.put("article", rule.article());
			entry.put("length", rule.length());
			entry.put("unit", rule.unit().name());
			entry.put("countedBackwards", rule.backwards());
			entry.put("lengthSetByOrder", rule.setByOrder());
			entry.put("trigger", text(rule.triggerKey()));
			entry.put("maximumExtension", rule.maximumExtension());
			rules.add(entry);
		}
		return rules;
	}

	@GetMapping("/days")
	List<Map<String, Object>> days(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (last.isBefore(first)) {
			throw new RuleViolation("to", "calendar.range.order");
		}
		if (first.plusDays(StatutoryCalendar.MAXIMUM_DAYS_LISTED).isBefore(last)) {
			throw new RuleViolation("to", "calendar.range.tooLong", StatutoryCalendar.MAXIMUM_DAYS_LISTED);
		}
		return calendar.days(first, last).stream().map(this::day).toList();
	}

	private Map<String, Object> day(CalendarDay day) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("date", day.date().toString());
		entry.put("workingDay", day.working());
		entry.put("kind", day.kind().name());
		entry.put("reason", day.holiday() == null ? text(day.kind().messageKey())
				: text(day.kind().messageKey()) + "（" + day.holiday() + "）");
		if (day.holiday() != null) {
			entry.put("holiday", day.holiday());
		}
		entry.put("calendarPublished", day.published());
		return entry;
	}

	private List<String> warnings(DueDate due) {
		return due.unpublishedYears().stream().map(year -> text("calendar.warning.unpublished", year)).toList();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	static LocalDate date(String field, String value) {
		return Input.date(field, value);
	}

	static PeriodUnit unit(String value) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("unit", "calendar.unit.required");
		}
		try {
			return PeriodUnit.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("unit", "calendar.unit.unknown", value);
		}
	}

	static int length(String value, PeriodUnit unit) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("length", "calendar.length.required");
		}
		int length;
		try {
			length = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("length", "calendar.length.format", value);
		}
		if (length < 1 || length > unit.maximumLength()) {
			throw new RuleViolation("length", "calendar.length.range", unit.maximumLength());
		}
		return length;
	}
}
