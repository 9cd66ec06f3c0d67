package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import vn.hocluat.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admin signs in, creates a commune manager; the manager signs in and sees only their commune. */
@MicronautTest(transactional = false)
class AdminJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void admin_creates_a_commune_manager_who_sees_only_their_commune(Browser.Viewport viewport) {
        Fixtures fx = new Fixtures(context);
        long province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Hành Trình", "PROVINCE");
        String communeName = "Xã Kiến Thử " + viewport.name();
        fx.unit(province, Fixtures.unique("A"), communeName, "COMMUNE");
        String otherName = "Xã Bên Cạnh " + viewport.name();
        fx.unit(province, Fixtures.unique("B"), otherName, "COMMUNE");
        String username = Fixtures.unique("qlxa").toLowerCase();

        try (Browser b = browser("admin-creates-manager", viewport)) {
            b.open("/login").step("login-page");
            b.type("username", "admin").type("password", ADMIN_PASSWORD)
                    .submit(By.cssSelector("main button[type=submit]")).step("admin-home");
            assertTrue(b.text().contains("Xin chào"), b.text());

            b.open("/accounts/new").step("new-account-form");
            b.type("username", username).type("displayName", "Nguyễn Thị Quản Lý")
                    .select("role", "Cán bộ quản lý").select("unitId", "\u00a0\u00a0\u00a0\u00a0" + communeName)
                    .type("password", "Mat-khau-quan-ly-1")
                    .submit(By.cssSelector("main button[type=submit]")).step("account-created");
            assertEquals("/accounts", b.path());
            assertTrue(b.text().contains("Đã tạo tài khoản \"" + username + "\"."), b.text());

            b.driver().manage().deleteAllCookies();
            b.open("/login");
            b.type("username", username).type("password", "Mat-khau-quan-ly-1")
                    .submit(By.cssSelector("main button[type=submit]")).step("manager-home");
            b.open("/units").step("manager-units");
            assertTrue(b.text().contains(communeName), b.text());
            assertFalse(b.text().contains(otherName), b.text());
        }
    }
}
