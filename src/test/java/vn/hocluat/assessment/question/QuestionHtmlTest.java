package vn.hocluat.assessment.question;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionHtmlTest {

    @Test
    void each_format_renders_safely() {
        assertEquals("<p><em>Điều 7</em></p>\n", QuestionHtml.render("*Điều 7*", TextFormat.MARKDOWN));
        assertEquals("<b>Điều 7</b>", QuestionHtml.render("<b onclick=\"x()\">Điều 7</b>", TextFormat.HTML));
        assertEquals("a &lt; b<br>c", QuestionHtml.render("a < b\nc", TextFormat.PLAIN));
    }

    @Test
    void inline_drops_the_paragraph_around_one_line_only() {
        assertEquals("<em>Điều 7</em>", QuestionHtml.renderInline("*Điều 7*", TextFormat.MARKDOWN));
        assertEquals("<p>Một</p>\n<p>Hai</p>", QuestionHtml.renderInline("Một\n\nHai", TextFormat.MARKDOWN));
    }
}
