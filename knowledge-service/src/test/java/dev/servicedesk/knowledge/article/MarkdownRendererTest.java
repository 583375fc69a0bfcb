package dev.servicedesk.knowledge.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void markdownBecomesHtml() {
        assertEquals("<p>Ligue <strong>já</strong></p>", MarkdownRenderer.toSafeHtml("Ligue **já**").strip());
        assertTrue(MarkdownRenderer.toSafeHtml("1. um\n2. dois").contains("<ol>"));
    }

    @Test
    void rawHtmlIsShownAsTextAndDangerousLinksLoseTheirTarget() {
        String html = MarkdownRenderer.toSafeHtml("<script>alert(1)</script>\n\n<a href=\"x\" onclick=\"y\">a</a>\n\n"
                + "[b](javascript:alert(1)) [c](data:text/html;base64,xx)");
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertSafe(html);
    }

    /** No script element, no element that loads something, no event handler, no link of an unsafe scheme. */
    static void assertSafe(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertTrue(document.select("script, img, iframe, object, embed, style").isEmpty(), html);
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().startsWith("on"), html);
            }
            String href = element.attr("href");
            assertTrue(href.isEmpty() || href.startsWith("https:") || href.startsWith("http:"), html);
        }
    }
}
