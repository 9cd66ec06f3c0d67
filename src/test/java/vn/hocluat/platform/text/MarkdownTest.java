package vn.hocluat.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    @Test
    void markdown_becomes_html_with_vietnamese_text_intact() {
        assertEquals("<p><strong>Luật Hòa giải ở cơ sở</strong> năm 2013 quy định gì?</p>\n",
                Markdown.toSafeHtml("**Luật Hòa giải ở cơ sở** năm 2013 quy định gì?"));
        assertEquals("<ul><li>Đúng</li><li>Sai</li></ul>\n",
                Markdown.toSafeHtml("- Đúng\n- Sai"));
    }

    @Test
    void script_tags_are_removed_from_markdown_and_html() {
        String md = Markdown.toSafeHtml("Câu hỏi <script>alert('x')</script> tiếp theo");
        assertFalse(md.contains("script"), md);
        assertFalse(md.contains("alert"), md);
        assertTrue(md.contains("Câu hỏi"), md);
        String html = Markdown.sanitizeHtml("<p>Điều 1</p><script>document.cookie</script>");
        assertEquals("<p>Điều 1</p>", html);
    }

    @Test
    void javascript_links_lose_their_target() {
        String md = Markdown.toSafeHtml("[bấm vào đây](javascript:alert(1))");
        assertFalse(md.contains("javascript"), md);
        assertTrue(md.contains("bấm vào đây"), md);
        String html = Markdown.sanitizeHtml("<a href=\"javascript:alert(1)\">Xem</a> và <a href=\"JaVaScRiPt:alert(2)\">nữa</a>");
        assertFalse(html.toLowerCase().contains("javascript"), html);
        assertEquals("Xem và nữa", html);
    }

    @Test
    void safe_links_stay_and_get_rel_attributes() {
        String html = Markdown.toSafeHtml("[Văn bản](https://thuvienphapluat.vn/van-ban)");
        // the sanitiser writes the rel tokens in no fixed order
        String rel = html.replaceAll("(?s).*rel=\"([^\"]*)\".*", "$1");
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(rel.split(" ")));
        assertEquals("<p><a href=\"https://thuvienphapluat.vn/van-ban\" rel=\"" + rel + "\">Văn bản</a></p>\n", html);
    }

    @Test
    void event_handlers_and_styles_are_removed() {
        String html = Markdown.sanitizeHtml("<img src=\"https://x.vn/a.png\" onerror=\"alert(1)\" alt=\"ảnh\">"
                + "<p onclick=\"steal()\" style=\"position:fixed\">Hỏi đáp</p><iframe src=\"https://x.vn\"></iframe>");
        assertEquals("<img src=\"https://x.vn/a.png\" alt=\"ảnh\" /><p>Hỏi đáp</p>", html);
        String md = Markdown.toSafeHtml("Xem <b onmouseover=\"alert(1)\">điều 5</b>");
        assertEquals("<p>Xem <b>điều 5</b></p>\n", md);
    }

    @Test
    void plain_text_is_escaped_with_line_breaks_kept() {
        assertEquals("a &lt;b&gt; &amp; &#34;đ&#34;<br>dòng 2", Markdown.escapeText("a <b> & \"đ\"\ndòng 2"));
    }

    @Test
    void course_media_references_point_at_the_course_files_and_nothing_else_is_rewritten() {
        String html = Markdown.toSafeHtml("![Sơ đồ](media/so-do.png) [Tờ gấp](media/to-gap.pdf) [khác](media/a/b.pdf) [web](https://vbpl.vn)",
                "/courses/hoa-giai/media/");
        // the sanitiser writes the rel values in no fixed order
        assertEquals("<p><img src=\"/courses/hoa-giai/media/so-do.png\" alt=\"Sơ đồ\" /> "
                + "<a href=\"/courses/hoa-giai/media/to-gap.pdf\">Tờ gấp</a> "
                + "<a href=\"media/a/b.pdf\">khác</a> "
                + "<a href=\"https://vbpl.vn\">web</a></p>\n", html.replaceAll(" rel=\"[a-z ]+\"", ""));
    }

    @Test
    void wrapped_lines_of_a_course_file_flow_as_one_paragraph() {
        assertEquals("<p>Theo Điều 2,\nhòa giải viên hướng dẫn.</p>\n", Markdown.toSafeHtml("Theo Điều 2,\nhòa giải viên hướng dẫn.", "/m/"));
    }
}
