package org.fazhi.figures.internal;

import java.util.List;
import java.util.Locale;

import org.fazhi.shared.Actor;
import org.fazhi.shared.FigureSource;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/figures?year=2024}: every figure of the caller's tenant for the year that the caller may read,
 * in the shape outside checks rely on: {@code {"year": Y, "figures": [{"module", "code", "label", "unit",
 * "definition", "value", "drillDown"}]}}; labels and definitions in the request's language.
 */
@RestController
class FigureCatalogueApi {

	record FigureView(String module, String code, String label, String unit, String definition, long value,
			String drillDown, long counted) {
	}

	/** @param changedAt when the tenant's figures of the year last changed, as far as the platform recorded it */
	record FiguresView(int year, java.time.Instant changedAt, List<FigureView> figures) {
	}

	private final List<FigureSource> sources;
	private final MessageSource messages;
	private final org.fazhi.figures.FigureChanges changes;

	FigureCatalogueApi(List<FigureSource> sources, MessageSource messages, org.fazhi.figures.FigureChanges changes) {
		this.changes = changes;
		this.sources = sources;
		this.messages = messages;
	}

	@GetMapping("/api/v1/figures")
	FiguresView figures(@AuthenticationPrincipal Actor user, @RequestParam(required = false) Integer year) {
		if (year == null) {
			throw new RuleViolation("year", "metrics.year");
		}
		int latest = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
		if (year < 2000 || year > latest) {
			throw new RuleViolation("year", "figures.year.range", 2000, latest);
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<FigureView> figures = sources.stream()
			.flatMap(source -> source.figures(user, year).stream())
			.map(figure -> new FigureView(figure.module(), figure.code(),
					messages.getMessage(figure.labelKey(), null, locale), figure.unit(),
					messages.getMessage(figure.definitionKey(), null, locale), figure.value(), figure.drillDown(),
					figure.counted()))
			.toList();
		return new FiguresView(year, figures.isEmpty() ? null : changes.lastChange(user.tenantId(), year).orElse(null),
				figures);
	}
}
