package vn.hocluat.assessment.question;

import vn.hocluat.platform.text.Markdown;

/** Question text (and option or feedback text) as safe HTML for a page, by its format. */
public final class QuestionHtml {
    private QuestionHtml() {
    }

    public static String render(String text, TextFormat format) {
        if (text == null) {
            return "";
        }
        return switch (format == null ? TextFormat.MARKDOWN : format) {
            case MARKDOWN -> Markdown.toSafeHtml(text);
            case HTML -> Markdown.sanitizeHtml(text);
            case PLAIN -> Markdown.escapeText(text);
        };
    }

    /** As {@link #render}, without the paragraph Markdown wraps around a one-line text (for options and feedback in a line). */
    public static String renderInline(String text, TextFormat format) {
        String html = render(text, format).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
