package org.fazhi.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals as statutes number their articles, paragraphs and items (第一百零二条, 第二款, 第（四）项), read as
 * numbers, and article citations rendered in English ({@code 第六十四条第（一）项、第八十五条} → {@code Art. 64(1)
 * item 1, Art. 85}).
 */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private static final Pattern CITATION = Pattern
		.compile("第([零一二三四五六七八九十百千]+)条|第([零一二三四五六七八九十百千]+)款|第（?([零一二三四五六七八九十百千]+)）?项");

	private ChineseNumerals() {
	}

	/** The value of a numeral such as 一百零二 (102), 十五 (15) or 三十 (30); -1 when it is not one. */
	public static int parse(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return -1;
		}
		int total = 0;
		int digit = -1;
		for (char ch : numeral.toCharArray()) {
			int value = DIGITS.indexOf(ch);
			if (value >= 0) {
				digit = value;
				continue;
			}
			int unit = switch (ch) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> -1;
			};
			if (unit < 0) {
				return -1;
			}
			total += (digit < 0 ? 1 : digit) * unit;
			digit = -1;
		}
		return total + Math.max(digit, 0);
	}

	/** An article citation in English: 条 as {@code Art. N}, 款 as {@code para. N}, 项 as {@code item N}. */
	public static String citationInEnglish(String citation) {
		Matcher matcher = CITATION.matcher(citation);
		var english = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group(1) != null) {
				replacement = "Art. " + parse(matcher.group(1));
			}
			else if (matcher.group(2) != null) {
				replacement = " para. " + parse(matcher.group(2));
			}
			else {
				replacement = " item " + parse(matcher.group(3));
			}
			matcher.appendReplacement(english, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(english);
		return english.toString().replace("、", ", ").replace("，", ", ").replaceAll(" {2,}", " ").strip();
	}

	/** The number of the first article a citation names (第六十四条第（一）项 → 64), or -1. */
	public static int firstArticle(String citation) {
		Matcher matcher = Pattern.compile("第([零一二三四五六七八九十百千]+)条").matcher(citation);
		return matcher.find() ? parse(matcher.group(1)) : -1;
	}
}
