package vn.hocluat.training;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After the allowed failed identifications, an address is refused even with the right phone and birth date. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
@Property(name = "hocluat.checkin.failures-per-window", value = "2")
class CheckinRateLimitTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    @Test
    void third_attempt_after_two_failures_is_refused_with_429_and_marks_nobody() {
        ActivityScene a = new ActivityScene(context, server);
        Web organiser = a.as(a.s.managerA);
        long id = a.activity(organiser, a.s.communeA, "Tập huấn giới hạn thử");
        long tuan = a.person(a.s.communeA, "Hà Văn Tuấn", "0977123456", null);
        organiser.postForm("/activities/" + id + "/checkin/open", Map.of());
        String code = a.s.f.quiz.text("select checkin_code from training_activity where id = ?", id);

        Web phone = a.anonymous();
        phone.get("/checkin/" + code);
        assertEquals(422, phone.postForm("/checkin/" + code, Map.of("phone", "0977000001", "birthDate", "14/03/1985")).statusCode());
        assertEquals(422, phone.postForm("/checkin/" + code, Map.of("phone", "0977000002", "birthDate", "14/03/1985")).statusCode());
        HttpResponse<String> refused = phone.postForm("/checkin/" + code, Map.of("phone", "0977123456", "birthDate", "14/03/1985"));
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("Đã thử quá nhiều lần."), refused.body());
        assertNull(a.participant(id, tuan));
    }
}
