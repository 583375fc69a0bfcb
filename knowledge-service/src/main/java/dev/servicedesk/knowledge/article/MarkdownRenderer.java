package dev.servicedesk.knowledge.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An article's Markdown as HTML a front end may insert as it is: raw HTML in the Markdown is shown as text, links
 * keep only safe schemes, and what comes out is cleaned once more against an allow-list of tags and attributes.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addAttributes("a", "rel");

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, ALLOWED);
    }
}
