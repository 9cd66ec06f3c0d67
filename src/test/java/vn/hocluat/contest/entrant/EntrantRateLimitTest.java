package vn.hocluat.contest.entrant;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.entrant.EntrantTesting.code;
import static vn.hocluat.contest.entrant.EntrantTesting.commune;
import static vn.hocluat.contest.entrant.EntrantTesting.freshPhone;
import static vn.hocluat.contest.entrant.EntrantTesting.registration;
import static vn.hocluat.contest.entrant.EntrantTesting.row;

/** Low limits in a context of its own, so the other tests (all from 127.0.0.1) are not throttled. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.contest.register-limit", value = "2")
@Property(name = "hocluat.contest.signin-phone-failures", value = "3")
@Property(name = "hocluat.contest.signin-address-failures", value = "100")
class EntrantRateLimitTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    @Test
    void registrations_beyond_the_limit_of_an_address_get_a_vietnamese_429() {
        long unit = commune(new Fixtures(context), "Xã Giới Hạn");
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        assertEquals(200, web.postForm("/thi/dang-ky", registration(freshPhone(), unit)).statusCode());
        web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        assertEquals(200, web.postForm("/thi/dang-ky", registration(freshPhone(), unit)).statusCode());
        web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        String phone = freshPhone();
        HttpResponse<String> r = web.postForm("/thi/dang-ky", registration(phone, unit));
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("Có quá nhiều lượt đăng ký từ địa chỉ mạng này."), r.body());
        assertNull(row(context, phone));
    }

    @Test
    void after_three_wrong_codes_even_the_right_code_gets_429_for_that_phone() {
        String phone = freshPhone();
        long unit = commune(new Fixtures(context), "Xã Đoán Mã");
        String code = signUpOutsideTheLimit(phone, unit);
        Web web = new Web(server.getURI());
        web.get("/thi/dang-nhap");
        for (int i = 0; i < 3; i++) {
            assertEquals(422, web.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", "05/09/1990",
                    "code", "ZZZZZZ".equals(code) ? "YYYYYY" : "ZZZZZZ")).statusCode());
        }
        HttpResponse<String> r = web.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", "05/09/1990", "code", code));
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("Bạn đã nhập sai quá nhiều lần."), r.body());
    }

    private String signUpOutsideTheLimit(String phone, long unit) {
        EntrantService service = context.getBean(EntrantService.class);
        return code("class=\"signin-code\">" + service.register(new EntrantInput(phone, "Lê Văn Bình",
                java.time.LocalDate.of(1990, 9, 5), unit, null, null), "test").code() + "<");
    }
}
