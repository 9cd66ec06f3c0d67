package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.learning.certificate.PdfReading;
import vn.hocluat.learning.files.CourseExporter;
import vn.hocluat.learning.files.CoursesImport;
import vn.hocluat.learning.files.ImportReport;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's "done when", in a browser at phone and desktop size: the four sample courses are in the
 * catalogue; a ward manager assigns the grassroots mediation course to the ward's mediators, due 6
 * months after recognition; a new mediator finds it with its due date, works through it, passes the
 * quiz and downloads a certificate whose QR code opens the public verification page; the manager
 * sees the completion; a trainer edits the course and its export imports back identical.
 */
@MicronautTest(transactional = false)
class MediatorJourneyTest extends JourneySupport {
    private static final String COURSE = "Kỹ năng hòa giải ở cơ sở";

    @Inject
    ApplicationContext context;
    @Inject
    CoursesImport imports;
    @Inject
    CourseExporter exporter;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void mediator_completes_the_assigned_course_and_the_manager_sees_it(Browser.Viewport viewport) {
        CourseFixtures f = new CourseFixtures(context);
        long ward = f.quiz.commune(f.quiz.province());
        CurrentUser manager = f.quiz.user("MANAGER", ward);
        CurrentUser mediator = f.quiz.user("LEARNER", ward);
        String name = "Đặng Thị Hòa " + (viewport == Browser.Viewport.PHONE ? "Di Động" : "Máy Tính");
        long person = f.person(ward, name, mediator);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        f.group(person, "MEDIATOR", today.minusDays(30));
        String due = JourneyFiles.date(today.minusDays(30).plusMonths(6));

        try (Browser b = browser("mediator", viewport)) {
            b.open("/courses").step("catalogue");
            assertTrue(b.text().contains("Pháp luật trong đời sống"), b.text());

            JourneyFiles.signIn(b, manager);
            b.open("/courses").step("catalogue-staff");
            for (String title : List.of(COURSE, "Chuyển đổi số trong công tác phổ biến", "Luật Phổ biến, giáo dục pháp luật")) {
                assertTrue(b.text().contains(title), title + " missing: " + b.text());
            }
            b.open("/assignments/new").step("assign-form");
            b.select("courseId", COURSE);
            b.driver().findElement(By.cssSelector("input[name=target][value=GROUP]")).click();
            new Select(b.driver().findElement(By.id("groupCode"))).selectByValue("MEDIATOR");
            new Select(b.driver().findElement(By.id("unitId"))).selectByValue(Long.toString(ward));
            b.driver().findElement(By.cssSelector("input[name=dueKind][value=RELATIVE]")).click();
            b.type("dueMonths", "6");
            new Select(b.driver().findElement(By.id("dueBase"))).selectByValue("RECOGNIZED");
            b.submit(By.cssSelector("main form[method=post] button[type=submit]")).step("assigned");
            assertTrue(b.path().startsWith("/assignments"), b.path());

            b.driver().manage().deleteAllCookies();
            JourneyFiles.signIn(b, mediator);
            b.open("/my/learning").step("my-learning-assigned");
            assertTrue(b.text().contains(COURSE) && b.text().contains(due), "due " + due + ": " + b.text());
            b.click(By.linkText(COURSE)).step("course-page");
            b.submit(By.cssSelector("main form[action$='/enrol'] button")).step("first-lesson");
            workThroughLessons(b);
            passQuiz(b);

            b.open("/my/learning").step("my-learning-completed");
            WebElement certificate = b.driver().findElement(By.cssSelector("a[href^='/my/certificates/']"));
            byte[] pdf = JourneyFiles.download(b, certificate.getAttribute("href"));
            PdfReading reading = PdfReading.of(pdf);
            assertTrue(reading.text().contains(name) && reading.text().contains(COURSE), reading.text());
            String verifyUrl = reading.qr();
            assertTrue(verifyUrl.startsWith(server.getURI() + "/verify/"), verifyUrl);

            b.driver().manage().deleteAllCookies();
            b.driver().get(verifyUrl);
            b.step("verified");
            assertTrue(b.text().contains("Giấy chứng nhận hợp lệ") && b.text().contains(name), b.text());

            JourneyFiles.signIn(b, manager);
            b.open("/assignments/completions").step("manager-completions");
            assertTrue(b.text().contains(name) && b.text().contains(COURSE), b.text());
        }
    }

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void trainer_edits_the_sample_course_and_its_export_imports_back_identical(Browser.Viewport viewport) {
        CourseFixtures f = new CourseFixtures(context);
        CurrentUser trainer = f.quiz.user("TRAINER", f.fixtures.rootId());
        String lessonTitle = "Hòa giải ở cơ sở là gì? (" + viewport.name().toLowerCase() + ")";
        try (Browser b = browser("course-edit", viewport)) {
            JourneyFiles.signIn(b, trainer);
            b.open("/authoring/courses").step("authoring-list");
            b.click(By.linkText(COURSE)).step("authoring-course");
            b.click(By.partialLinkText("Hòa giải ở cơ sở là gì")).step("lesson-edit");
            b.type("title", lessonTitle);
            b.submit(By.xpath("//main//form//p[@class='actions']/button")).step("lesson-saved");
            b.submit(By.cssSelector("form[action$='/publish'] button")).step("published");
            assertTrue(b.text().contains(lessonTitle), b.text());

            String exportUrl = b.driver().findElement(By.cssSelector("a[href$='/export.zip']")).getAttribute("href");
            Map<String, byte[]> exported = JourneyFiles.unzip(JourneyFiles.download(b, exportUrl));
            assertTrue(new String(exported.get("01-hoa-giai-vien-va-to-hoa-giai/01-hoa-giai-o-co-so-la-gi.md"))
                    .contains("title: " + lessonTitle));

            String slug = Fixtures.unique("hoa-giai-ban-sao").toLowerCase();
            List<ImportReport.Folder> report = imports.importAll(JourneyFiles.folder(slug, exported));
            assertEquals(List.of(), report.get(0).issues());
            Long copy = report.get(0).courseId();
            assertNotNull(copy);
            JourneyFiles.assertSameFiles(exported, exporter.export(copy));
        }
    }

    /** Marks every lesson done in order (text and documents) until the quiz lesson. */
    private static void workThroughLessons(Browser b) {
        for (int i = 0; i < 20; i++) {
            List<WebElement> quiz = b.driver().findElements(By.cssSelector("main a.button[href^='/quizzes/']"));
            if (!quiz.isEmpty()) {
                b.step("quiz-lesson");
                return;
            }
            b.submit(By.cssSelector("main form[action$='/done'] button")).step("lesson-" + i);
        }
        throw new AssertionError("no quiz lesson reached: " + b.text());
    }

    private static void passQuiz(Browser b) {
        String lessonPath = b.path();
        b.click(By.cssSelector("main a.button[href^='/quizzes/']")).step("quiz-intro");
        b.submit(By.cssSelector("main form button[type=submit]")).step("attempt");
        Map<String, List<String>> key = JourneyFiles.answerKey("courses/ky-nang-hoa-giai-co-so/questions/hoa-giai-co-so.gift");
        List<WebElement> questions = b.driver().findElements(By.cssSelector("fieldset.q"));
        assertEquals(10, questions.size());
        for (WebElement q : questions) {
            List<String> right = JourneyFiles.rightAnswers(key, q.findElement(By.cssSelector(".qtext")).getText());
            for (WebElement label : q.findElements(By.cssSelector("label.check"))) {
                if (right.contains(JourneyFiles.normal(label.getText()))) {
                    label.findElement(By.tagName("input")).click();
                }
            }
        }
        b.submit(By.cssSelector("button[value=submit]")).step("attempt-result");
        b.open(lessonPath).step("quiz-passed");
        assertTrue(b.text().contains("Điểm của bạn: 10/10") && b.text().contains("Đạt"), b.text());
    }
}
