package vn.hocluat.learning.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Modules and lessons through the pages: add, reorder, move, preview, delete; the stored values exactly. */
@MicronautTest(transactional = false)
class AuthoringOutlineTest extends AuthoringScene {

    long addModule(long course, String title, String slug) {
        HttpResponse<String> r = trainer.form("/authoring/courses/" + course + "/modules", Map.of("moduleTitle", title, "moduleSlug", slug));
        assertEquals(303, r.statusCode(), r.body());
        return f.fixtures.queryLong("select id from course_module where course_id = ? and title = ?", course, title);
    }

    static Map<String, String> textLesson(String title, String slug, long moduleId) {
        Map<String, String> m = new HashMap<>(Map.of("title", title, "slug", slug, "kind", "TEXT", "minutes", "15",
                "body", "Điều 1. **Phạm vi** điều chỉnh.", "moduleId", Long.toString(moduleId), "required", "1", "url", "", "quizId", ""));
        return m;
    }

    long addLesson(long course, long module, Map<String, String> fields) {
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", fields,
                AuthorSession.noFile("file"));
        assertEquals(303, r.statusCode(), r.body());
        return f.fixtures.queryLong("select id from lesson where course_id = ? and slug = ?", course, fields.get("slug"));
    }

    String order(long course) {
        return f.quiz.text("""
                select string_agg(m.slug || ':' || coalesce((select string_agg(l.slug, ',' order by l.position) from lesson l
                    where l.module_id = m.id and not l.retired), ''), ' ' order by m.position)
                from course_module m where m.course_id = ?""", course);
    }

    @Test
    void trainer_builds_modules_and_lessons_and_the_stored_rows_are_exact() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long intro = addModule(course, "Chương 1: Những vấn đề chung", "");
        long skills = addModule(course, "Kỹ năng", "ky-nang");
        long lesson = addLesson(course, intro, textLesson("Phạm vi điều chỉnh", "pham-vi", intro));
        Map<String, String> video = textLesson("Video mở đầu", "", intro);
        video.putAll(Map.of("kind", "VIDEO", "url", "https://www.youtube.com/watch?v=abc", "minutes", "", "required", ""));
        long videoLesson = addLesson(course, intro, withSlug(video, "video-mo-dau"));
        Map<String, String> quiz = textLesson("Kiểm tra cuối khóa", "kiem-tra", skills);
        long quizId = f.quizOf(f.quizLesson(f.course(commune, "INTERNAL", false, true).id(),
                f.module(f.course(commune, "INTERNAL", false, true).id(), "x"), commune, 3, 80, true));
        quiz.putAll(Map.of("kind", "QUIZ", "quizId", Long.toString(quizId), "mustPass", "1"));
        long quizLesson = addLesson(course, skills, quiz);

        assertEquals("chuong-1-nhung-van-de-chung:pham-vi,video-mo-dau ky-nang:kiem-tra", order(course));
        assertEquals("1|TEXT|Phạm vi điều chỉnh|Điều 1. **Phạm vi** điều chỉnh.|true|15||||false", row(lesson));
        assertEquals("2|VIDEO|Video mở đầu|Điều 1. **Phạm vi** điều chỉnh.|false|||https://www.youtube.com/watch?v=abc||false", row(videoLesson));
        assertEquals("1|QUIZ|Kiểm tra cuối khóa|Điều 1. **Phạm vi** điều chỉnh.|true|15|||" + quizId + "|true", row(quizLesson));
        assertEquals("true", f.quiz.text("select unpublished_changes::text from course where id = ?", course));
    }

    static Map<String, String> withSlug(Map<String, String> m, String slug) {
        m.put("slug", slug);
        return m;
    }

    String row(long lessonId) {
        return f.quiz.text("""
                select position || '|' || kind || '|' || title || '|' || body || '|' || required || '|' || coalesce(duration_minutes::text, '')
                    || '|' || coalesce(media_id::text, '') || '|' || coalesce(external_url, '') || '|' || coalesce(quiz_id::text, '')
                    || '|' || must_pass from lesson where id = ?""", lessonId);
    }

    @Test
    void up_and_down_buttons_reorder_modules_and_lessons_and_a_lesson_moves_to_another_module() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long a = addModule(course, "A", "a");
        long b = addModule(course, "B", "b");
        long a1 = addLesson(course, a, textLesson("Một", "mot", a));
        addLesson(course, a, textLesson("Hai", "hai", a));
        addLesson(course, a, textLesson("Ba", "ba", a));
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/lessons/" + a1 + "/move", Map.of("direction", "down")).statusCode());
        assertEquals("a:hai,mot,ba b:", order(course));
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/modules/" + b + "/move", Map.of("direction", "up")).statusCode());
        assertEquals("b: a:hai,mot,ba", order(course));
        trainer.form("/authoring/courses/" + course + "/modules/" + b + "/move", Map.of("direction", "up"));
        assertEquals("b: a:hai,mot,ba", order(course), "the first module stays first");

        Map<String, String> moved = textLesson("Một", "mot", b);
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course + "/lessons/" + a1, moved, AuthorSession.noFile("file"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("b:mot a:hai,ba", order(course));
        assertEquals("1,2", f.quiz.text("select string_agg(position::text, ',' order by position) from lesson where module_id = ?", a));
    }

    @Test
    void a_module_is_deleted_only_when_empty() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long full = addModule(course, "Đầy", "day");
        long empty = addModule(course, "Trống", "trong");
        long lesson = addLesson(course, full, textLesson("Bài", "bai", full));
        HttpResponse<String> refused = trainer.form("/authoring/courses/" + course + "/modules/" + full + "/delete", Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Chỉ xóa được chương không còn bài học nào: hãy xóa hoặc chuyển các bài học sang chương khác trước."));
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/modules/" + empty + "/delete", Map.of()).statusCode());
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/lessons/" + lesson + "/delete", Map.of()).statusCode());
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/modules/" + full + "/delete", Map.of()).statusCode());
        assertEquals(0, f.fixtures.queryLong("select count(*) from course_module where course_id = ?", course));
    }

    @Test
    void a_lesson_learners_opened_is_retired_not_deleted_and_keeps_its_slug() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long module = addModule(course, "Chương", "chuong");
        long lesson = addLesson(course, module, textLesson("Đã học", "da-hoc", module));
        long learner = f.fixtures.queryLong("select id from account where username = ?", f.fixtures.account("LEARNER", commune));
        long enrollment = f.fixtures.queryLong("insert into enrollment (course_id, account_id, source) values (?, ?, 'SELF') returning id", course, learner);
        f.quiz.exec("insert into lesson_progress (enrollment_id, lesson_id) values (?, ?)", enrollment, lesson);
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/lessons/" + lesson + "/delete", Map.of()).statusCode());
        assertEquals("true", f.quiz.text("select retired::text from lesson where id = ?", lesson));
        HttpResponse<String> again = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons",
                textLesson("Bài mới", "da-hoc", module), AuthorSession.noFile("file"));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("id=\"slug-error\">Địa chỉ &quot;da-hoc&quot; đã được dùng cho một bài học khác của khóa học "
                + "(kể cả bài đã gỡ): hãy chọn địa chỉ khác.</p>"), again.body());
    }

    @Test
    void preview_shows_the_sanitised_markdown_and_writes_nothing() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = addModule(course, "Chương", "chuong");
        Map<String, String> fields = textLesson("Xem thử", "xem-thu", module);
        fields.put("body", "**Đậm** <script>alert(1)</script>[x](javascript:alert(1))");
        fields.put("preview", "1");
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", fields,
                AuthorSession.noFile("file"));
        assertEquals(200, r.statusCode());
        String preview = r.body().substring(r.body().indexOf("<div class=\"author-preview-body\">"));
        preview = preview.substring(0, preview.indexOf("</div>"));
        // the sanitiser lists the rel values in no fixed order
        assertEquals("<div class=\"author-preview-body\"><p><strong>Đậm</strong> <a href=\"\" rel=\"\">x</a></p>\n",
                preview.replaceAll("rel=\"[a-z ]+\"", "rel=\"\""));
        assertTrue(r.body().contains("value=\"Xem thử\""), "the form keeps what was typed");
        assertEquals(0, f.fixtures.queryLong("select count(*) from lesson where course_id = ?", course));

        HttpResponse<String> live = trainer.form("/authoring/courses/" + course + "/preview", Map.of("body", "# Tiêu đề <img src=x onerror=alert(1)>"));
        assertEquals(200, live.statusCode());
        assertEquals("<h1>Tiêu đề <img src=\"x\" /></h1>\n", live.body());
    }

    @Test
    void the_forms_show_the_stored_values() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = addModule(course, "Chương một", "chuong-mot");
        long lesson = addLesson(course, module, textLesson("Bài một", "bai-mot", module));
        HttpResponse<String> newLesson = trainer.get("/authoring/courses/" + course + "/modules/" + module + "/lessons/new");
        assertEquals(200, newLesson.statusCode());
        assertTrue(newLesson.body().contains("<option value=\"" + module + "\" selected>Chương 1: Chương một</option>"), newLesson.body());
        HttpResponse<String> edit = trainer.get("/authoring/courses/" + course + "/lessons/" + lesson + "/edit");
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("<textarea id=\"body\" name=\"body\" rows=\"14\""), edit.body());
        assertTrue(edit.body().contains(">Điều 1. **Phạm vi** điều chỉnh.</textarea>"), edit.body());
        assertTrue(edit.body().contains("<input type=\"radio\" name=\"kind\" value=\"TEXT\" checked>"), edit.body());
        HttpResponse<String> newCourse = trainer.get("/authoring/courses/new");
        assertEquals(200, newCourse.statusCode());
        assertTrue(newCourse.body().contains("<input type=\"checkbox\" name=\"selfEnrol\" value=\"1\" checked>"), newCourse.body());
        HttpResponse<String> editCourse = trainer.get("/authoring/courses/" + course + "/edit");
        assertEquals(200, editCourse.statusCode());
        assertTrue(editCourse.body().contains("<input type=\"checkbox\" name=\"audience\" value=\"MEDIATOR\" checked>"), editCourse.body());
        assertTrue(editCourse.body().contains("value=\"luat-pbgdpl\""), editCourse.body());
    }

    @Test
    void lesson_errors_are_reported_at_their_fields() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = addModule(course, "Chương", "chuong");
        Map<String, String> video = textLesson("Video", "video", module);
        video.putAll(Map.of("kind", "VIDEO", "url", "http://example.org/v.mp4"));
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", video,
                AuthorSession.noFile("file"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"url-error\">Đường dẫn phải bắt đầu bằng https:// và có tên miền, tối đa 1000 ký tự.</p>"), r.body());
        video.put("url", "");
        r = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", video, AuthorSession.noFile("file"));
        assertTrue(r.body().contains("id=\"file-error\">Bài video cần một tệp (mp4, webm) hoặc một đường dẫn https://.</p>"), r.body());
        Map<String, String> quiz = textLesson("Kiểm tra", "kiem-tra", module);
        long foreignQuiz = f.quizOf(f.quizLesson(f.course(f.quiz.commune(f.quiz.province()), "INTERNAL", false, true).id(),
                f.module(f.course(commune, "INTERNAL", false, true).id(), "y"), f.quiz.commune(f.quiz.province()), 2, 80, true));
        quiz.putAll(Map.of("kind", "QUIZ", "quizId", Long.toString(foreignQuiz)));
        r = trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", quiz, AuthorSession.noFile("file"));
        assertTrue(r.body().contains("id=\"quizId-error\">Hãy chọn một đề kiểm tra do đơn vị bạn quản lý.</p>"), r.body());
        assertEquals(0, f.fixtures.queryLong("select count(*) from lesson where course_id = ?", course));
    }
}
