package org.fazhi.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens text written for publication (a penalty decision's public summary, later a mediation case or a reply) for
 * personal information that must not be published (个人信息保护法; 政府信息公开条例 第十五条): identity numbers (18 and 15
 * digits, masked or not, with spaces, dashes or full-width digits), phone numbers (mobile and landline, +86, spaces,
 * dashes), the names of the people recorded on the record (with spaces and other marks between the characters) and
 * their home addresses (whole or in part). What it finds is refused and shown highlighted; text is never "repaired"
 * silently, because a masking that half works is what leaked before.
 */
public final class PublicationScreen {

	/** What was found. */
	public enum Kind {
		IDENTITY_NUMBER, PHONE, NAME, ADDRESS;

		public String messageKey() {
			return "publication.found." + name();
		}
	}

	/** One finding: its kind and where it is in the original text. */
	public record Finding(Kind kind, int start, int end, String text) {
	}

	/** A piece of the text, flagged with what was found there or null when clean: for highlighting. */
	public record Segment(String text, Kind kind) {
	}

	/** Marks that may be put between the characters of a number, a name or an address to slip past a filter. */
	private static final String GAP = "[\\s\\p{Z}\\p{Cf}·•・.。,，、_\\-‐‑–—~*/\\\\()\\[\\]]*";

	/** A run of digits (or the masking star, or an identity number's X) with separators, optionally after +86. */
	private static final Pattern NUMBER_RUN = Pattern
		.compile("(?:(?:\\+|00)?86" + GAP + ")?[0-9*](?:[\\s\\p{Z}\\p{Cf}\\-‐‑–—.·_/()]*[0-9*Xx])*");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
	private static final Pattern GROUPED_AMOUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
	/** Parts of a home address: 12栋, 3单元, 502室, 7房. */
	private static final Pattern DWELLING = Pattern.compile("\\d+" + GAP + "(?:栋|幢|单元|室|房)");

	private PublicationScreen() {
	}

	/**
	 * What must not be published in the text.
	 *
	 * @param names the names of the people recorded on the record (a party, a contact person)
	 * @param addresses their home addresses
	 * @param allowed numbers that may appear, such as an organisation's credit code
	 * @param dwellings whether parts of a home address (12栋, 502室) count even when they are not the recorded one:
	 * true where the record concerns a person
	 */
	public static List<Finding> findings(String text, Collection<String> names, Collection<String> addresses,
			Collection<String> allowed, boolean dwellings) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		var normal = Normalised.of(text);
		List<Finding> found = new ArrayList<>();
		numbers(text, normal, allowed, found);
		for (String name : names) {
			String n = Normalised.of(name == null ? "" : name).text.replaceAll("\\s", "");
			if (n.length() >= 2) {
				find(text, normal, spaced(n), Kind.NAME, found);
			}
			if (n.length() >= 3) {
				// the given name alone names the person as well (伟明 for 张伟明)
				find(text, normal, spaced(n.substring(1)), Kind.NAME, found);
			}
		}
		for (String address : addresses) {
			String a = Normalised.of(address == null ? "" : address).text.replaceAll("[\\s\\p{Z}\\p{P}]", "");
			if (a.length() >= 4) {
				find(text, normal, spaced(a), Kind.ADDRESS, found);
				// part of it: any six characters in a row that hold a house or room number
				for (int i = 0; i + 6 <= a.length(); i++) {
					String window = a.substring(i, i + 6);
					if (window.chars().anyMatch(Character::isDigit)) {
						find(text, normal, spaced(window), Kind.ADDRESS, found);
					}
				}
			}
		}
		if (dwellings) {
			find(text, normal, DWELLING, Kind.ADDRESS, found);
		}
		return merge(found, text);
	}

	/** The text cut into clean and flagged pieces, in order. */
	public static List<Segment> segments(String text, List<Finding> findings) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Finding f : findings) {
			if (f.start() > at) {
				segments.add(new Segment(text.substring(at, f.start()), null));
			}
			segments.add(new Segment(text.substring(f.start(), f.end()), f.kind()));
			at = f.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	private static void numbers(String text, Normalised normal, Collection<String> allowed, List<Finding> found) {
		List<String> allowedDigits = allowed.stream().filter(a -> a != null && !a.isBlank())
			.map(a -> Normalised.of(a).text.replaceAll("[^0-9A-Za-z]", "").toUpperCase()).toList();
		Matcher m = NUMBER_RUN.matcher(normal.text);
		while (m.find()) {
			String run = m.group();
			if (ISO_DATE.matcher(run.strip()).matches() || GROUPED_AMOUNT.matcher(run.strip()).matches()) {
				continue;
			}
			String bare = run.replaceAll("[^0-9*Xx]", "").toUpperCase();
			String token = token(normal.text, m.start(), m.end());
			// an organisation's credit code (GB 32100, its check character right) is not personal data
			if (allowedDigits.contains(bare) || allowedDigits.contains(token)
					|| token.length() == 18 && CreditCodes.valid(token)) {
				continue;
			}
			String local = bare;
			if (bare.length() == 15 && bare.startsWith("0086") || bare.length() == 13 && bare.startsWith("861")) {
				local = bare.substring(bare.length() - 11); // a mobile number after +86 or 0086
			}
			long digits = bare.chars().filter(Character::isDigit).count();
			int length = local.length();
			Kind kind = null;
			if ((length == 18 || length == 15) && digits >= 4 && local.indexOf('X') < 0
					|| length == 18 && local.indexOf('X') == 17) {
				kind = Kind.IDENTITY_NUMBER;
			}
			else if (length >= 7 && local.indexOf('X') < 0 && (digits >= 3)) {
				kind = Kind.PHONE;
			}
			if (kind != null) {
				found.add(normal.finding(kind, m.start(), m.end(), text));
			}
		}
	}

	/** The letters and digits around a run, up to the first other character either side. */
	private static String token(String text, int start, int end) {
		int from = start;
		int to = end;
		while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) && text.charAt(from - 1) < 128) {
			from--;
		}
		while (to < text.length() && Character.isLetterOrDigit(text.charAt(to)) && text.charAt(to) < 128) {
			to++;
		}
		return text.substring(from, to).toUpperCase();
	}

	private static Pattern spaced(String plain) {
		var pattern = new StringBuilder();
		plain.codePoints().forEach(cp -> {
			if (!pattern.isEmpty()) {
				pattern.append(GAP);
			}
			pattern.append(Pattern.quote(new String(Character.toChars(cp))));
		});
		return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE);
	}

	private static void find(String text, Normalised normal, Pattern pattern, Kind kind, List<Finding> found) {
		Matcher m = pattern.matcher(normal.text);
		while (m.find()) {
			if (m.end() > m.start()) {
				found.add(normal.finding(kind, m.start(), m.end(), text));
			}
		}
	}

	/** Overlapping findings become one (the first kind found wins), in the order of the text. */
	private static List<Finding> merge(List<Finding> found, String text) {
		List<Finding> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
		List<Finding> merged = new ArrayList<>();
		for (Finding f : sorted) {
			if (!merged.isEmpty() && f.start() < merged.get(merged.size() - 1).end()) {
				Finding last = merged.remove(merged.size() - 1);
				int end = Math.max(last.end(), f.end());
				merged.add(new Finding(last.kind(), last.start(), end, text.substring(last.start(), end)));
			}
			else {
				merged.add(f);
			}
		}
		return merged;
	}

	/** The text in NFKC form (full-width digits, letters and marks become plain ones), mapped back to the original. */
	private static final class Normalised {

		private final String text;
		private final int[] origin;
		private final String original;

		private Normalised(String text, int[] origin, String original) {
			this.text = text;
			this.origin = origin;
			this.original = original;
		}

		static Normalised of(String original) {
			var text = new StringBuilder();
			var origin = new ArrayList<Integer>();
			for (int i = 0; i < original.length(); i++) {
				String one = Normalizer.normalize(String.valueOf(original.charAt(i)), Normalizer.Form.NFKC);
				for (int j = 0; j < one.length(); j++) {
					text.append(one.charAt(j));
					origin.add(i);
				}
			}
			return new Normalised(text.toString(), origin.stream().mapToInt(Integer::intValue).toArray(), original);
		}

		Finding finding(Kind kind, int start, int end, String source) {
			int from = origin[start];
			int to = origin[end - 1] + 1;
			// trailing separators are not part of what was found
			while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
				to--;
			}
			return new Finding(kind, from, to, source.substring(from, to));
		}
	}
}
