package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.platform.security.CurrentUser;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commune manager records an in-person training session, opens QR check-in, and an official
 * without an account checks in on a phone with phone number and date of birth; the manager marks
 * those present as completed, and the training record exists with the session's topics and mode.
 */
@MicronautTest(transactional = false)
class CheckinJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void official_checks_in_by_phone_and_the_session_counts_as_training(Browser.Viewport viewport) {
        CourseFixtures f = new CourseFixtures(context);
        long commune = f.quiz.commune(f.quiz.province());
        CurrentUser manager = f.quiz.user("MANAGER", commune);
        long person = f.person(commune, "Hà Văn Tuấn", null);
        String phone = "09" + String.format("%08d", person % 100_000_000);
        f.quiz.exec("update person set phone = ? where id = ?", phone, person);
        String today = JourneyFiles.date(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

        try (Browser b = browser("checkin", viewport)) {
            JourneyFiles.signIn(b, manager);
            b.open("/activities/new").step("activity-form");
            b.type("title", "Tập huấn Luật Phổ biến, giáo dục pháp luật").type("topics", "luat-pbgdpl")
                    .type("startsOn", today).type("endsOn", today).type("location", "Hội trường UBND xã");
            new Select(b.driver().findElement(By.id("mode"))).selectByValue("IN_PERSON");
            b.submit(By.cssSelector("main form[method=post] button[type=submit]")).step("activity-saved");
            String activityPath = b.path();
            assertTrue(activityPath.matches("/activities/\\d+"), activityPath);
            b.submit(By.cssSelector("form[action$='/checkin/open'] button")).step("checkin-open");
            String checkinUrl = b.driver().findElement(By.cssSelector("figure.qr-box a")).getAttribute("href");
            assertEquals(1, b.driver().findElements(By.cssSelector("figure.qr-box svg")).size());

            b.driver().manage().deleteAllCookies();
            b.driver().get(checkinUrl);
            b.step("checkin-page");
            b.type("phone", "+84 " + phone.substring(1)).type("birthDate", "14/03/1985")
                    .submit(By.cssSelector("main form button[type=submit]")).step("checked-in");
            assertTrue(b.text().contains("Đã điểm danh: bạn được ghi nhận có mặt."), b.text());

            JourneyFiles.signIn(b, manager);
            b.open(activityPath).step("participants");
            assertTrue(b.text().contains("Hà Văn Tuấn"), b.text());
            b.submit(By.cssSelector("form[action$='/complete-present'] button")).step("completed");
        }
        assertEquals("IN_PERSON|{luat-pbgdpl}", f.quiz.text(
                "select mode || '|' || topics::text from training_record where person_id = ? and kind = 'ACTIVITY'", person));
    }
}
