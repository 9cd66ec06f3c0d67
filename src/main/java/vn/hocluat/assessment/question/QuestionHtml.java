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
}
