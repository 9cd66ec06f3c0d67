package vn.hocluat.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginTest implements TestDatabase {
    @Inject
    EmbeddedServer server;

    @Test
    void login_page_is_vietnamese_and_carries_a_csrf_token() {
        HttpResponse<String> page = new Web(server.getURI()).get("/login");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Đăng nhập</h1>"), page.body());
        assertTrue(page.body().contains("name=\"csrfToken\" value=\""), page.body());
    }

    @Test
    void initial_admin_logs_in_with_the_configured_password_and_sees_accounts_link() {
        Web web = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        HttpResponse<String> home = web.get("/");
        assertTrue(home.body().contains("href=\"/accounts\""), home.body());
    }

    @Test
    void wrong_password_is_refused_with_a_vietnamese_message() {
        Web web = new Web(server.getURI());
        web.get("/login");
        HttpResponse<String> r = web.postForm("/login", Map.of("username", "admin", "password", "sai-mat-khau"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."), r.body());
    }

    @Test
    void form_without_csrf_token_is_refused() {
        Web web = new Web(server.getURI());
        web.get("/login");
        HttpResponse<String> r = web.postForm("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD, "csrfToken", "forged"));
        assertEquals(403, r.statusCode());
    }
}
