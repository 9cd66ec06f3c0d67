package vn.hocluat.contest.entrant;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.entrant.EntrantTesting.code;
import static vn.hocluat.contest.entrant.EntrantTesting.commune;
import static vn.hocluat.contest.entrant.EntrantTesting.freshPhone;
import static vn.hocluat.contest.entrant.EntrantTesting.registration;

/** With an SMS gateway bean the sign-in page offers a new code by SMS, and the old code stops working. */
@MicronautTest(transactional = false)
@Property(name = "test.sms-gateway", value = "true")
class EntrantSmsResetTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    RecordingSms sms;

    @Singleton
    @Requires(property = "test.sms-gateway", value = "true")
    static class RecordingSms implements SmsGateway {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String phone, String text) {
            sent.add(phone + ": " + text);
        }
    }

    @Test
    void a_new_code_is_sent_by_sms_and_replaces_the_old_one() {
        String phone = freshPhone();
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        String old = code(web.postForm("/thi/dang-ky", registration(phone, commune(new Fixtures(context), "Xã Tin Nhắn"))).body());

        Web other = new Web(server.getURI());
        assertTrue(other.get("/thi/dang-nhap").body().contains("action=\"/thi/dang-nhap/gui-ma\""));
        HttpResponse<String> wrong = other.postForm("/thi/dang-nhap/gui-ma", Map.of("phone", phone, "birthDate", "01/01/1990"));
        assertEquals(422, wrong.statusCode());
        assertEquals(0, sms.sent.stream().filter(s -> s.startsWith(phone)).count());

        HttpResponse<String> sent = other.postForm("/thi/dang-nhap/gui-ma", Map.of("phone", phone, "birthDate", "05/09/1990"));
        assertEquals(200, sent.statusCode(), sent.body());
        String text = sms.sent.stream().filter(s -> s.startsWith(phone)).findFirst().orElseThrow();
        String fresh = text.substring(text.length() - 6);
        assertEquals(phone + ": Ma dang nhap du thi cua ban: " + fresh, text);

        assertEquals(422, other.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", "05/09/1990", "code", old)).statusCode());
        assertEquals(303, other.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", "05/09/1990", "code", fresh)).statusCode());
    }
}
