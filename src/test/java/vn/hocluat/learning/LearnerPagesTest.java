package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's journey through HTTP: catalogue visibility, enrolment, opening lessons, resuming, heartbeats, my learning. */
@MicronautTest(transactional = false)
class LearnerPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    MediaStore media;

    CourseFixtures f;
    long communeA;
    long communeB;
    CourseFixtures.CourseRef publicA;
    CourseFixtures.CourseRef internalA;
    CourseFixtures.CourseRef hiddenA;
    String internalLesson;

    @BeforeAll
    void setUp() {
        f = new CourseFixtures(context);
        long province = f.quiz.province();
        communeA = f.quiz.commune(province);
        communeB = f.quiz.commune(province);
        publicA = f.course(communeA, "PUBLIC", true, true);
        internalA = f.course(communeA, "INTERNAL", true, true);
        hiddenA = f.course(communeA, "PUBLIC", false, true);
        for (var c : new CourseFixtures.CourseRef[] {publicA, internalA, hiddenA}) {
            long m = f.module(c.id(), "Chương 1");
            f.lesson(c.id(), m, "TEXT", true);
        }
        internalLesson = f.quiz.text("select slug from lesson where course_id = ?", internalA.id());
        media.put(internalA.id(), "tai-lieu.pdf", "application/pdf", "%PDF-1.4 noi bo".getBytes());
    }

    Web as(CurrentUser u) {
        return new Web(server.getURI()).login(u.username(), Fixtures.PASSWORD);
    }

    Web anonymous() {
        return new Web(server.getURI());
    }

    String search(Web web) {
        // the slugs share the JVM's prefix: a folded, diacritics-free query finds the three courses of this class
        return web.get("/courses?q=" + "KH%C3%B3a+H%E1%BB%8Dc+kh-" + ProcessHandle.current().pid()).body();
    }

    @Test
    void anonymous_visitors_see_only_published_public_courses() {
        String page = anonymous().get("/courses?q=" + publicA.slug()).body();
        assertTrue(page.contains("Khóa học " + publicA.slug()));
        String all = search(anonymous());
        assertTrue(all.contains(publicA.slug()));
        assertFalse(all.contains(internalA.slug()));
        assertFalse(all.contains(hiddenA.slug()));
        assertEquals(404, anonymous().get("/courses/" + internalA.slug()).statusCode());
        assertEquals(404, anonymous().get("/courses/" + hiddenA.slug()).statusCode());
    }

    @Test
    void learner_of_another_commune_neither_sees_nor_opens_an_internal_course() {
        Web b = as(f.quiz.user("LEARNER", communeB));
        String all = search(b);
        assertTrue(all.contains(publicA.slug()));
        assertFalse(all.contains(internalA.slug()));
        assertEquals(404, b.get("/courses/" + internalA.slug()).statusCode());
        assertEquals(404, b.get("/courses/" + internalA.slug() + "/lessons/" + internalLesson).statusCode());
        assertEquals(404, b.get("/courses/" + internalA.slug() + "/media/tai-lieu.pdf").statusCode());
        assertEquals(404, b.postForm("/courses/" + internalA.slug() + "/enrol", Map.of()).statusCode());

        Web a = as(f.quiz.user("LEARNER", communeA));
        assertTrue(search(a).contains(internalA.slug()));
        assertEquals(200, a.get("/courses/" + internalA.slug() + "/media/tai-lieu.pdf").statusCode());
    }

    @Test
    void catalogue_filters_by_audience_and_topic() {
        CourseFixtures.CourseRef citizens = f.course(communeA, "PUBLIC", true, true);
        f.quiz.exec("update course set audience = '{CITIZEN}', topics = '{phap-luat-doi-song}' where id = ?", citizens.id());
        String mediators = anonymous().get("/courses?group=MEDIATOR&q=" + citizens.slug()).body();
        assertTrue(mediators.contains("Không có khóa học nào phù hợp"));
        assertTrue(anonymous().get("/courses?group=CITIZEN&topic=phap-luat-doi-song&q=" + citizens.slug()).body()
                .contains("Khóa học " + citizens.slug()));
        assertFalse(anonymous().get("/courses?topic=phap-luat-doi-song&q=" + publicA.slug()).body().contains("Khóa học " + publicA.slug()));
    }

    @Test
    void learner_enrols_opens_a_lesson_and_resumes_there() {
        CourseFixtures.CourseRef course = f.course(communeA, "INTERNAL", true, true);
        long m = f.module(course.id(), "Chương 1");
        f.lesson(course.id(), m, "TEXT", true);
        long second = f.lesson(course.id(), m, "TEXT", true);
        String secondSlug = f.quiz.text("select slug from lesson where id = ?", second);
        CurrentUser u = f.quiz.user("LEARNER", communeA);
        Web web = as(u);
        assertTrue(web.get("/courses/" + course.slug()).body().contains("Đăng ký học"));

        HttpResponse<String> enrolled = web.postForm("/courses/" + course.slug() + "/enrol", Map.of());
        assertEquals(303, enrolled.statusCode());
        assertEquals("SELF", f.quiz.text("select source from enrollment where course_id = ? and account_id = ?", course.id(), u.accountId()));

        String lessonUrl = "/courses/" + course.slug() + "/lessons/" + secondSlug;
        String lessonPage = web.get(lessonUrl).body();
        assertTrue(lessonPage.contains("action=\"" + lessonUrl + "/done\""));
        assertTrue(lessonPage.contains("Đánh dấu đã học"));
        assertTrue(lessonPage.contains("rel=\"prev\">← Bài trước"));
        assertTrue(lessonPage.contains("Nội dung <strong>bài học</strong>."));
        assertEquals(200, web.get(lessonUrl).statusCode());
        long enrolment = f.fixtures.queryLong("select id from enrollment where course_id = ? and account_id = ?", course.id(), u.accountId());
        assertEquals(1, f.fixtures.queryLong("select count(*) from lesson_progress where enrollment_id = ? and lesson_id = ?", enrolment, second));
        assertEquals(second, f.fixtures.queryLong("select last_lesson_id from enrollment where id = ?", enrolment));
        assertEquals(1, f.fixtures.queryLong("select count(*) from xapi_statement where account_id = ? and verb = 'EXPERIENCED' and object_id = ?",
                u.accountId(), second));
        String coursePage = web.get("/courses/" + course.slug()).body();
        assertTrue(coursePage.contains("<a href=\"" + lessonUrl + "\">Bài text</a>"), coursePage);
        assertTrue(coursePage.contains("href=\"" + lessonUrl + "\">Tiếp tục học"), coursePage);

        assertEquals(303, web.postForm(lessonUrl + "/done", Map.of()).statusCode());
        String firstUrl = "/courses/" + course.slug() + "/lessons/" + f.quiz.text("select slug from lesson where course_id = ? and id <> ?", course.id(), second);
        assertEquals(303, web.postForm(firstUrl + "/done", Map.of()).statusCode());
        assertTrue(web.get("/courses/" + course.slug()).body().contains("Bạn đã hoàn thành khóa học này."));
        String completed = web.get("/courses/" + course.slug()).body();
        assertTrue(completed.contains("name=\"kind\" value=\"COURSE\""), completed);
        assertTrue(completed.contains("name=\"object\" value=\"" + course.id() + "\""), completed);
        assertEquals(303, web.postForm("/danh-gia", Map.of("kind", "COURSE", "object", String.valueOf(course.id()),
                "back", "/courses/" + course.slug(), "score", "5")).statusCode());
        assertEquals(1, f.fixtures.queryLong("select count(*) from rating r join course c on c.id = r.object_id and c.unit_id = r.owner_unit_id"
                + " where r.object_kind = 'COURSE' and r.object_id = ? and r.account_id = ? and r.score = 5", course.id(), u.accountId()));
        long completion = f.fixtures.queryLong("select id from course_completion where course_id = ? and account_id = ?", course.id(), u.accountId());
        assertTrue(web.get("/my/learning").body().contains("href=\"/my/certificates/" + completion + "\""));
        HttpResponse<byte[]> certificate = web.getBytes("/my/certificates/" + completion);
        assertEquals(200, certificate.statusCode());
        assertEquals("%PDF", new String(certificate.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anonymous_reader_of_a_public_course_is_asked_to_sign_in_and_nothing_is_recorded() {
        String slug = f.quiz.text("select slug from lesson where course_id = ?", publicA.id());
        String page = anonymous().get("/courses/" + publicA.slug() + "/lessons/" + slug).body();
        assertTrue(page.contains("Đăng nhập và đăng ký học để lưu tiến độ"));
        assertEquals(0, f.fixtures.queryLong("select count(*) from enrollment where course_id = ?", publicA.id()));
        HttpResponse<String> refused = anonymous().postForm("/courses/" + publicA.slug() + "/enrol", Map.of());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("đăng nhập và thử lại"));
        assertEquals(0, f.fixtures.queryLong("select count(*) from enrollment where course_id = ?", publicA.id()));
    }

    @Test
    void assignment_lets_a_learner_enrol_where_self_enrolment_is_closed_and_others_are_refused() {
        CourseFixtures.CourseRef course = f.course(communeA, "INTERNAL", true, false);
        f.module(course.id(), "Chương 1");
        CurrentUser assigned = f.quiz.user("LEARNER", communeA);
        long person = f.person(communeA, "Hà Thị Lan", assigned);
        f.quiz.exec("insert into course_assignment (course_id, unit_id, target, person_id, due_on) values (?, ?, 'PERSON', ?, date '2020-01-31')",
                course.id(), communeA, person);
        CurrentUser other = f.quiz.user("LEARNER", communeA);
        f.person(communeA, "Vũ Văn Nam", other);

        Web web = as(assigned);
        String mine = web.get("/my/learning").body();
        assertTrue(mine.contains("Khóa học " + course.slug()));
        assertTrue(mine.contains("31/01/2020"));
        assertTrue(mine.contains("Quá hạn"));
        assertEquals(303, web.postForm("/courses/" + course.slug() + "/enrol", Map.of()).statusCode());
        assertEquals("ASSIGNED", f.quiz.text("select source from enrollment where course_id = ? and account_id = ?", course.id(), assigned.accountId()));

        Web refused = as(other);
        assertTrue(refused.get("/courses/" + course.slug()).body().contains("không tự đăng ký được"));
        HttpResponse<String> r = refused.postForm("/courses/" + course.slug() + "/enrol", Map.of());
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("bạn chưa được giao khóa học"), r.body());
        assertEquals(0, f.fixtures.queryLong("select count(*) from enrollment where course_id = ? and account_id = ?", course.id(), other.accountId()));
    }

    @Test
    void heartbeat_needs_json_and_the_page_token_and_marks_media_done_at_the_end() {
        CourseFixtures.CourseRef course = f.course(communeA, "INTERNAL", true, true);
        long m = f.module(course.id(), "Chương 1");
        long video = f.lesson(course.id(), m, "VIDEO", true);
        f.lesson(course.id(), m, "TEXT", true);
        String url = "/courses/" + course.slug() + "/lessons/" + f.quiz.text("select slug from lesson where id = ?", video);
        CurrentUser u = f.quiz.user("LEARNER", communeA);
        Web web = as(u);
        web.postForm("/courses/" + course.slug() + "/enrol", Map.of());
        web.get(url);

        String beat = url + "/progress";
        String body = "{\"seconds\":15,\"position\":97,\"duration\":100,\"ended\":false}";
        assertEquals(403, web.post(beat, "application/json", body).statusCode());
        assertEquals(403, web.post(beat, "application/json", body, "X-CSRF-Token", "forged").statusCode());
        assertEquals(415, web.post(beat, "text/plain", body, "X-CSRF-Token", web.csrf()).statusCode());
        HttpResponse<String> ok = web.post(beat, "application/json", body, "X-CSRF-Token", web.csrf());
        assertEquals(200, ok.statusCode());
        assertEquals("{\"done\":true,\"completed\":false}", ok.body());
        long enrolment = f.fixtures.queryLong("select id from enrollment where course_id = ? and account_id = ?", course.id(), u.accountId());
        assertEquals(97, f.fixtures.queryLong("select position_seconds from lesson_progress where enrollment_id = ? and lesson_id = ?", enrolment, video));
    }
}
