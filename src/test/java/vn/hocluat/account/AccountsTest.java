package vn.hocluat.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AccountsTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    Fixtures fx;
    long communeA;
    long communeB;

    @BeforeAll
    void units() {
        fx = new Fixtures(context);
        long province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Thử", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("A"), "Xã An Bình", "COMMUNE");
        communeB = fx.unit(province, Fixtures.unique("B"), "Xã Bình Minh", "COMMUNE");
    }

    @Test
    void admin_creates_a_commune_manager_who_can_then_sign_in() {
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        String username = Fixtures.unique("qlxa").toLowerCase();
        HttpResponse<String> r = admin.postForm("/accounts", Map.of("username", username, "displayName", "Trần Thị Hoa",
                "role", "MANAGER", "unitId", String.valueOf(communeA), "password", "Mat-khau-moi-1"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/accounts?created=" + username, r.headers().firstValue("Location").orElseThrow());
        assertTrue(admin.get("/accounts?created=" + username).body().contains("Đã tạo tài khoản &quot;" + username + "&quot;."));

        Web manager = new Web(server.getURI()).login(username, "Mat-khau-moi-1");
        assertTrue(manager.get("/").body().contains("Trần Thị Hoa"));
        assertEquals(communeA, fx.queryLong("select unit_id from account where username = ?", username));
    }

    @Test
    void create_form_shows_every_field_error_in_vietnamese_and_writes_nothing() {
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        long before = fx.queryLong("select count(*) from account");
        HttpResponse<String> r = admin.postForm("/accounts", Map.of("username", "Ab", "displayName", "",
                "role", "MANAGER", "unitId", String.valueOf(communeA), "password", "ngan"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tên đăng nhập phải dài 3–64 ký tự"), r.body());
        assertTrue(r.body().contains("Cần nhập họ và tên hiển thị (tối đa 200 ký tự)."));
        assertTrue(r.body().contains("Mật khẩu phải có ít nhất 10 ký tự."));
        assertEquals(before, fx.queryLong("select count(*) from account"));
    }

    @Test
    void manager_cannot_create_an_account_in_another_commune_nor_an_admin() {
        Web manager = new Web(server.getURI()).login(fx.account("MANAGER", communeA), Fixtures.PASSWORD);
        HttpResponse<String> other = manager.postForm("/accounts", Map.of("username", Fixtures.unique("x").toLowerCase(),
                "displayName", "Người Khác", "role", "LEARNER", "unitId", String.valueOf(communeB), "password", "Mat-khau-moi-1"));
        assertEquals(422, other.statusCode());
        assertTrue(other.body().contains("Hãy chọn một đơn vị thuộc phạm vi của bạn."));
        HttpResponse<String> admin = manager.postForm("/accounts", Map.of("username", Fixtures.unique("y").toLowerCase(),
                "displayName", "Quản Trị", "role", "ADMIN", "unitId", String.valueOf(communeA), "password", "Mat-khau-moi-1"));
        assertEquals(422, admin.statusCode());
        assertTrue(admin.body().contains("Bạn không được cấp vai trò này."));
    }

    @Test
    void manager_of_other_commune_cannot_see_or_change_an_account() {
        String inB = fx.account("TRAINER", communeB);
        long idInB = fx.queryLong("select id from account where username = ?", inB);
        Web manager = new Web(server.getURI()).login(fx.account("MANAGER", communeA), Fixtures.PASSWORD);
        assertEquals(403, manager.get("/accounts/" + idInB).statusCode());
        assertEquals(403, manager.postForm("/accounts/" + idInB + "/disable", Map.of()).statusCode());
        assertEquals(403, manager.postForm("/accounts/" + idInB + "/password", Map.of("password", "Mat-khau-moi-2")).statusCode());
        assertFalse(manager.get("/accounts").body().contains(inB));
        assertEquals(1, fx.queryLong("select count(*) from account where username = ? and enabled", inB));
    }

    @Test
    void learner_is_refused_the_account_pages() {
        Web learner = new Web(server.getURI()).login(fx.account("LEARNER", communeA), Fixtures.PASSWORD);
        HttpResponse<String> r = learner.get("/accounts");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Không có quyền truy cập"));
        String home = learner.get("/").body();
        assertFalse(home.contains("href=\"/people\""), home);
        assertFalse(home.contains("href=\"/accounts\""), home);
    }

    @Test
    void fifth_wrong_password_locks_the_account_even_for_the_right_password() {
        String username = fx.account("LEARNER", communeA);
        Web web = new Web(server.getURI());
        web.get("/login");
        for (int i = 0; i < 4; i++) {
            assertEquals(422, web.postForm("/login", Map.of("username", username, "password", "sai")).statusCode());
        }
        HttpResponse<String> fifth = web.postForm("/login", Map.of("username", username, "password", "sai"));
        assertTrue(fifth.body().contains("Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút."), fifth.body());
        HttpResponse<String> right = web.postForm("/login", Map.of("username", username, "password", Fixtures.PASSWORD));
        assertEquals(422, right.statusCode());
    }

    @Test
    void anonymous_visitor_is_sent_to_login_and_back() {
        HttpResponse<String> r = new Web(server.getURI()).get("/accounts");
        assertEquals(303, r.statusCode());
        assertEquals("/login?next=%2Faccounts", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void user_changes_own_password() {
        String username = fx.account("TRAINER", communeA);
        Web web = new Web(server.getURI()).login(username, Fixtures.PASSWORD);
        assertEquals(422, web.postForm("/me/password", Map.of("current", "sai", "password", "Mat-khau-rat-moi")).statusCode());
        assertEquals(303, web.postForm("/me/password", Map.of("current", Fixtures.PASSWORD, "password", "Mat-khau-rat-moi")).statusCode());
        new Web(server.getURI()).login(username, "Mat-khau-rat-moi");
    }
}
