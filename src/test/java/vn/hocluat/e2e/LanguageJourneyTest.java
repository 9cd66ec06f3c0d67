package vn.hocluat.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor switches the interface to English and back to Vietnamese with the header link. */
@MicronautTest(transactional = false)
class LanguageJourneyTest extends JourneySupport {

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void visitor_switches_language_vi_en_vi(Browser.Viewport viewport) {
        try (Browser b = browser("language-switch", viewport)) {
            b.open("/login").step("vietnamese");
            assertEquals("Đăng nhập", b.driver().findElement(By.tagName("h1")).getText());
            b.click(By.linkText("English")).step("english");
            assertEquals("Sign in", b.driver().findElement(By.tagName("h1")).getText());
            assertEquals("/login", b.path());
            b.click(By.linkText("Tiếng Việt")).step("back-to-vietnamese");
            assertTrue(b.text().contains("Tên đăng nhập"));
        }
    }
}
