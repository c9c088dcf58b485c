package org.fazhi.rulebook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.fazhi.shared.ChineseNumerals;
import org.fazhi.shared.Statute;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The statute texts under {@code data/laws/} as HTML, each article's paragraph anchored as {@code a} and its number
 * ({@code #a64} for 第六十四条), so that a rule links to the article it cites. Rendered once per statute; the texts are
 * Markdown and their HTML is escaped by the renderer.
 */
@Component
class StatuteTexts {

	private static final Pattern ARTICLE = Pattern.compile("^第([零一二三四五六七八九十百千]+)条");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory(context -> new ArticleAnchors())
		.build();

	private final Map<Statute, String> rendered = new ConcurrentHashMap<>();

	/** The statute's text as HTML, or empty when Fazhi serves no text of it. */
	Optional<String> html(Statute statute) {
		if (statute.textFile().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(rendered.computeIfAbsent(statute, this::render));
	}

	private String render(Statute statute) {
		try (InputStream in = new ClassPathResource("data/laws/" + statute.textFile().orElseThrow()).getInputStream()) {
			// the compilers' notes (<!-- INFO END -->) are not part of the statute
			String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
			Node document = parser.parse(markdown);
			return renderer.render(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the text of " + statute, ex);
		}
	}

	/** {@code id="a64"} on the paragraph that opens 第六十四条. */
	private static final class ArticleAnchors implements AttributeProvider {

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			if (node instanceof Paragraph && node.getFirstChild() instanceof Text text) {
				Matcher matcher = ARTICLE.matcher(text.getLiteral());
				if (matcher.find()) {
					attributes.put("id", "a" + ChineseNumerals.parse(matcher.group(1)));
					attributes.put("class", "article");
				}
			}
		}
	}
}
