package vn.hocluat.assessment.question;

/** How a question's text is written: Markdown by default (rendered sanitised), HTML (sanitised) or plain text. */
public enum TextFormat {
    MARKDOWN, HTML, PLAIN
}
