package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import vn.hocluat.assessment.QuizFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer creates a course (one field wrong first), adds a module and a text lesson, previews
 * the Markdown, saves it and publishes the course. Every step passes axe and the page-weight budget.
 */
@MicronautTest(transactional = false)
class AuthoringJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void trainer_writes_and_publishes_a_course(Browser.Viewport viewport) {
        QuizFixtures f = new QuizFixtures(context);
        CurrentUser trainer = f.user("TRAINER", f.commune(f.province()));
        String slug = Fixtures.unique("hanh-trinh").toLowerCase();
        try (Browser b = browser("authoring", viewport)) {
            b.open("/login");
            b.type("username", trainer.username()).type("password", Fixtures.PASSWORD).submit(By.cssSelector("main button[type=submit]"));
            b.open("/authoring/courses").step("course-list");
            b.click(By.linkText("Tạo khóa học")).step("course-form");
            b.type("title", "Hòa giải ở cơ sở").type("slug", slug).type("topics", "Hòa giải")
                    .submit(By.cssSelector("main form button[type=submit]")).step("course-form-errors");
            assertTrue(b.text().contains("Mã chủ đề \"Hòa giải\" không hợp lệ"), b.text());
            b.type("topics", "hoa-giai-co-so").type("summary", "Kỹ năng hòa giải theo Luật Hòa giải ở cơ sở 2013.")
                    .submit(By.cssSelector("main form button[type=submit]")).step("course-outline");
            b.type("moduleTitle", "Những vấn đề chung").submit(By.cssSelector("form[action$='/modules'] button[type=submit]"));
            b.click(By.linkText("Thêm bài học")).step("lesson-form");
            b.type("title", "Nguyên tắc hòa giải").type("body", "Điều 4 Luật Hòa giải ở cơ sở: **tự nguyện**, bình đẳng.")
                    .submit(By.cssSelector("button[name=preview]")).step("lesson-preview");
            assertTrue(b.text().contains("Xem trước nội dung"), b.text());
            b.submit(By.xpath("//main//form//p[@class='actions']/button")).step("lesson-saved");
            assertTrue(b.text().contains("Nguyên tắc hòa giải"), b.text());
            b.submit(By.xpath("//button[text()='Xuất bản']")).step("published");
            assertTrue(b.text().contains("Đã xuất bản khóa học, phiên bản 1."), b.text());
        }
    }
}
