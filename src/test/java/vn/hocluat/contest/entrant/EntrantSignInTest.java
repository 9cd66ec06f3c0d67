package vn.hocluat.contest.entrant;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.PasswordHasher;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.entrant.EntrantTesting.code;
import static vn.hocluat.contest.entrant.EntrantTesting.commune;
import static vn.hocluat.contest.entrant.EntrantTesting.freshPhone;
import static vn.hocluat.contest.entrant.EntrantTesting.lock;
import static vn.hocluat.contest.entrant.EntrantTesting.registration;
import static vn.hocluat.contest.entrant.EntrantTesting.row;

@MicronautTest(transactional = false)
class EntrantSignInTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    private String register(String phone, long unit) {
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        HttpResponse<String> done = web.postForm("/thi/dang-ky", registration(phone, unit));
        assertEquals(200, done.statusCode(), done.body());
        return code(done.body());
    }

    private HttpResponse<String> signIn(Web web, String phone, String birth, String code) {
        web.get("/thi/dang-nhap");
        return web.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", birth, "code", code));
    }

    @Test
    void the_right_phone_birth_date_and_code_sign_in_and_show_the_profile() {
        String phone = freshPhone();
        String code = register(phone, commune(new Fixtures(context), "Xã Yên Thế"));
        Web web = new Web(server.getURI());
        assertEquals(303, web.get("/thi/ho-so").statusCode());
        HttpResponse<String> r = signIn(web, "+84" + phone.substring(1), "05/09/1990", code.toLowerCase());
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/thi/ho-so", r.headers().firstValue("Location").orElse(""));
        HttpResponse<String> profile = web.get("/thi/ho-so");
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("Nguyễn Thị Hoa"), profile.body());
        assertTrue(profile.body().contains("Xã Yên Thế"), profile.body());
    }

    @Test
    void a_wrong_code_or_birth_date_does_not_sign_in() {
        String phone = freshPhone();
        String code = register(phone, commune(new Fixtures(context), "Xã Đông Sơn"));
        Web web = new Web(server.getURI());
        String wrong = code.equals("ABCDEF") ? "ABCDEG" : "ABCDEF";
        HttpResponse<String> r = signIn(web, phone, "05/09/1990", wrong);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Số điện thoại, ngày sinh hoặc mã đăng nhập không đúng."), r.body());
        assertEquals(422, signIn(web, phone, "06/09/1990", code).statusCode());
        assertEquals(422, signIn(web, freshPhone(), "05/09/1990", code).statusCode());
        assertEquals(303, web.get("/thi/ho-so").statusCode());
    }

    @Test
    void a_code_stored_as_argon2id_by_an_earlier_version_still_signs_in() {
        String phone = freshPhone();
        register(phone, commune(new Fixtures(context), "Xã Cũ"));
        new Fixtures(context).queryLong("update entrant set code_hash = ? where phone = ? returning 1",
                context.getBean(PasswordHasher.class).hash("ABC234"), phone);
        Web web = new Web(server.getURI());
        assertEquals(422, signIn(web, phone, "05/09/1990", "ABC235").statusCode());
        assertEquals(303, signIn(web, phone, "05/09/1990", "abc234").statusCode());
    }

    @Test
    void without_an_sms_gateway_the_page_says_to_ask_the_organiser() {
        HttpResponse<String> page = new Web(server.getURI()).get("/thi/dang-nhap");
        assertTrue(page.body().contains("Hãy liên hệ Ban tổ chức cuộc thi để được cấp lại mã đăng nhập."), page.body());
        assertFalse(page.body().contains("/thi/dang-nhap/gui-ma"), page.body());
    }

    @Test
    void the_profile_can_be_edited_before_the_first_attempt_and_not_after() {
        Fixtures fixtures = new Fixtures(context);
        String phone = freshPhone();
        String code = register(phone, commune(fixtures, "Xã Cũ"));
        long other = commune(fixtures, "Phường Mới");
        Web web = new Web(server.getURI());
        signIn(web, phone, "05/09/1990", code);
        web.get("/thi/ho-so");
        Map<String, String> edit = Map.of("fullName", "Nguyễn Thị Hoà", "birthDate", "06/09/1990",
                "unitId", String.valueOf(other), "idNumber", "123456789", "email", "");
        HttpResponse<String> saved = web.postForm("/thi/ho-so", edit);
        assertEquals(303, saved.statusCode(), saved.body());
        Map<String, Object> row = row(context, phone);
        assertEquals("Nguyễn Thị Hoà", row.get("full_name"));
        assertEquals(other, row.get("unit_id"));
        assertEquals("*****6789", row.get("id_masked"));

        lock(context, phone);
        HttpResponse<String> refused = web.postForm("/thi/ho-so", Map.of("fullName", "Người Khác",
                "birthDate", "06/09/1990", "unitId", String.valueOf(other), "idNumber", "", "email", ""));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Thông tin đã được khóa sau lượt thi đầu tiên"), refused.body());
        assertEquals("Nguyễn Thị Hoà", row(context, phone).get("full_name"));
        assertFalse(web.get("/thi/ho-so").body().contains("action=\"/thi/ho-so\""));
    }

    @Test
    void a_forged_entrant_cookie_is_not_a_sign_in() throws Exception {
        String phone = freshPhone();
        register(phone, commune(new Fixtures(context), "Xã Giả"));
        long id = (Long) row(context, phone).get("id");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/thi/ho-so"))
                .header("Cookie", "entrant=" + id + ".9999999999.00").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        assertEquals("/thi/dang-nhap", r.headers().firstValue("Location").orElse(""));
    }
}
