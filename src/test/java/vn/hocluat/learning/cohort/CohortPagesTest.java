package vn.hocluat.learning.cohort;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.assign.AssignScene;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohorts: opening one, members from the roster (enrolled when they have an account), attendance, scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class CohortPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    AssignScene s;

    @BeforeAll
    void setUp() {
        s = new AssignScene(context);
    }

    private Web as(CurrentUser user) {
        return AssignScene.login(server, user);
    }

    private long open(Web web, long course) {
        HttpResponse<String> r = web.postForm("/cohorts", Map.of("courseId", Long.toString(course), "title", "Đợt tập huấn hòa giải 2026",
                "unitId", Long.toString(s.communeA), "startsOn", "01/02/2026", "endsOn", "31/03/2026"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/cohorts/\\d+\\?created=1"), location);
        return Long.parseLong(location.replaceAll("/cohorts/(\\d+).*", "$1"));
    }

    @Test
    void cohort_with_end_before_start_is_refused_with_the_field_error() {
        long before = s.count("select count(*) from cohort");
        HttpResponse<String> r = as(s.managerA).postForm("/cohorts", Map.of("courseId", Long.toString(s.course().id()),
                "title", "", "unitId", Long.toString(s.communeA), "startsOn", "10/03/2026", "endsOn", "01/03/2026"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"title-error\">Cần nhập tên đợt tập huấn.</p>"), r.body());
        assertTrue(r.body().contains("Ngày kết thúc 01/03/2026 trước ngày bắt đầu 10/03/2026: cần ngày từ ngày bắt đầu trở đi."), r.body());
        assertEquals(before, s.count("select count(*) from cohort"));
    }

    @Test
    void members_with_an_account_are_enrolled_and_their_completion_in_the_cohort_is_attendance() {
        long course = s.course().id();
        long module = s.f.module(course, "Chương 1");
        long lesson1 = s.f.lesson(course, module, "TEXT", true);
        s.f.lesson(course, module, "TEXT", true);
        long village = s.village();
        long mai = s.mediator(village, "Lò Thị Mai", LocalDate.of(2025, 9, 15), true);
        long an = s.mediator(village, "Nguyễn Văn Ân", LocalDate.of(2025, 9, 15), false);
        long lan = s.f.person(village, "Đỗ Thị Lan", s.f.quiz.user("LEARNER", village));
        long lanAccount = s.count("select account_id from person where id = ?", lan);
        s.f.quiz.exec("insert into enrollment (course_id, account_id, person_id, source) values (?, ?, ?, 'SELF')", course, lanAccount, lan);
        Web web = as(s.managerA);
        long cohort = open(web, course);

        HttpResponse<String> group = web.postForm("/cohorts/" + cohort + "/members/group",
                Map.of("groupCode", "MEDIATOR", "unitId", Long.toString(village)));
        assertEquals("/cohorts/" + cohort + "?added=2", group.headers().firstValue("Location").orElseThrow());
        assertEquals(303, web.postForm("/cohorts/" + cohort + "/members", Map.of("personId", Long.toString(lan))).statusCode());

        long maiAccount = s.count("select account_id from person where id = ?", mai);
        assertEquals("COHORT", s.f.quiz.text("select source from enrollment where course_id = ? and account_id = ?", course, maiAccount));
        assertEquals("SELF", s.f.quiz.text("select source from enrollment where course_id = ? and account_id = ?", course, lanAccount));
        assertEquals(2, s.count("select count(*) from enrollment where course_id = ?", course));
        assertEquals(1, s.count("""
                select count(*) from xapi_statement where course_id = ? and account_id = ? and verb = 'REGISTERED' and object_kind = 'COURSE'""",
                course, maiAccount));
        assertEquals(3, s.count("select count(*) from cohort_member where cohort_id = ?", cohort));

        long enrollment = s.count("select id from enrollment where course_id = ? and account_id = ?", course, maiAccount);
        s.f.quiz.exec("insert into lesson_progress (enrollment_id, lesson_id, done_at) values (?, ?, now())", enrollment, lesson1);
        String page = web.get("/cohorts/" + cohort).body();
        assertTrue(page.contains("Đã học 50%"), page);
        assertTrue(page.contains("Chưa có tài khoản — chưa học trực tuyến được"), page);
        assertTrue(page.contains("hoạt động tập huấn trực tuyến"), page);

        s.complete(lan, course, "2026-02-18 10:00+07", cohort);
        page = web.get("/cohorts/" + cohort).body();
        assertTrue(page.contains("Hoàn thành ngày 18/02/2026 · 8,5/10"), page);
        assertTrue(page.contains("<dt>Thành viên</dt><dd>3</dd>"), page);
        assertTrue(page.contains("<dt>Đã hoàn thành trong đợt</dt><dd>1</dd>"), page);

        assertEquals(303, web.postForm("/cohorts/" + cohort + "/members/" + an + "/remove", Map.of()).statusCode());
        assertEquals(2, s.count("select count(*) from cohort_member where cohort_id = ?", cohort));
    }

    @Test
    void manager_of_commune_b_cannot_see_or_change_a_cohort_of_commune_a() {
        long course = s.course().id();
        long personA = s.f.person(s.communeA, "Mai Văn Một", null);
        long personB = s.f.person(s.communeB, "Tạ Văn Hai", null);
        Web a = as(s.managerA);
        long cohort = open(a, course);

        Web b = as(s.managerB);
        assertEquals(403, b.get("/cohorts/" + cohort).statusCode());
        assertFalse(b.get("/cohorts").body().contains("/cohorts/" + cohort + "\""));
        assertEquals(403, b.postForm("/cohorts/" + cohort + "/members", Map.of("personId", Long.toString(personA))).statusCode());
        assertEquals(403, b.postForm("/cohorts/" + cohort + "/members/" + personA + "/remove", Map.of()).statusCode());
        assertEquals(403, b.postForm("/cohorts", Map.of("courseId", Long.toString(course), "title", "Đợt lấn sân",
                "unitId", Long.toString(s.communeA), "startsOn", "01/02/2026", "endsOn", "31/03/2026")).statusCode());

        assertEquals(403, a.postForm("/cohorts/" + cohort + "/members", Map.of("personId", Long.toString(personB))).statusCode());
        assertEquals(403, a.postForm("/cohorts/" + cohort + "/members/group",
                Map.of("groupCode", "MEDIATOR", "unitId", Long.toString(s.communeB))).statusCode());
        assertEquals(0, s.count("select count(*) from cohort_member where cohort_id = ?", cohort));
        assertTrue(a.get("/cohorts").body().contains("<a href=\"/cohorts/" + cohort + "\">Đợt tập huấn hòa giải 2026</a>"));
    }
}
