package vn.hocluat.learning.files;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.learning.files.CourseImporter.Outcome;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing course folders: first import, idempotence, a higher version, origin UI. */
@MicronautTest(transactional = false)
class CourseFilesImportTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    CoursesImport imports;
    @Inject
    EmbeddedServer server;

    CourseFixtures f;

    @BeforeAll
    void setUp() {
        f = new CourseFixtures(context);
    }

    private long courseId(String slug) {
        return f.fixtures.queryLong("select id from course where slug = ?", slug);
    }

    private long count(String sql, Object... args) {
        return f.fixtures.queryLong(sql, args);
    }

    @Test
    void a_course_folder_imports_with_modules_lessons_media_questions_and_quiz() {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.smallCourse(root, slug, 1, "Kỹ năng hòa giải", "");

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(List.of(Outcome.IMPORTED), report.stream().map(ImportReport.Folder::outcome).toList());
        long id = courseId(slug);
        assertEquals("Kỹ năng hòa giải|1|FILES|VN|true|INTERNAL|true|{MEDIATOR,OFFICIAL}|{hoa-giai-co-so}|60", f.quiz.text("""
                select c.title || '|' || c.version || '|' || c.origin || '|' || u.code || '|' || c.published || '|'
                       || c.visibility || '|' || c.self_enrol || '|' || c.audience::text
                       || '|' || c.topics::text || '|' || c.estimated_minutes
                from course c join unit u on u.id = c.unit_id where c.id = ?""", id));
        assertEquals("Khóa học giới thiệu **Luật Hòa giải ở cơ sở 2013**.", f.quiz.text("select description from course where id = ?", id));
        assertEquals("bia.png", f.quiz.text("select m.name from course c join course_media m on m.id = c.cover_media_id where c.id = ?", id));
        assertEquals("nhap-mon:1:Nhập môn:Chương mở đầu.,kiem-tra:2:Kiểm tra:", f.quiz.text("""
                select string_agg(slug || ':' || position || ':' || title || ':' || body, ',' order by position)
                from course_module where course_id = ?""", id));
        assertEquals("gioi-thieu:TEXT:1:true:10:,nghe:AUDIO:2:false::bai-1.mp3,bai-kiem-tra:QUIZ:1:true::", f.quiz.text("""
                select string_agg(l.slug || ':' || l.kind || ':' || l.position || ':' || l.required || ':'
                                  || coalesce(l.duration_minutes::text, '') || ':' || coalesce(m.name, ''), ',' order by mo.position, l.position)
                from lesson l join course_module mo on mo.id = l.module_id left join course_media m on m.id = l.media_id
                where l.course_id = ?""", id));
        assertEquals(3, count("select count(*) from course_media where course_id = ?", id));
        assertEquals("70.00|3|900|HIGHEST|FEEDBACK|true", f.quiz.text("""
                select q.pass_percent || '|' || q.attempts_allowed || '|' || q.time_limit_seconds || '|' || q.grading_method
                       || '|' || q.review_mode || '|' || l.must_pass
                from lesson l join quiz q on q.id = l.quiz_id where l.course_id = ? and l.slug = 'bai-kiem-tra'""", id));
        assertEquals("DRAW|2|questions/kiem-tra.gift|true", f.quiz.text("""
                select r.kind || '|' || r.draw_count || '|' || r.tag || '|' || (r.bank_id = c.bank_id)
                from lesson l join quiz_rule r on r.quiz_id = l.quiz_id join course c on c.id = l.course_id
                where l.course_id = ? and l.slug = 'bai-kiem-tra'""", id));
        assertEquals("SINGLE::EASY|NUMERICAL::|TRUE_FALSE:Hòa giải/Nguyên tắc:", f.quiz.text("""
                select string_agg(q.type || ':' || coalesce(q.category, '') || ':' || coalesce(q.difficulty, ''), '|' order by q.id)
                from question q join course c on c.bank_id = q.bank_id where c.id = ? and q.active""", id));
    }

    @Test
    void the_same_version_again_writes_nothing() {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.smallCourse(root, slug, 1, "Khóa một lần", "");
        imports.importAll(root);
        long id = courseId(slug);
        String before = snapshot(id);

        CourseFolders.write(root.resolve(slug), "01-nhap-mon/01-gioi-thieu.md", "---\ntitle: Đổi mà không nâng phiên bản\nkind: text\n---\n");
        List<ImportReport.Folder> again = imports.importAll(root);

        assertEquals(Outcome.UNCHANGED, again.get(0).outcome());
        assertEquals(before, snapshot(id));
    }

    /** What a re-import could change: the course row's time, and the number of rows of every table it writes. */
    private String snapshot(long id) {
        return f.quiz.text("""
                select c.updated_at::text || '|' || c.title
                       || '|' || (select count(*) from course_module where course_id = c.id)
                       || '|' || (select count(*) from lesson where course_id = c.id)
                       || '|' || (select string_agg(title, ',' order by id) from lesson where course_id = c.id)
                       || '|' || (select count(*) from course_media where course_id = c.id)
                       || '|' || (select count(*) from question where bank_id = c.bank_id)
                       || '|' || (select max(updated_at)::text from quiz where id in (select quiz_id from lesson where course_id = c.id))
                from course c where c.id = ?""", id);
    }

    @Test
    void a_higher_version_updates_in_place_keeps_progress_and_retires_removed_lessons() {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        Path dir = CourseFolders.smallCourse(root, slug, 1, "Phiên bản một", "");
        imports.importAll(root);
        long id = courseId(slug);
        long intro = count("select id from lesson where course_id = ? and slug = 'gioi-thieu'", id);
        long quizLesson = count("select id from lesson where course_id = ? and slug = 'bai-kiem-tra'", id);
        long quiz = count("select quiz_id from lesson where id = ?", quizLesson);
        CurrentUser learner = f.quiz.user("LEARNER", f.fixtures.rootId());
        long enrollment = count("insert into enrollment (course_id, account_id, source) values (?, ?, 'SELF') returning id",
                id, learner.accountId());
        f.quiz.exec("insert into lesson_progress (enrollment_id, lesson_id, done_at, seconds_spent) values (?, ?, now(), 120)",
                enrollment, intro);

        CourseFolders.smallCourse(root, slug, 2, "Phiên bản hai", "");
        CourseFolders.write(dir, "01-nhap-mon/01-gioi-thieu.md", "---\ntitle: Giới thiệu mới\nkind: text\n---\n\nNội dung mới.\n");
        CourseFolders.delete(dir, "01-nhap-mon/02-nghe.md");
        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(Outcome.UPDATED, report.get(0).outcome());
        assertEquals("Phiên bản hai|2", f.quiz.text("select title || '|' || version from course where id = ?", id));
        assertEquals("Giới thiệu mới|Nội dung mới.|false", f.quiz.text("select title || '|' || body || '|' || retired from lesson where id = ?", intro));
        assertEquals("true", f.quiz.text("select retired::text from lesson where course_id = ? and slug = 'nghe'", id));
        assertEquals(quiz, count("select quiz_id from lesson where id = ?", quizLesson));
        assertEquals(120, count("select seconds_spent from lesson_progress where enrollment_id = ? and lesson_id = ?", enrollment, intro));
        assertEquals(1, count("select count(*) from enrollment where id = ?", enrollment));
        assertEquals(3, count("select count(*) from question q join course c on c.bank_id = q.bank_id where c.id = ?", id));
    }

    @Test
    void a_course_written_in_the_ui_is_not_replaced_by_a_folder_of_the_same_version() {
        long unit = f.quiz.province();
        CourseFixtures.CourseRef ui = f.course(unit, "INTERNAL", true, true);
        Path root = CourseFolders.newRoot();
        CourseFolders.smallCourse(root, ui.slug(), 1, "Thư mục trùng tên", "");

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(Outcome.SKIPPED, report.get(0).outcome());
        assertEquals(List.of(FileIssue.at("course.md", 3, "course.files.error.uiNotNewer", ui.slug(), 1, 1)), report.get(0).issues());
        assertEquals("Khóa học " + ui.slug() + "|UI", f.quiz.text("select title || '|' || origin from course where id = ?", ui.id()));
    }

    @Test
    void a_higher_folder_version_replaces_a_ui_course_with_quizzes_of_its_own() {
        long unit = f.quiz.province();
        CourseFixtures.CourseRef ui = f.course(unit, "INTERNAL", true, true);
        long uiQuizLesson = f.quizLesson(ui.id(), f.module(ui.id(), "Chương"), unit, 2, 50, true);
        long uiQuiz = f.quizOf(uiQuizLesson);
        Path root = CourseFolders.newRoot();
        CourseFolders.smallCourse(root, ui.slug(), 2, "Từ thư mục", "");

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(Outcome.UPDATED, report.get(0).outcome());
        assertEquals("Từ thư mục|FILES|2", f.quiz.text("select title || '|' || origin || '|' || version from course where id = ?", ui.id()));
        assertEquals("true", f.quiz.text("select retired::text from lesson where id = ?", uiQuizLesson));
        assertEquals(1, count("select count(*) from lesson where course_id = ? and kind = 'QUIZ' and quiz_id <> ? and not retired", ui.id(), uiQuiz));
        assertEquals("50.00|1", f.quiz.text("select pass_percent || '|' || (select count(*) from quiz_rule where quiz_id = q.id) from quiz q where id = ?", uiQuiz));
    }

    @Test
    void a_link_that_stays_inside_the_course_folder_is_followed() throws IOException {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        Path dir = CourseFolders.smallCourse(root, slug, 1, "Liên kết trong thư mục", "");
        Files.createSymbolicLink(dir.resolve("media/bia-2.png"), dir.resolve("media/bia.png"));

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(Outcome.IMPORTED, report.get(0).outcome());
        assertEquals(4, count("select count(*) from course_media where course_id = ?", courseId(slug)));
    }

    @Test
    void a_folder_naming_an_unknown_unit_is_skipped_at_the_unit_line() {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.smallCourse(root, slug, 1, "Đơn vị lạ", "unit: KHONG-CO");

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(List.of(FileIssue.at("course.md", 7, "course.files.error.unitUnknown", "KHONG-CO")), report.get(0).issues());
        assertEquals(0, count("select count(*) from course where slug = ?", slug));
    }

    @Test
    void import_report_page_is_for_administrators_only() {
        Path root = CourseFolders.newRoot();
        CourseFolders.smallCourse(root, CourseFolders.slug(), 1, "Báo cáo", "unit: KHONG-CO-NUA");
        imports.importAll(root);
        String manager = f.fixtures.account("MANAGER", f.fixtures.rootId());

        HttpResponse<String> refused = new Web(server.getURI()).login(manager, Fixtures.PASSWORD).get(ImportReportController.URL);
        HttpResponse<String> page = new Web(server.getURI()).login("admin", ADMIN_PASSWORD).get(ImportReportController.URL);

        assertEquals(403, refused.statusCode());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tệp course.md, dòng 7: không có đơn vị mã &quot;KHONG-CO-NUA&quot;"), page.body());
        assertTrue(page.body().contains("Bỏ qua do có lỗi"), page.body());
    }
}
