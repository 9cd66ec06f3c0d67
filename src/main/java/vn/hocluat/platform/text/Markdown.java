package vn.hocluat.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * Text written by users (question text, feedback, lessons) turned into HTML that is safe to put
 * in a page: Markdown rendered by commonmark, then every result — and any HTML a user wrote —
 * passed through an allow-list sanitiser, so scripts, event handlers, {@code javascript:} links,
 * styles and frames never reach the browser. Plain text is only escaped.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).softbreak("<br>").build();
    private static final String MEDIA_PREFIX = "media/";
    private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "u", "s", "del", "sub", "sup", "mark", "small", "span", "div",
                    "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,3}")).onElements("th", "td")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img", "abbr")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowElements("img")
            .allowAttributes("src", "alt").onElements("img")
            .allowElements("abbr")
            .toFactory();

    private Markdown() {
    }

    /** Markdown (CommonMark) as sanitised HTML. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitizeHtml(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * Markdown of a course as sanitised HTML, its relative links and images to {@code media/<name>}
     * (how course files refer to their media, see courses/README.md) pointing at {@code mediaBase + name}.
     * Single line breaks are spaces here (course files are wrapped lines of prose), unlike short texts
     * typed in a form, where {@link #toSafeHtml(String)} keeps them.
     */
    public static String toSafeHtml(String markdown, String mediaBase) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        HtmlRenderer renderer = HtmlRenderer.builder().sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    for (String name : new String[] {"src", "href"}) {
                        String url = attributes.get(name);
                        if (url != null && url.startsWith(MEDIA_PREFIX) && url.indexOf('/', MEDIA_PREFIX.length()) < 0) {
                            attributes.put(name, mediaBase + url.substring(MEDIA_PREFIX.length()));
                        }
                    }
                }).build();
        return sanitizeHtml(renderer.render(PARSER.parse(markdown)));
    }

    /** HTML a user wrote, with everything outside the allow-list removed. */
    public static String sanitizeHtml(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Plain text as HTML: characters escaped, line breaks kept. */
    public static String escapeText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return NEWLINE.matcher(out).replaceAll("<br>");
    }
}
