package org.convene.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What people write (practices, later discussions) as Markdown, shown as HTML: rendered by commonmark with raw HTML
 * escaped, then passed through OWASP's sanitiser (formatting, blocks, lists, tables, links; links get
 * {@code rel="nofollow noopener noreferrer"}; no images, scripts, styles or event handlers). Two libraries, so
 * neither a renderer bug nor a clever input reaches the page as markup we did not allow.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
			.allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer").toFactory());

	private Markdown() {
	}

	/** Safe HTML for the text (empty for none). */
	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}
}
