package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admission limit of the contest routes: 503 with Retry-After while every place is taken, other pages unaffected. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.contest.admission.permits", value = "2")
@Property(name = "hocluat.contest.admission.heavy-permits", value = "1")
@Property(name = "hocluat.contest.admission.retry-after-seconds", value = "7")
class AdmissionFilterTest implements TestDatabase {
    static final String BUSY = "Hệ thống đang phục vụ quá nhiều thí sinh cùng lúc. Bài làm đã lưu của bạn không bị mất; vui lòng thử lại sau vài giây.";

    @Inject
    EmbeddedServer server;
    @Inject
    Admission admission;

    int held;
    int heldHeavy;

    @AfterEach
    void release() {
        for (; held > 0; held--) {
            admission.leave(false);
        }
        for (; heldHeavy > 0; heldHeavy--) {
            admission.leave(true);
        }
    }

    private void takeEveryPlace() {
        while (admission.tryEnter(false)) {
            held++;
        }
        assertEquals(2, held);
    }

    @Test
    void api_answers_503_json_with_retry_after_while_the_places_are_taken_and_serves_again_after() {
        EntrantClient c = new EntrantClient(server.getURI());
        assertEquals(200, c.get("/api/v1/contests").statusCode());
        takeEveryPlace();
        HttpResponse<String> busy = c.get("/api/v1/contests");
        assertEquals(503, busy.statusCode());
        assertEquals("7", busy.headers().firstValue("Retry-After").orElse(""));
        assertEquals(Map.of("message", BUSY), EntrantClient.json(busy.body()));
        release();
        assertEquals(200, c.get("/api/v1/contests").statusCode());
    }

    @Test
    void registration_and_sign_in_have_their_own_pool_and_play_goes_on_when_it_is_full() {
        EntrantClient c = new EntrantClient(server.getURI());
        assertTrue(admission.tryEnter(true));
        heldHeavy++;
        HttpResponse<String> register = c.post("/api/v1/contests/entrants", EntrantClient.registration("0912345678", 1));
        assertEquals(503, register.statusCode());
        assertEquals(Map.of("message", BUSY), EntrantClient.json(register.body()));
        assertEquals(503, c.post("/api/v1/contests/sessions", "{}").statusCode());
        assertEquals(503, new Web(server.getURI()).postForm("/thi/dang-nhap", Map.of("phone", "0912345678")).statusCode());
        assertEquals(200, c.get("/api/v1/contests").statusCode());
        assertEquals(401, c.get("/api/v1/contests/attempts/1").statusCode());
        release();
        assertEquals(422, c.post("/api/v1/contests/sessions", "{}").statusCode());
    }

    @Test
    void contest_pages_answer_a_short_503_page_and_other_pages_are_not_limited() {
        Web web = new Web(server.getURI());
        takeEveryPlace();
        HttpResponse<String> page = web.get("/thi/dang-nhap");
        assertEquals(503, page.statusCode());
        assertEquals("7", page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.body().contains("Hệ thống đang quá tải"), page.body());
        assertTrue(page.body().contains(BUSY), page.body());
        assertEquals(200, web.get("/login").statusCode());
    }

    @Test
    void a_request_that_fails_gives_its_place_back() {
        EntrantClient c = new EntrantClient(server.getURI());
        for (int i = 0; i < 5; i++) {
            assertEquals(404, c.get("/api/v1/contests/no-such-contest-" + i).statusCode());
            assertEquals(401, c.get("/api/v1/contests/attempts/1").statusCode());
        }
        assertEquals(422, c.post("/api/v1/contests/sessions", "{}").statusCode());
        takeEveryPlace();
        assertTrue(admission.tryEnter(true));
        heldHeavy++;
    }
}
