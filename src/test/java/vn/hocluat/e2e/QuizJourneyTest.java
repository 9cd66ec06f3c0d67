package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hocluat.assessment.QuizFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer defines a quiz drawing 10 of 30 questions with a 15-minute limit and 3 attempts; a
 * learner of the commune takes it (the countdown runs, answers autosave), submits and sees the
 * result; the trainer reads the statistics. Every step passes axe and the page-weight budget.
 */
@MicronautTest(transactional = false)
class QuizJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void trainer_defines_a_quiz_and_a_learner_takes_it(Browser.Viewport viewport) {
        QuizFixtures f = new QuizFixtures(context);
        long commune = f.commune(f.province());
        CurrentUser trainer = f.user("TRAINER", commune);
        CurrentUser learner = f.user("LEARNER", commune);
        String bankName = "Ngân hàng hành trình " + viewport.name();
        f.bankOfSingles(commune, bankName, 30, "Câu hỏi hành trình ", 3);

        try (Browser b = browser("quiz-take", viewport)) {
            signIn(b, trainer);
            b.open("/quizzes/new").step("new-quiz-form");
            b.type("title", "Kiểm tra hòa giải cơ sở").type("timeLimit", "15").type("attemptsAllowed", "3")
                    .select("r0_bankId", bankName + " (Xã Kiểm Tra)").type("r0_count", "31")
                    .submit(By.cssSelector("main form button[type=submit]")).step("quiz-form-errors");
            assertTrue(b.text().contains("Ngân hàng chỉ có 30 câu hỏi phù hợp"), b.text());
            b.type("r0_count", "10").submit(By.cssSelector("main form button[type=submit]")).step("quiz-saved");
            assertTrue(b.text().contains("10 câu, tổng 10 điểm"), b.text());
            String quizPath = b.path();

            b.driver().manage().deleteAllCookies();
            signIn(b, learner);
            b.open(quizPath).step("quiz-intro");
            b.submit(By.cssSelector("main form button[type=submit]")).step("attempt-page");
            assertTrue(b.path().startsWith("/attempts/"));
            List<WebElement> radios = b.driver().findElements(By.cssSelector("fieldset.q label.check:first-of-type input"));
            assertEquals(10, radios.size());
            radios.forEach(WebElement::click);
            b.submit(By.cssSelector("button[value=submit]")).step("attempt-result");
            assertTrue(b.text().contains("Đã nộp"), b.text());

            b.driver().manage().deleteAllCookies();
            signIn(b, trainer);
            b.open(quizPath + "/stats").step("quiz-stats");
            assertTrue(b.text().contains("1 lượt làm bài, 1 lượt đã kết thúc"), b.text());
        }
    }

    private static void signIn(Browser b, CurrentUser user) {
        b.open("/login");
        b.type("username", user.username()).type("password", Fixtures.PASSWORD).submit(By.cssSelector("main button[type=submit]"));
    }
}
