package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four takers answer four one-point questions: all right (4), Q1–Q3 right (3), Q1 right (1), none
 * (0); everybody wrong chooses the option "W…a". Then Q4's key turns out wrong ("W4a" is right).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatsRegradeTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    AttemptService attempts;
    @Inject
    QuizService quizzes;
    @Inject
    RegradeService regrades;

    QuizFixtures f;
    long commune;
    CurrentUser trainer;
    long quiz;
    long q4;
    final List<Long> attemptIds = new ArrayList<>();

    @BeforeAll
    void setUp() {
        f = new QuizFixtures(context);
        commune = f.commune(f.province());
        trainer = f.user("TRAINER", commune);
        long bank = f.bank(commune, "Ngân hàng thống kê");
        for (int i = 1; i <= 4; i++) {
            long id = f.question(bank, QuizFixtures.single("Câu " + i, "R" + i, "W" + i + "a", "W" + i + "b"), null, null);
            q4 = id;
        }
        quiz = quizzes.create(trainer, QuizFixtures.drawQuiz("Đề thống kê", commune, bank, 4, "15", null));
        int[] rightCounts = {4, 3, 1, 0};
        for (int right : rightCounts) {
            Taker t = Taker.account(f.user("LEARNER", commune).accountId());
            long id = attempts.start(quiz, t, null, null).attemptId();
            AttemptSheet sheet = attempts.sheet(id, t);
            List<Response> rs = new ArrayList<>();
            for (SheetQuestion q : sheet.questions()) {
                int n = Integer.parseInt(q.text().substring(4));
                String want = n <= right ? "R" + n : "W" + n + "a";
                rs.add(Response.chosen(List.of(q.options().stream().filter(o -> o.text().equals(want)).findFirst().orElseThrow().position())));
            }
            attempts.submit(id, t, rs);
            attemptIds.add(id);
        }
    }

    List<BigDecimal> scores() {
        return attemptIds.stream().map(id -> f.decimal("select score from attempt where id = ?", id)).toList();
    }

    static QuestionContent q4Key(String... options) {
        List<Choice> choices = new ArrayList<>();
        for (String o : options) {
            choices.add(new Choice(o.substring(1), o.charAt(0) == '+' ? 100 : 0, null));
        }
        return new QuestionContent(QuestionType.SINGLE, null, "Câu 4", TextFormat.PLAIN, choices, List.of(), List.of(), null, false);
    }

    @Test
    @Order(1)
    void the_statistics_page_shows_bands_difficulty_and_discrimination() {
        Web web = new Web(server.getURI()).login(trainer.username(), Fixtures.PASSWORD);
        HttpResponse<String> page = web.get("/quizzes/" + quiz + "/stats");
        assertEquals(200, page.statusCode());
        String html = page.body().replaceAll("\\s+", " ");
        assertTrue(html.contains("4 lượt làm bài, 4 lượt đã kết thúc"), html);
        // bands: 0% → 0–10, 25% → 20–30, 75% → 70–80, 100% → 90–100
        for (String band : List.of("0–10%</td><td>1<", "10–20%</td><td>0<", "20–30%</td><td>1<", "70–80%</td><td>1<", "90–100%</td><td>1<")) {
            assertTrue(html.contains(band), band);
        }
        // difficulty Q1 = 3/4, Q2 = Q3 = 2/4, Q4 = 1/4 (before any regrade); with 4 attempts g = 1: D = top − bottom = 1
        assertTrue(html.contains("Câu 1</td><td>4</td><td>0,75</td><td>1</td>"), html);
        assertTrue(html.contains("Câu 2</td><td>4</td><td>0,5</td><td>1</td>"), html);
        assertEquals(200, web.get("/quizzes/" + quiz + "/stats.xlsx").statusCode());
        Web other = new Web(server.getURI()).login(f.user("TRAINER", f.commune(f.province())).username(), Fixtures.PASSWORD);
        assertEquals(403, other.get("/quizzes/" + quiz + "/stats").statusCode());
        assertEquals(403, other.postForm("/quizzes/" + quiz + "/regrade", Map.of("questionId", Long.toString(q4), "version", "1")).statusCode());
        assertEquals(403, other.get("/quizzes/" + quiz + "/stats.xlsx").statusCode());
    }

    @Test
    @Order(2)
    void regrade_applies_the_corrected_key_to_every_attempt_and_logs_it() {
        assertEquals(List.of(new BigDecimal("4.0000"), new BigDecimal("3.0000"), new BigDecimal("1.0000"), new BigDecimal("0.0000")), scores());
        int v2 = f.newVersion(q4, q4Key("-R4", "+W4a", "-W4b"));
        Web web = new Web(server.getURI()).login(trainer.username(), Fixtures.PASSWORD);
        HttpResponse<String> r = web.postForm("/quizzes/" + quiz + "/regrade",
                Map.of("questionId", Long.toString(q4), "version", Integer.toString(v2), "reason", "Đáp án câu 4 bị nhầm"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/quizzes/" + quiz + "/stats?regraded=4", r.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of(new BigDecimal("3.0000"), new BigDecimal("4.0000"), new BigDecimal("2.0000"), new BigDecimal("1.0000")), scores());
        assertEquals("1|2|4|Đáp án câu 4 bị nhầm|" + trainer.accountId(), f.text(
                "select v.n || '|' || version || '|' || attempts || '|' || reason || '|' || done_by from regrade_log, "
                        + "(select count(*) n from regrade_log where question_id = ?) v where question_id = ?", q4, q4));
        String stats = web.get("/quizzes/" + quiz + "/stats").body();
        assertTrue(stats.contains("1 → 2"), "versions shown → graded");
        assertTrue(stats.contains("Đáp án câu 4 bị nhầm"));

        // a later version with another shape cannot grade the earlier answers
        int v3 = f.newVersion(q4, q4Key("-R4", "+W4a"));
        RegradeService.Result skipped = regrades.regrade(q4, v3, null, trainer);
        assertEquals(new RegradeService.Result(0, List.of(1)), skipped);
        assertEquals(List.of(new BigDecimal("3.0000"), new BigDecimal("4.0000"), new BigDecimal("2.0000"), new BigDecimal("1.0000")), scores());
        assertEquals("quiz.regrade.noVersion", assertThrows(Problem.class, () -> regrades.regrade(q4, 99, null, trainer)).messageKey());
        CurrentUser outsider = f.user("TRAINER", f.commune(f.province()));
        assertEquals("error.forbidden", assertThrows(Problem.class, () -> regrades.regrade(q4, v2, null, outsider)).messageKey());
        CurrentUser learner = f.user("LEARNER", commune);
        assertEquals("error.forbidden", assertThrows(Problem.class, () -> regrades.regrade(q4, v2, null, learner)).messageKey());
    }
}
