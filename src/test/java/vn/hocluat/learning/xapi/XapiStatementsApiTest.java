package vn.hocluat.learning.xapi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.assign.AssignScene;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/xapi/statements: xAPI shape, since/limit paging with "more", and the manager's subtree only. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.public-url", value = "https://hocluat.example.vn/")
class XapiStatementsApiTest implements TestDatabase {
    private static final Pattern UUID_FIELD = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    AssignScene s;
    CurrentUser learnerA;
    String courseSlug;
    long quizId;
    String quizTitle;
    final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void setUp() {
        s = new AssignScene(context);
        var course = s.course();
        courseSlug = course.slug();
        long module = s.f.module(course.id(), "Chương 1");
        long lesson = s.f.lesson(course.id(), module, "TEXT", true);
        quizId = s.f.quizOf(s.f.quizLesson(course.id(), module, s.province, 2, 50, true));
        quizTitle = s.f.quiz.text("select title from quiz where id = ?", quizId);
        learnerA = s.f.quiz.user("LEARNER", s.communeA);
        s.f.quiz.exec("update account set display_name = 'Lò Thị Mai' where id = ?", learnerA.accountId());
        CurrentUser learnerB = s.f.quiz.user("LEARNER", s.communeB);
        ids.add(statement(learnerA, "00000000-0000-4000-8000-0000000000a1", "REGISTERED", "COURSE", course.id(), course.id(), null, null));
        ids.add(statement(learnerA, "00000000-0000-4000-8000-0000000000a2", "EXPERIENCED", "LESSON", lesson, course.id(), null, null));
        ids.add(statement(learnerA, "00000000-0000-4000-8000-0000000000a3", "PASSED", "QUIZ", quizId, course.id(), "8.5", "10"));
        ids.add(statement(learnerB, "00000000-0000-4000-8000-0000000000b1", "COMPLETED", "COURSE", course.id(), course.id(), null, null));
    }

    private long statement(CurrentUser who, String uuid, String verb, String kind, long objectId, long courseId, String score, String max) {
        return s.count("""
                insert into xapi_statement (uuid, account_id, unit_id, verb, object_kind, object_id, course_id, score, max_score, occurred_at, stored_at)
                values (cast(? as uuid), ?, ?, ?, ?, ?, ?, cast(? as numeric), cast(? as numeric),
                        timestamptz '2026-02-18 09:30:00+07', timestamptz '2026-02-18 09:30:01+07') returning id""",
                uuid, who.accountId(), who.unitId(), verb, kind, objectId, courseId, score, max);
    }

    private Web api(CurrentUser user) {
        return new Web(server.getURI()).loginApi(user.username(), Fixtures.PASSWORD);
    }

    private static List<String> uuids(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = UUID_FIELD.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void statements_page_with_since_and_limit_and_point_to_the_next_page() {
        Web web = api(s.managerA);
        HttpResponse<String> first = web.get("/api/v1/xapi/statements?since=0&limit=2");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("1.0.3", first.headers().firstValue("X-Experience-API-Version").orElseThrow());
        assertEquals(List.of("00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000a2"), uuids(first.body()));
        String more = "/api/v1/xapi/statements?since=" + ids.get(1) + "&limit=2";
        assertTrue(first.body().endsWith("],\"more\":\"" + more + "\"}"), first.body());

        HttpResponse<String> second = web.get(more);
        assertEquals(List.of("00000000-0000-4000-8000-0000000000a3"), uuids(second.body()));
        assertTrue(second.body().endsWith("],\"more\":\"\"}"), second.body());

        assertEquals("{\"statements\":[],\"more\":\"\"}", web.get("/api/v1/xapi/statements?since=" + ids.get(2)).body());
    }

    @Test
    void a_quiz_result_is_an_xapi_statement_with_actor_verb_object_and_score() {
        String body = api(s.managerA).get("/api/v1/xapi/statements?since=" + ids.get(1) + "&limit=1").body();
        String expected = "{\"id\":\"00000000-0000-4000-8000-0000000000a3\","
                + "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Lò Thị Mai\",\"account\":{\"homePage\":\"https://hocluat.example.vn\",\"name\":\"" + learnerA.username() + "\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"vi\":\"đã đạt\",\"en-US\":\"passed\"}},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"https://hocluat.example.vn/quizzes/" + quizId + "\","
                + "\"definition\":{\"name\":{\"vi\":\"" + quizTitle + "\"},\"type\":\"http://adlnet.gov/expapi/activities/assessment\"}},"
                + "\"result\":{\"score\":{\"scaled\":0.85,\"raw\":8.5,\"max\":10},\"success\":true,\"completion\":true},"
                + "\"timestamp\":\"2026-02-18T02:30:00Z\",\"stored\":\"2026-02-18T02:30:01Z\",\"version\":\"1.0.3\"}";
        assertEquals("{\"statements\":[" + expected + "],\"more\":\"\"}", body);
    }

    @Test
    void a_course_registration_points_at_the_course_page_without_a_result() {
        String body = api(s.managerA).get("/api/v1/xapi/statements?since=0&limit=1").body();
        assertTrue(body.contains("\"object\":{\"objectType\":\"Activity\",\"id\":\"https://hocluat.example.vn/courses/" + courseSlug + "\","
                + "\"definition\":{\"name\":{\"vi\":\"Khóa học " + courseSlug + "\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}},"
                + "\"timestamp\""), body);
    }

    @Test
    void manager_of_commune_b_reads_none_of_commune_a_statements() {
        String body = api(s.managerB).get("/api/v1/xapi/statements").body();
        assertEquals(List.of("00000000-0000-4000-8000-0000000000b1"), uuids(body));
    }

    @Test
    void only_managers_and_admins_read_statements_and_the_limit_is_bounded() {
        assertEquals(403, api(s.f.quiz.user("TRAINER", s.communeA)).get("/api/v1/xapi/statements").statusCode());
        HttpResponse<String> tooMany = api(s.managerA).get("/api/v1/xapi/statements?limit=501");
        assertEquals(400, tooMany.statusCode());
        assertEquals("{\"message\":\"Tham số \\\"limit\\\" phải là số nguyên từ 1 đến 500.\"}", tooMany.body());
        assertEquals(401, new Web(server.getURI()).get("/api/v1/xapi/statements").statusCode());
    }
}
