package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quizzes and attempts over JSON: scope refusals, 422 field errors, and no key in an open attempt. */
@MicronautTest(transactional = false)
class AttemptApiTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    QuizFixtures f;
    long commune;
    long otherCommune;
    CurrentUser trainer;
    long bank;

    @BeforeAll
    void setUp() {
        f = new QuizFixtures(context);
        long province = f.province();
        commune = f.commune(province);
        otherCommune = f.commune(province);
        trainer = f.user("TRAINER", commune);
        bank = f.bankOfSingles(commune, "Ngân hàng API", 12, "Câu API ", 2);
    }

    Web api(CurrentUser u) {
        return new Web(server.getURI()).loginApi(u.username(), Fixtures.PASSWORD);
    }

    Map<String, Object> read(String body) throws IOException {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }

    String quizJson(long bankId, int count, String reviewMode) {
        return """
                {"title":"Đề API","unitId":%d,"timeLimitMinutes":15,"attemptsAllowed":3,"reviewMode":"%s",
                 "rules":[{"kind":"DRAW","bankId":%d,"count":%d,"points":2}]}""".formatted(commune, reviewMode, bankId, count);
    }

    long createQuiz(String reviewMode) throws IOException {
        HttpResponse<String> r = api(trainer).postJson("/api/v1/quizzes", quizJson(bank, 5, reviewMode));
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> quiz = read(r.body());
        assertEquals(5, quiz.get("questionCount"));
        assertEquals(10, ((Number) quiz.get("maxScore")).intValue());
        return ((Number) quiz.get("id")).longValue();
    }

    @Test
    void a_draw_beyond_the_bank_is_a_422_on_the_rule_field() throws IOException {
        HttpResponse<String> r = api(trainer).postJson("/api/v1/quizzes", quizJson(bank, 13, "SCORE_ONLY"));
        assertEquals(422, r.statusCode());
        assertEquals(Map.of("errors", List.of(Map.of("field", "rules[0].count",
                "message", "Ngân hàng chỉ có 12 câu hỏi phù hợp với điều kiện đã chọn, không đủ 13 câu."))), read(r.body()));
    }

    @Test
    void a_trainer_of_another_commune_cannot_read_or_change_the_quiz() throws IOException {
        long quiz = createQuiz("SCORE_ONLY");
        Web other = api(f.user("TRAINER", otherCommune));
        assertEquals(403, other.get("/api/v1/quizzes/" + quiz).statusCode());
        assertEquals(403, other.putJson("/api/v1/quizzes/" + quiz, quizJson(bank, 1, "SCORE_ONLY")).statusCode());
        assertEquals(403, other.postJson("/api/v1/quizzes/" + quiz + "/attempts", "{}").statusCode());
        assertEquals(200, api(trainer).get("/api/v1/quizzes/" + quiz).statusCode());
    }

    @Test
    void an_open_attempt_shows_only_questions_and_own_responses_then_the_key_after_submit() throws IOException {
        long quiz = createQuiz("FEEDBACK");
        CurrentUser learner = f.user("LEARNER", commune);
        Web web = api(learner);
        HttpResponse<String> started = web.postJson("/api/v1/quizzes/" + quiz + "/attempts", "{}");
        assertEquals(201, started.statusCode(), started.body());
        long id = ((Number) read(started.body()).get("id")).longValue();
        assertEquals(200, web.postJson("/api/v1/quizzes/" + quiz + "/attempts", "{}").statusCode(), "resumed");

        String open = web.get("/api/v1/attempts/" + id).body();
        for (String secret : List.of("\"correct\"", "\"fraction\"", "\"earned\"", "\"accepted\"", "Feedback", "\"score\"", "Đúng: R", "Giải thích")) {
            assertFalse(open.contains(secret), secret + " in " + open);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) read(open).get("questions");
        List<String> responses = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
            int right = options.stream().filter(o -> o.get("text").toString().startsWith("R")).findFirst()
                    .map(o -> ((Number) o.get("position")).intValue()).orElseThrow();
            responses.add("{\"chosen\":[" + (responses.size() < 3 ? right : (right + 1) % 3) + "]}");
        }
        String body = "{\"responses\":[" + String.join(",", responses) + "]}";
        assertEquals(204, web.putJson("/api/v1/attempts/" + id + "/responses", body).statusCode());
        assertTrue(web.get("/api/v1/attempts/" + id).body().contains("\"chosen\":true"));
        assertEquals(404, api(f.user("LEARNER", commune)).get("/api/v1/attempts/" + id).statusCode());

        HttpResponse<String> submitted = web.postJson("/api/v1/attempts/" + id + "/submit", "{}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        Map<String, Object> result = read(submitted.body());
        assertEquals("SUBMITTED", result.get("state"));
        assertEquals(6.0, ((Number) result.get("score")).doubleValue(), "3 right × 2 points, saved responses");
        assertTrue(submitted.body().contains("\"correct\":true") && submitted.body().contains("Đúng: R"));
        assertEquals(submitted.body(), web.postJson("/api/v1/attempts/" + id + "/submit", body).body(), "a retried submit");
        assertEquals(409, web.putJson("/api/v1/attempts/" + id + "/responses", body).statusCode());
    }
}
