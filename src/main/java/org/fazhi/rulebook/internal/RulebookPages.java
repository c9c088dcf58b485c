package org.fazhi.rulebook.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.audit.AuditTrail;
import org.fazhi.rulebook.Rulebook;
import org.fazhi.shared.Actor;
import org.fazhi.shared.ChineseNumerals;
import org.fazhi.shared.LegalRule;
import org.fazhi.shared.PublicPaths;
import org.fazhi.shared.Statute;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The rulebook in public: every rule of law the platform keeps, by module, with its statute, article, refusal and a
 * link to the article's text; signed-in staff also see how often each rule refused a step in their subdistrict this
 * year. {@code GET /api/v1/public/rules} gives the same in both languages.
 */
@Controller
class RulebookPages {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A text in both languages. */
	record Bilingual(String zh, String en) {
	}

	/**
	 * One rule as published: {@code text} is the article's address on this platform, or {@code null} when the
	 * platform serves no text of the statute; {@code refusalsThisYear} only for signed-in staff.
	 */
	record PublishedRule(String code, String module, String kind, String step, String statuteCode, Bilingual statute,
			Bilingual article, Bilingual message, String text, Long refusalsThisYear) {
	}

	record PublishedRulebook(Integer year, int count, List<PublishedRule> rules) {
	}

	private final Rulebook rulebook;
	private final AuditTrail trail;
	private final RawMessages raw;
	private final MessageSource messages;
	private final StatuteTexts texts;

	RulebookPages(Rulebook rulebook, AuditTrail trail, RawMessages raw, MessageSource messages, StatuteTexts texts) {
		this.rulebook = rulebook;
		this.trail = trail;
		this.raw = raw;
		this.messages = messages;
		this.texts = texts;
	}

	@Bean
	static PublicPaths rulebookIsPublic() {
		return new PublicPaths(List.of("/public/rules", "/public/laws/**", "/api/v1/public/rules"));
	}

	@Bean
	static org.fazhi.shared.NavigationEntry rulebookEntry() {
		return new org.fazhi.shared.NavigationEntry(97, "system", "nav.rulebook", "/public/rules", java.util.Set.of());
	}

	PublishedRulebook published() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		// staff of a subdistrict; the platform operator belongs to none and reads no subdistrict's records
		Actor actor = authentication != null && authentication.getPrincipal() instanceof Actor signedIn
				&& authentication.getAuthorities().stream()
					.noneMatch(a -> "ROLE_PLATFORM_OPERATOR".equals(a.getAuthority())) ? signedIn : null;
		int year = LocalDate.now(ZONE).getYear();
		Map<String, Long> refusals = actor == null ? Map.of()
				: trail.refusalsByRule(actor.tenantId(), LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant(),
						LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant());
		List<PublishedRule> rules = rulebook.rules().stream().map(rule -> publish(rule, actor == null ? null
				: refusals.getOrDefault(rule.code(), 0L))).toList();
		return new PublishedRulebook(actor == null ? null : year, rules.size(), rules);
	}

	private PublishedRule publish(LegalRule rule, Long refused) {
		Statute statute = rule.statute();
		String english = messages.getMessage("statute." + statute.name(), null, statute.chineseName(), Locale.ENGLISH);
		int article = ChineseNumerals.firstArticle(rule.article());
		String text = statute.textFile().isEmpty() ? null
				: "/public/laws/" + statute.name() + (article > 0 ? "#a" + article : "");
		return new PublishedRule(rule.code(), rule.module(), rule.kind().name(), rule.step(), statute.name(),
				new Bilingual(statute.chineseName(), english),
				new Bilingual(rule.article(), english(rule)),
				new Bilingual(raw.chinese(rule.messageKey()), raw.english(rule.messageKey())), text, refused);
	}

	/** The article in English; a citation that is a section's title, not a number, has its English in the bundles. */
	private String english(LegalRule rule) {
		String english = ChineseNumerals.citationInEnglish(rule.article());
		return english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
				? messages.getMessage("rulebook.article." + rule.statute().name(), null, english, Locale.ENGLISH)
				: english;
	}

	/** A rule's article in the reader's language, for the statute pages. */
	public String article(LegalRule rule) {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? english(rule) : rule.article();
	}

	@GetMapping("/public/rules")
	String page(Model model) {
		var book = published();
		Map<String, List<PublishedRule>> byModule = new LinkedHashMap<>();
		book.rules().forEach(rule -> byModule.computeIfAbsent(rule.module(), m -> new java.util.ArrayList<>()).add(rule));
		model.addAttribute("book", book);
		model.addAttribute("byModule", byModule);
		model.addAttribute("english", "en".equals(LocaleContextHolder.getLocale().getLanguage()));
		return "rulebook/rules";
	}

	@GetMapping("/api/v1/public/rules")
	@ResponseBody
	PublishedRulebook json() {
		return published();
	}

	@GetMapping("/public/laws/{code}")
	String statute(@PathVariable String code, Model model) {
		Statute statute = java.util.Arrays.stream(Statute.values())
			.filter(s -> s.name().equals(code))
			.findFirst()
			.orElseThrow(() -> new org.fazhi.shared.NotFound("statute", code));
		model.addAttribute("statute", statute);
		model.addAttribute("html", texts.html(statute).orElseThrow(() -> new org.fazhi.shared.NotFound("statute", code)));
		model.addAttribute("rules", rulebook.rules().stream().filter(rule -> rule.statute() == statute)
			.map(rule -> java.util.Map.entry(rule.code(), article(rule))).toList());
		return "rulebook/statute";
	}
}
