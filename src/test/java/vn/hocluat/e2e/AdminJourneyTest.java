package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import vn.hocluat.support.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation's journey: admin signs in and creates a commune manager; the manager signs in,
 * imports a roster with mistakes (sees every row error, nothing written), then the corrected file,
 * and sees only their commune's units and people.
 */
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
        String communeCode = Fixtures.unique("A");
        fx.unit(province, communeCode, communeName, "COMMUNE");
        String otherName = "Xã Bên Cạnh " + viewport.name();
        String otherCode = Fixtures.unique("B");
        fx.unit(province, otherCode, otherName, "COMMUNE");
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

            String p = Fixtures.unique("NV");
            Path bad = roster(p, communeCode, "31/02/1990", otherCode);
            b.open("/people/import").step("import-page");
            b.driver().findElement(By.id("file")).sendKeys(bad.toString());
            b.submit(By.cssSelector("main form button[type=submit]")).step("import-errors");
            assertTrue(b.text().contains("2 dòng lỗi, chưa ghi dữ liệu nào."), b.text());
            assertTrue(b.text().contains("31/02/1990"), b.text());
            assertEquals(0, fx.queryLong("select count(*) from person where code like ?", p + "%"));

            Path good = roster(p, communeCode, "28/02/1990", communeCode);
            b.driver().findElement(By.id("file")).sendKeys(good.toString());
            b.submit(By.cssSelector("main form button[type=submit]")).step("import-done");
            assertTrue(b.text().contains("Đã nhập xong: thêm mới 3 người, cập nhật 0 người."), b.text());
            assertEquals(3, fx.queryLong("select count(*) from person where code like ?", p + "%"));

            b.open("/people?q=tran+thi+hoa").step("people-search");
            assertTrue(b.text().contains("Trần Thị Hoa"), b.text());
        }
    }

    /** A three-person roster; the second row's birth date and the third row's unit are parameters. */
    private static Path roster(String prefix, String unit, String birthDate, String thirdUnit) {
        String csv = "Mã,Họ và tên,Ngày sinh,Giới tính,Mã đơn vị,Nhóm đối tượng\n"
                + prefix + "1,Nguyễn Văn An,01/01/1980,Nam," + unit + ",CBCCVC\n"
                + prefix + "2,Trần Thị Hoa," + birthDate + ",Nữ," + unit + ",Tuyên truyền viên\n"
                + prefix + "3,Lê Văn Bình,15/06/1975,Nam," + thirdUnit + ",Hòa giải viên\n";
        try {
            Path file = Files.createTempFile("danh-sach", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
