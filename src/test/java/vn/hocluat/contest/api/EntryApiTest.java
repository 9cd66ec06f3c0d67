package vn.hocluat.contest.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entrant's play over the API: start, sheet, autosave with prediction, submit, result, and every refusal. */
@MicronautTest(transactional = false)
class EntryApiTest implements TestDatabase {
    static final String UNAUTHORIZED = "Cần đăng nhập thí sinh: gửi mã truy cập trong tiêu đề Authorization: Entrant <mã> (nhận khi đăng ký hoặc đăng nhập).";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    Fixtures fixtures;
    ContestFixtures contests;
    long province;
    long commune;
    String organiser;
    Contest contest;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        contests = new ContestFixtures(context, server.getURI());
        province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TB"), "Tỉnh Thi Đấu", "PROVINCE");
        commune = fixtures.unit(province, Fixtures.unique("XB"), "Xã Thi Đấu", "COMMUNE");
        organiser = fixtures.account("ORGANISER", province);
        contest = contests.published(organiser, province, 4, 3, "", "FULL_SCORE_COUNT", List.of(Window.openNow("Tuần 1")));
    }

    private EntrantClient entrant() {
        EntrantClient c = new EntrantClient(server.getURI());
        c.register(ContestFixtures.freshPhone(), commune);
        return c;
    }

    private String attempts(Contest c) {
        return "/api/v1/contests/" + c.slug() + "/rounds/" + c.roundIds().get(0) + "/attempts";
    }

    @Test
    @SuppressWarnings("unchecked")
    void start_gives_the_sheet_without_keys_and_a_second_start_resumes_it() {
        EntrantClient c = entrant();
        HttpResponse<String> first = c.post(attempts(contest), null);
        assertEquals(201, first.statusCode(), first.body());
        Map<String, Object> started = EntrantClient.json(first.body());
        long id = ((Number) started.get("attemptId")).longValue();
        assertEquals("/api/v1/contests/attempts/" + id, first.headers().firstValue("Location").orElse(""));
        assertFalse((Boolean) started.get("resumed"));
        Map<String, Object> sheet = (Map<String, Object>) started.get("sheet");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) sheet.get("questions");
        assertEquals(3, questions.size());
        questions.forEach(q -> ((List<Map<String, Object>>) q.get("options")).forEach(o -> assertNull(o.get("correct"))));

        HttpResponse<String> again = c.post(attempts(contest), null);
        assertEquals(200, again.statusCode());
        assertEquals(id, ((Number) EntrantClient.json(again.body()).get("attemptId")).longValue());
        assertEquals(1, fixtures.queryLong("select count(*) from contest_entry where attempt_id = ? and device = 'DESKTOP'", id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void saved_answers_and_prediction_come_back_and_submit_is_idempotent_with_the_server_result() {
        EntrantClient c = entrant();
        Map<String, Object> started = EntrantClient.json(c.post(attempts(contest), null).body());
        long id = ((Number) started.get("attemptId")).longValue();
        String answers = EntrantClient.answers((Map<String, Object>) started.get("sheet"), 2);

        HttpResponse<String> saved = c.put("/api/v1/contests/attempts/" + id + "/responses",
                "{\"responses\":" + answers + ",\"prediction\":125}");
        assertEquals(204, saved.statusCode(), saved.body());
        Map<String, Object> sheet = EntrantClient.json(c.get("/api/v1/contests/attempts/" + id).body());
        long chosen = ((List<Map<String, Object>>) sheet.get("questions")).stream()
                .flatMap(q -> ((List<Map<String, Object>>) q.get("options")).stream()).filter(o -> Boolean.TRUE.equals(o.get("chosen"))).count();
        assertEquals(3, chosen);
        assertEquals(125, fixtures.queryLong("select prediction::bigint from contest_entry where attempt_id = ?", id));

        Map<String, Object> open = EntrantClient.json(c.get("/api/v1/contests/attempts/" + id + "/result").body());
        assertEquals(false, open.get("finished"));
        assertNull(open.get("score"));

        HttpResponse<String> submitted = c.post("/api/v1/contests/attempts/" + id + "/submit", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        Map<String, Object> result = EntrantClient.json(submitted.body());
        assertEquals(true, result.get("finished"));
        assertEquals(2.0, ((Number) result.get("score")).doubleValue());
        assertEquals(3.0, ((Number) result.get("maxScore")).doubleValue());
        assertEquals(contest.slug(), result.get("contestSlug"));
        assertTrue(((Number) result.get("durationMs")).longValue() >= 0);

        Map<String, Object> retry = EntrantClient.json(c.post("/api/v1/contests/attempts/" + id + "/submit",
                "{\"responses\":" + EntrantClient.answers((Map<String, Object>) started.get("sheet"), 3) + "}").body());
        assertEquals(result, retry);
        assertEquals(result, EntrantClient.json(c.get("/api/v1/contests/attempts/" + id + "/result").body()));
        HttpResponse<String> late = c.put("/api/v1/contests/attempts/" + id + "/responses", "{\"responses\":" + answers + "}");
        assertEquals(409, late.statusCode());
        HttpResponse<String> closedSheet = c.get("/api/v1/contests/attempts/" + id);
        assertEquals(200, closedSheet.statusCode(), closedSheet.body());
        assertFalse(closedSheet.body().contains("\"correct\":true"), closedSheet.body());
    }

    @Test
    void without_a_valid_entrant_token_every_play_call_is_401() {
        EntrantClient c = entrant();
        long id = ((Number) EntrantClient.json(c.post(attempts(contest), null).body()).get("attemptId")).longValue();
        EntrantClient anonymous = new EntrantClient(server.getURI());
        EntrantClient forged = new EntrantClient(server.getURI()).token(c.token().replaceFirst("^[0-9]+", "1"));
        for (EntrantClient who : List.of(anonymous, forged)) {
            HttpResponse<String> r = who.post(attempts(contest), null);
            assertEquals(401, r.statusCode());
            assertEquals(Map.of("message", UNAUTHORIZED), EntrantClient.json(r.body()));
            assertEquals(401, who.get("/api/v1/contests/attempts/" + id).statusCode());
            assertEquals(401, who.put("/api/v1/contests/attempts/" + id + "/responses", "{\"responses\":[]}").statusCode());
            assertEquals(401, who.post("/api/v1/contests/attempts/" + id + "/submit", null).statusCode());
            assertEquals(401, who.get("/api/v1/contests/attempts/" + id + "/result").statusCode());
        }
    }

    @Test
    void another_entrants_attempt_is_404_and_stays_untouched() {
        EntrantClient owner = entrant();
        long id = ((Number) EntrantClient.json(owner.post(attempts(contest), null).body()).get("attemptId")).longValue();
        EntrantClient other = entrant();
        assertEquals(404, other.get("/api/v1/contests/attempts/" + id).statusCode());
        assertEquals(404, other.put("/api/v1/contests/attempts/" + id + "/responses", "{\"responses\":[],\"prediction\":3}").statusCode());
        assertEquals(404, other.post("/api/v1/contests/attempts/" + id + "/submit", null).statusCode());
        assertEquals(404, other.get("/api/v1/contests/attempts/" + id + "/result").statusCode());
        assertEquals(1, fixtures.queryLong("select count(*) from attempt where id = ? and state = 'IN_PROGRESS'", id));
        assertEquals(0, fixtures.queryLong("select count(*) from contest_entry where attempt_id = ? and prediction is not null", id));
    }

    @Test
    void a_round_of_another_contest_or_a_closed_round_is_refused() {
        EntrantClient c = entrant();
        Contest other = contests.published(organiser, province, 3, 3, "", "NONE", List.of(Window.openNow("Tuần 1")));
        HttpResponse<String> mixed = c.post("/api/v1/contests/" + contest.slug() + "/rounds/" + other.roundIds().get(0) + "/attempts", null);
        assertEquals(404, mixed.statusCode());
        contests.close(other.roundIds().get(0));
        HttpResponse<String> closed = c.post(attempts(other), null);
        assertEquals(409, closed.statusCode());
        assertTrue(String.valueOf(EntrantClient.json(closed.body()).get("message")).startsWith("Vòng thi đã kết thúc lúc "), closed.body());
        assertEquals(0, fixtures.queryLong("select count(*) from contest_entry where round_id = ?", other.roundIds().get(0)));
    }

    @Test
    void a_prediction_in_a_contest_without_one_is_400() {
        EntrantClient c = entrant();
        Contest plain = contests.published(organiser, province, 3, 3, "", "NONE", List.of(Window.openNow("Tuần 1")));
        long id = ((Number) EntrantClient.json(c.post(attempts(plain), null).body()).get("attemptId")).longValue();
        HttpResponse<String> r = c.put("/api/v1/contests/attempts/" + id + "/responses", "{\"responses\":[],\"prediction\":5}");
        assertEquals(400, r.statusCode());
        assertEquals(Map.of("message", "Cuộc thi này không có câu hỏi dự đoán."), EntrantClient.json(r.body()));
    }
}
