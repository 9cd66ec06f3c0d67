package vn.hocluat.learning.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.support.Fixtures;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course form through the pages: exact stored values, field errors in Vietnamese with nothing written, the list. */
@MicronautTest(transactional = false)
class AuthoringCourseTest extends AuthoringScene {
    long village;

    @BeforeAll
    void village() {
        village = f.fixtures.unit(commune, Fixtures.unique("TH"), "Thôn Một", "VILLAGE");
    }

    static List<Map.Entry<String, String>> fields(String slug, String title, String topics, long unitId) {
        List<Map.Entry<String, String>> out = new ArrayList<>(List.of(
                Map.entry("title", title), Map.entry("slug", slug), Map.entry("summary", "Kỹ năng hòa giải ở cơ sở."),
                Map.entry("description", "# Giới thiệu\nKhóa học theo **Luật Hòa giải ở cơ sở 2013**."),
                Map.entry("language", "vi"), Map.entry("audience", "MEDIATOR"), Map.entry("audience", "OFFICIAL"),
                Map.entry("topics", topics), Map.entry("unitId", Long.toString(unitId)), Map.entry("visibility", "PUBLIC"),
                Map.entry("estimatedMinutes", "120"), Map.entry("minMinutes", "")));
        return out;
    }

    long courses(String slug) {
        return f.fixtures.queryLong("select count(*) from course where slug = ?", slug);
    }

    @Test
    void trainer_creates_a_course_and_every_value_is_stored_as_typed() {
        String slug = Fixtures.unique("hoa-giai").toLowerCase();
        HttpResponse<String> r = trainer.multipart("/authoring/courses", fields(slug, "Kỹ năng hòa giải", " hoa-giai-co-so, luat-pbgdpl ,hoa-giai-co-so", village),
                AuthorSession.noFile("cover"));
        assertEquals(303, r.statusCode(), r.body());
        long id = f.fixtures.queryLong("select id from course where slug = ?", slug);
        assertEquals("/authoring/courses/" + id + "?notice=created", r.headers().firstValue("Location").orElseThrow());
        assertEquals("Kỹ năng hòa giải|Kỹ năng hòa giải ở cơ sở.|# Giới thiệu\nKhóa học theo **Luật Hòa giải ở cơ sở 2013**.|vi"
                        + "|{OFFICIAL,MEDIATOR}|{hoa-giai-co-so,luat-pbgdpl}|PUBLIC|false|120||UI|false|1|ky nang hoa giai ky nang hoa giai o co so.",
                f.quiz.text("""
                        select title || '|' || summary || '|' || description || '|' || language || '|' || audience::text || '|' || topics::text
                            || '|' || visibility || '|' || self_enrol || '|' || estimated_minutes || '|' || coalesce(min_minutes::text, '')
                            || '|' || origin || '|' || published || '|' || version || '|' || search_text
                        from course where id = ?""", id));
        assertEquals(village, f.fixtures.queryLong("select unit_id from course where id = ?", id));
        HttpResponse<String> page = trainer.get("/authoring/courses/" + id + "?notice=created");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Đã tạo khóa học. Hãy thêm chương và bài học, rồi xuất bản."), page.body());
        assertTrue(page.body().contains("href=\"/courses/" + id + "/export.zip\">Xuất tệp (.zip)</a>"), page.body());
        assertTrue(page.body().contains("href=\"/courses/" + slug + "\">Xem như học viên</a>"), page.body());
        HttpResponse<String> list = trainer.get("/authoring/courses");
        assertTrue(list.body().contains("<a href=\"/authoring/courses/" + id + "\">Kỹ năng hòa giải</a>"), list.body());
    }

    @Test
    void an_empty_slug_is_made_from_the_title() {
        String title = "Chuyển đổi số " + Fixtures.unique("Đợt");
        HttpResponse<String> r = trainer.multipart("/authoring/courses", fields("", title, "", commune), AuthorSession.noFile("cover"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(1, f.fixtures.queryLong("select count(*) from course where slug = ?", FormValues.slugOr("", title)));
        assertTrue(FormValues.slugOr("", title).startsWith("chuyen-doi-so-dot"), FormValues.slugOr("", title));
    }

    @Test
    void a_slug_taken_by_another_course_is_refused_and_nothing_is_written() {
        String slug = f.course(commune, "INTERNAL", false, true).slug();
        long before = f.fixtures.queryLong("select count(*) from course");
        HttpResponse<String> r = trainer.multipart("/authoring/courses", fields(slug, "Khóa trùng", "", commune), AuthorSession.noFile("cover"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"slug-error\">Địa chỉ &quot;" + slug
                + "&quot; đã được dùng cho một khóa học khác: hãy chọn địa chỉ khác.</p>"), r.body());
        assertTrue(r.body().contains("value=\"Khóa trùng\""), "the form keeps what was typed");
        assertEquals(before, f.fixtures.queryLong("select count(*) from course"));
    }

    @Test
    void a_bad_slug_and_a_bad_topic_code_are_refused_with_their_messages() {
        long before = f.fixtures.queryLong("select count(*) from course");
        HttpResponse<String> r = trainer.multipart("/authoring/courses", fields("Hoa_Giai", "Khóa lỗi", "luat-pbgdpl, Hòa giải", commune),
                AuthorSession.noFile("cover"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"alert\" role=\"alert\">Có 2 chỗ cần sửa, xem thông báo ở từng trường bên dưới.</p>"), r.body());
        assertTrue(r.body().contains("id=\"slug-error\">Địa chỉ &quot;Hoa_Giai&quot; không hợp lệ: chỉ dùng chữ thường không dấu a–z, số 0–9 "
                + "và dấu gạch ngang giữa các từ, tối đa 80 ký tự (ví dụ: hoa-giai-co-so).</p>"), r.body());
        assertTrue(r.body().contains("id=\"topics-error\">Mã chủ đề &quot;Hòa giải&quot; không hợp lệ: chỉ dùng chữ thường không dấu a–z, "
                + "số 0–9 và dấu gạch ngang giữa các từ (ví dụ: hoa-giai-co-so).</p>"), r.body());
        assertEquals(before, f.fixtures.queryLong("select count(*) from course"));
    }

    @Test
    void missing_title_summary_and_bad_minutes_are_each_reported_at_their_field() {
        List<Map.Entry<String, String>> form = new ArrayList<>(fields("khoa-thieu", "", "", commune));
        form.replaceAll(e -> switch (e.getKey()) {
            case "summary" -> Map.entry("summary", "");
            case "estimatedMinutes" -> Map.entry("estimatedMinutes", "1,5");
            default -> e;
        });
        HttpResponse<String> r = trainer.multipart("/authoring/courses", form, AuthorSession.noFile("cover"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"title-error\">Hãy nhập tên khóa học (tối đa 300 ký tự).</p>"), r.body());
        assertTrue(r.body().contains("id=\"summary-error\">Hãy nhập tóm tắt khóa học (một hai câu giới thiệu trong danh mục, tối đa 1000 ký tự).</p>"));
        assertTrue(r.body().contains("id=\"estimatedMinutes-error\">Thời lượng dự kiến (phút) phải là số phút nguyên dương (ví dụ: 90) "
                + "hoặc để trống; &quot;1,5&quot; không hợp lệ.</p>"), r.body());
        assertEquals(0, courses("khoa-thieu"));
    }

    @Test
    void an_owner_unit_outside_the_trainers_subtree_is_refused() {
        long other = f.quiz.commune(f.quiz.province());
        HttpResponse<String> r = trainer.multipart("/authoring/courses", fields("khoa-ngoai-pham-vi", "Khóa ngoài", "", other),
                AuthorSession.noFile("cover"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"unitId-error\">Hãy chọn đơn vị chủ quản trong phạm vi quản lý của bạn.</p>"), r.body());
        assertEquals(0, courses("khoa-ngoai-pham-vi"));
    }

    @Test
    void editing_keeps_the_slug_once_published_and_stores_the_new_values() {
        CourseFixtures.CourseRef c = f.course(commune, "INTERNAL", false, true);
        assertEquals(303, trainer.form("/authoring/courses/" + c.id() + "/publish", Map.of()).statusCode());
        List<Map.Entry<String, String>> form = fields("doi-dia-chi", "Tên mới", "phap-luat-doi-song", commune);
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + c.id(), form, AuthorSession.noFile("cover"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(c.slug() + "|Tên mới|{phap-luat-doi-song}|true", f.quiz.text(
                "select slug || '|' || title || '|' || topics::text || '|' || unpublished_changes from course where id = ?", c.id()));
    }
}
