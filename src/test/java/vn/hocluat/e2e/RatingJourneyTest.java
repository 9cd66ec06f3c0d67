package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor rates the contest list from the footer form without JavaScript and sees the thanks;
 * an administrator reads the rating and its comment on the ratings page.
 */
@MicronautTest(transactional = false)
class RatingJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void visitor_rates_the_contest_list_and_the_administrator_reads_it(Browser.Viewport viewport) {
        Fixtures fx = new Fixtures(context);
        String comment = "Danh sách cuộc thi dễ xem " + viewport.name().toLowerCase();
        String admin = fx.account("ADMIN", fx.rootId());

        try (Browser b = browser("rating", viewport)) {
            b.open("/thi");
            b.driver().findElement(By.cssSelector("details.page-rating summary")).click();
            b.driver().findElement(By.cssSelector("label[for=pr4]")).click();
            b.type("pr-comment", comment).step("footer-open");
            b.submit(By.cssSelector("details.page-rating button[type=submit]")).step("thanked");
            assertTrue(b.text().contains("Đánh giá của bạn đã được ghi nhận."), b.text());

            b.driver().manage().deleteAllCookies();
            JourneyFiles.signIn(b, new CurrentUser(0, admin, admin, Role.ADMIN, fx.rootId()));
            b.open("/ratings?kind=PAGE").step("ratings-page");
            b.click(By.linkText("/thi")).step("ratings-comments");
            assertTrue(b.text().contains(comment), b.text());
        }
    }
}
