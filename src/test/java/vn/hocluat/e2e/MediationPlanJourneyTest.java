package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.learning.certificate.PdfReading;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 "done when", on the dev sample data at 23/11/2026: the Nam Định mediation plan's dashboard
 * (seed 004) shows its mediation teams (complete, supported), trainers per 100 teams, the success rate
 * with the pilot-commune band and the model communes; the teams behind a number open from its card;
 * the PDF report lists the same figures.
 */
@MicronautTest(environments = "dev", transactional = false)
@Property(name = "hocluat.test.today", value = "2026-11-23")
class MediationPlanJourneyTest extends JourneySupport {
    @Inject
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void the_nam_dinh_dashboard_measures_teams_trainers_success_and_model_communes(Browser.Viewport viewport) {
        Fixtures fixtures = new Fixtures(context);
        long province = fixtures.queryLong("select id from unit where code = 'NB'");
        String username = fixtures.account("MANAGER", province);
        CurrentUser manager = new CurrentUser(0, username, username, Role.MANAGER, province);
        long planId = fixtures.queryLong("select p.id from plan p where p.unit_id = ?", province);
        long team = fixtures.queryLong("select t.id from mediation_team t join unit u on u.id = t.unit_id where u.code = 'NB-NAMDINH-TDP1'");
        undoReplacingReport(new CourseFixtures(context), team);
        long ratio = target(fixtures, planId, "TRAINER_RATIO", 1);
        long complete = target(fixtures, planId, "TEAM_COMPLETE_SHARE", 100);
        long supported = target(fixtures, planId, "TEAM_SUPPORTED_SHARE", 10);
        long success = target(fixtures, planId, "MEDIATION_SUCCESS_RATE", 85);
        long pilot = target(fixtures, planId, "MEDIATION_SUCCESS_RATE", 90);
        long models = target(fixtures, planId, "MODEL_COMMUNE_SHARE", 5);

        try (Browser b = browser("mediation-plan", viewport)) {
            JourneyFiles.signIn(b, manager);
            b.open("/plans").step("plans");
            b.click(By.cssSelector("a[href='/plans/" + planId + "/dashboard']")).step("dashboard");
            // one provincial trainer (MAU0010) for the nine sample teams
            assertEquals("11,11 trên 100 tổ|1/9|MET", card(b, ratio));
            // Thiên Trường TDP 2 and Đông A TDP 2 have two mediators, Đông A TDP 3's third left on 30/06/2026
            assertEquals("66,67 %|6/9", card(b, complete).substring(0, "66,67 %|6/9".length()));
            assertEquals("22,22 %|2/9|MET", card(b, supported));
            // January–October 2026 reports: the province 402 of 441 settled cases, the pilot commune Nam Định 141 of 147
            assertEquals("91,16 %|402/441|MET", card(b, success));
            assertEquals("95,92 %|141/147|MET", card(b, pilot));
            // Phường Nam Định recognised on 15/06/2026, of the province's three communes and wards
            assertEquals("33,33 %|1/3|MET", card(b, models));

            // the teams behind the completeness number, judged on the dashboard's day
            b.click(By.cssSelector("#target-" + complete + " a[href*='state=incomplete']")).step("incomplete-teams");
            assertTrue(b.text().contains("3 tổ hòa giải (thành phần tính đến ngày 23/11/2026)"), b.text());
            assertEquals(3, b.driver().findElements(By.xpath("//li[.='Tổ có ít hơn 3 thành viên đang hoạt động.']")).size(), b.text());

            // October's report of Nam Định TDP 1 corrected: the later report replaces the earlier ones, which stay in the history
            b.open("/plans/" + planId + "/dashboard");
            b.click(By.cssSelector("#target-" + pilot + " a[href*='/mediation/cases']")).step("case-list");
            assertTrue(b.path().startsWith("/mediation/cases"), b.path());
            b.click(By.cssSelector("a[href^='/mediation/cases/team/" + team + "?']")).step("case-team");
            b.type("received", "5").type("successful", "2").type("unsuccessful", "2").type("inProgress", "1")
                    .submit(By.cssSelector("main form[method=post] button[type=submit]")).step("case-replaced");
            assertTrue(b.text().contains("báo cáo trước của kỳ này được thay thế"), b.text());
            assertEquals(2, b.driver().findElements(By.xpath("//td[.='Đã được thay thế']")).size(), b.text());

            // October was 3 successful and 1 unsuccessful (5/3/1/1), now 2 and 2: the pilot commune 141 − 1 = 140 of 147,
            // the province 402 − 1 = 401 of 441
            b.open("/plans/" + planId + "/dashboard").step("dashboard-after");
            assertEquals("95,24 %|140/147|MET", card(b, pilot));
            assertEquals("90,93 %|401/441|MET", card(b, success));

            byte[] report = JourneyFiles.download(b, b.driver().findElement(By.id("export-pdf")).getAttribute("href"));
            keep(report);
            PdfReading pdf = PdfReading.of(report);
            String text = pdf.text().replaceAll("\\s+", " ");
            for (String figure : List.of("11,11/100 tổ (1/9)", "66,67% (6/9)", "22,22% (2/9)", "90,93% (401/441)", "95,24% (140/147)",
                    "33,33% (1/3)")) {
                assertTrue(text.contains(figure), figure + " missing: " + text);
            }
            assertTrue(text.contains("(Số liệu tính đến ngày 23/11/2026)"), text);
            assertEquals(List.of(), pdf.notEmbedded());
        }
    }

    /** -Dhocluat.keep-pdf=<file> keeps the report to look at (pdftoppm -png). */
    private static void keep(byte[] pdf) {
        String path = System.getProperty("hocluat.keep-pdf");
        if (path != null) {
            try {
                Files.write(Path.of(path), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The other viewport's run replaced October's report of the team: take its reports out, the sample's last one counts again. */
    private static void undoReplacingReport(CourseFixtures f, long team) {
        f.quiz.exec("delete from mediation_case_report r using account a where a.id = r.reported_by and a.role = 'MANAGER'"
                + " and r.team_id = ? and r.period_start = date '2026-10-01'", team);
        f.quiz.exec("update mediation_case_report set current = true where id = (select max(id) from mediation_case_report"
                + " where team_id = ? and period_start = date '2026-10-01') and not current", team);
    }

    private static long target(Fixtures f, long planId, String metric, int threshold) {
        return f.queryLong("select t.id from plan_target t where t.plan_id = ? and t.metric = ? and t.threshold = ?", planId, metric, threshold);
    }

    /** A target's card: "value|count|status". */
    private static String card(Browser b, long target) {
        WebElement c = b.driver().findElement(By.id("target-" + target));
        return c.findElement(By.className("kpi-value")).getText() + "|" + c.findElement(By.className("kpi-count")).getText()
                + "|" + c.getAttribute("data-status");
    }
}
