package vn.hocluat.contest.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attempt survives kill -9 of the application mid-round: the application runs as a separate
 * process on the test database, is killed with SIGKILL while one entrant has saved answers and
 * after another's submit was accepted, and is started again. The in-process application only sets
 * the contest up. Runs with the journeys: {@code ./mvnw -Pe2e test -Dtest=KillRestartTest}.
 */
@Tag("e2e")
@MicronautTest(transactional = false)
class KillRestartTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    AppProcess app;

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void after_sigkill_and_restart_the_entrant_resumes_with_saved_answers_and_the_accepted_submit_is_kept() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        long province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TK"), "Tỉnh Sự Cố", "PROVINCE");
        long commune = fixtures.unit(province, Fixtures.unique("XK"), "Xã Sự Cố", "COMMUNE");
        Contest contest = new ContestFixtures(context, server.getURI()).published(fixtures.account("ORGANISER", province), province,
                5, 5, "1", "FULL_SCORE_COUNT", List.of(Window.openNow("Tuần 1")));
        String attempts = "/api/v1/contests/" + contest.slug() + "/rounds/" + contest.roundIds().get(0) + "/attempts";

        Map<String, String> properties = getProperties();
        app = new AppProcess(Map.of(
                "HOCLUAT_DB_URL", properties.get("datasources.default.url"),
                "HOCLUAT_DB_USER", properties.getOrDefault("datasources.default.username", "postgres"),
                "HOCLUAT_DB_PASSWORD", properties.getOrDefault("datasources.default.password", ""),
                "HOCLUAT_JWT_SECRET", "kill-test-secret-0123456789-0123456789-0123456789"),
                Files.createTempDirectory("hocluat-kill"));
        app.start();

        EntrantClient playing = new EntrantClient(app.uri());
        playing.register(ContestFixtures.freshPhone(), commune);
        Map<String, Object> started = EntrantClient.json(playing.post(attempts, null).body());
        long attempt = ((Number) started.get("attemptId")).longValue();
        String answers = EntrantClient.answers((Map<String, Object>) started.get("sheet"), 4);
        assertEquals(204, playing.put("/api/v1/contests/attempts/" + attempt + "/responses",
                "{\"responses\":" + answers + ",\"prediction\":42}").statusCode());

        EntrantClient done = new EntrantClient(app.uri());
        done.register(ContestFixtures.freshPhone(), commune);
        Map<String, Object> other = EntrantClient.json(done.post(attempts, null).body());
        long submitted = ((Number) other.get("attemptId")).longValue();
        HttpResponse<String> accepted = done.post("/api/v1/contests/attempts/" + submitted + "/submit",
                "{\"responses\":" + EntrantClient.answers((Map<String, Object>) other.get("sheet"), 5) + "}");
        assertEquals(200, accepted.statusCode(), accepted.body());

        app.kill();
        assertEquals(137, app.exitCode(), "killed by SIGKILL");
        app.start();

        HttpResponse<String> resumed = playing.post(attempts, null);
        assertEquals(200, resumed.statusCode(), resumed.body());
        Map<String, Object> again = EntrantClient.json(resumed.body());
        assertEquals(attempt, ((Number) again.get("attemptId")).longValue());
        assertEquals(true, again.get("resumed"));
        Map<String, Object> sheet = (Map<String, Object>) again.get("sheet");
        assertEquals("IN_PROGRESS", sheet.get("state"));
        assertTrue(((Number) sheet.get("secondsLeft")).longValue() > 0);
        assertEquals(answers, chosen(sheet));
        Map<String, Object> result = EntrantClient.json(playing.post("/api/v1/contests/attempts/" + attempt + "/submit", null).body());
        assertEquals(4.0, ((Number) result.get("score")).doubleValue());
        assertEquals(42.0, ((Number) result.get("prediction")).doubleValue());

        Map<String, Object> kept = EntrantClient.json(done.get("/api/v1/contests/attempts/" + submitted + "/result").body());
        assertEquals(true, kept.get("finished"));
        assertEquals(5.0, ((Number) kept.get("score")).doubleValue());
        assertEquals(1, fixtures.queryLong("select count(*) from attempt where id = ? and state = 'SUBMITTED'", submitted));
    }

    /** The sheet's chosen options in the form the answers were sent. */
    @SuppressWarnings("unchecked")
    private static String chosen(Map<String, Object> sheet) {
        StringBuilder sb = new StringBuilder("[");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) sheet.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            Object position = ((List<Map<String, Object>>) questions.get(i).get("options")).stream()
                    .filter(o -> Boolean.TRUE.equals(o.get("chosen"))).findFirst().orElseThrow().get("position");
            sb.append(i == 0 ? "" : ",").append("{\"chosen\":[").append(position).append("]}");
        }
        return sb.append("]").toString();
    }
}
