package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz pages through HTTP: defining a quiz with errors, scope refusals, taking it without JavaScript. */
@MicronautTest(transactional = false)
class QuizPagesTest implements vn.hocluat.support.TestDatabase {
    static final Pattern ATTEMPT = Pattern.compile("/attempts/(\\d+)");

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    QuizFixtures f;
    long communeA;
    long communeB;
    CurrentUser trainerA;
    CurrentUser trainerB;
    long bankA;
    long bankB;

    @BeforeAll
    void setUp() {
        f = new QuizFixtures(context);
        long province = f.province();
        communeA = f.commune(province);
        communeB = f.commune(province);
        trainerA = f.user("TRAINER", communeA);
        trainerB = f.user("TRAINER", communeB);
        bankA = f.bankOfSingles(communeA, "Ngân hàng A", 30, "Câu hỏi A", 3);
        bankB = f.bankOfSingles(communeB, "Ngân hàng B", 1, "Câu hỏi B", 1);
    }

    Web pages(CurrentUser u) {
        return new Web(server.getURI()).login(u.username(), Fixtures.PASSWORD);
    }

    static Map<String, String> form(long unitId, long bankId, String count) {
        Map<String, String> m = new HashMap<>();
        m.put("title", "Kiểm tra kiến thức hòa giải");
        m.put("unitId", Long.toString(unitId));
        m.put("timeLimit", "15");
        m.put("attemptsAllowed", "3");
        m.put("gradingMethod", "HIGHEST");
        m.put("reviewMode", "FEEDBACK");
        m.put("reviewWhen", "IMMEDIATELY");
        m.put("shuffleQuestions", "1");
        m.put("shuffleOptions", "1");
        m.put("r0_kind", "DRAW");
        m.put("r0_bankId", Long.toString(bankId));
        m.put("r0_count", count);
        m.put("r0_points", "1");
        m.put("r1_kind", "DRAW");
        return m;
    }

    long createQuiz(Web web) {
        HttpResponse<String> r = web.postForm("/quizzes", form(communeA, bankA, "10"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("/quizzes/(\\d+).*", "$1"));
    }

    @Test
    void a_draw_rule_asking_more_than_the_bank_has_says_how_many_exist() {
        HttpResponse<String> r = pages(trainerA).postForm("/quizzes", form(communeA, bankA, "31"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Ngân hàng chỉ có 30 câu hỏi phù hợp với điều kiện đã chọn, không đủ 31 câu."), r.body());
        assertTrue(r.body().contains("value=\"Kiểm tra kiến thức hòa giải\""), "the form keeps what was typed");
    }

    @Test
    void bad_times_and_numbers_are_reported_at_their_field() {
        Map<String, String> m = form(communeA, bankA, "10");
        m.put("openAt", "31/02/2025 08:00");
        m.put("timeLimit", "0");
        m.put("r0_points", "-1");
        HttpResponse<String> r = pages(trainerA).postForm("/quizzes", m);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Không đọc được thời điểm"), r.body());
        assertTrue(r.body().contains("Phải là số phút nguyên từ 1 đến 1440."));
        assertTrue(r.body().contains("Điểm mỗi câu phải từ 0.01 đến 1000"));
    }

    @Test
    void trainer_of_commune_a_cannot_use_bank_or_quiz_of_commune_b() {
        Web a = pages(trainerA);
        HttpResponse<String> r = a.postForm("/quizzes", form(communeA, bankB, "1"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Ngân hàng câu hỏi này thuộc đơn vị nằm ngoài phạm vi của bạn."));
        assertEquals(422, a.postForm("/quizzes", form(communeB, bankA, "1")).statusCode());

        long quizB = createQuizB();
        assertEquals(403, a.get("/quizzes/" + quizB + "/edit").statusCode());
        assertEquals(403, a.get("/quizzes/" + quizB).statusCode());
        assertEquals(403, a.postForm("/quizzes/" + quizB, form(communeA, bankA, "1")).statusCode());
        assertEquals(403, a.postForm("/quizzes/" + quizB + "/start", Map.of()).statusCode());
        assertEquals("Kiểm tra kiến thức hòa giải", f.text("select title from quiz where id = ?", quizB));
        assertEquals(404, a.get("/quizzes/999999999").statusCode());
    }

    long createQuizB() {
        HttpResponse<String> r = pages(trainerB).postForm("/quizzes", form(communeB, bankB, "1"));
        assertEquals(303, r.statusCode(), r.body());
        return Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll("/quizzes/(\\d+).*", "$1"));
    }

    @Test
    void a_learner_takes_the_quiz_with_plain_forms_and_never_sees_the_key_while_open() {
        long quiz = createQuiz(pages(trainerA));
        CurrentUser learner = f.user("LEARNER", communeA);
        Web web = pages(learner);
        HttpResponse<String> intro = web.get("/quizzes/" + quiz);
        assertEquals(200, intro.statusCode());
        assertTrue(intro.body().contains("10 câu, tổng 10 điểm"), intro.body());
        assertTrue(intro.body().contains("Bắt đầu làm bài"));

        HttpResponse<String> started = web.postForm("/quizzes/" + quiz + "/start", Map.of());
        assertEquals(303, started.statusCode(), started.body());
        Matcher m = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertTrue(m.matches());
        long attempt = Long.parseLong(m.group(1));
        String html = web.get("/attempts/" + attempt).body();
        assertTrue(html.contains("Nộp bài") && html.contains("name=\"c0\""), html);
        assertFalse(html.contains("Đúng: R") || html.contains("Sai: W") || html.contains("Giải thích chung"), "no feedback while open");
        assertFalse(html.contains("weight") || html.contains("correct"), "no weights while open");

        // answer question 1 right by the displayed position of its "R…" option, save, then submit
        Matcher option = Pattern.compile("name=\"c0\" value=\"(\\d)\"> R\\d+").matcher(html);
        assertTrue(option.find(), html);
        assertEquals(303, web.postForm("/attempts/" + attempt, Map.of("action", "save", "c0", option.group(1))).statusCode());
        assertTrue(web.get("/attempts/" + attempt).body().contains("value=\"" + option.group(1) + "\" checked"));
        assertEquals(204, web.postForm("/attempts/" + attempt + "/save", Map.of("c0", option.group(1))).statusCode());

        HttpResponse<String> submitted = web.postForm("/attempts/" + attempt, Map.of("action", "submit", "c0", option.group(1)));
        assertEquals(303, submitted.statusCode());
        String result = web.get("/attempts/" + attempt).body();
        assertTrue(result.contains("<strong>1 / 10</strong>"), result);
        assertTrue(result.contains("Đúng: R"), "feedback of the chosen option after submitting (FEEDBACK mode)");
        assertEquals(409, web.postForm("/attempts/" + attempt + "/save", Map.of("c0", "0")).statusCode());
        assertTrue(web.get("/quizzes/" + quiz).body().contains("Số lượt còn lại: 2"));
    }

    @Test
    void a_learner_outside_the_quiz_subtree_cannot_open_or_start_it_and_others_cannot_read_an_attempt() {
        long quiz = createQuiz(pages(trainerA));
        Web outsider = pages(f.user("LEARNER", communeB));
        assertEquals(403, outsider.get("/quizzes/" + quiz).statusCode());
        assertEquals(403, outsider.postForm("/quizzes/" + quiz + "/start", Map.of()).statusCode());

        Web learner = pages(f.user("LEARNER", communeA));
        String location = learner.postForm("/quizzes/" + quiz + "/start", Map.of()).headers().firstValue("Location").orElseThrow();
        Web classmate = pages(f.user("LEARNER", communeA));
        assertEquals(404, classmate.get(location).statusCode());
        assertEquals(404, classmate.postForm(location, Map.of("action", "submit")).statusCode());
    }

    @Test
    void the_attempt_page_of_twenty_questions_stays_under_30_kb_compressed() throws IOException {
        HttpResponse<String> created = pages(trainerA).postForm("/quizzes", form(communeA, bankA, "20"));
        long quiz = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll("/quizzes/(\\d+).*", "$1"));
        Web web = pages(f.user("LEARNER", communeA));
        String location = web.postForm("/quizzes/" + quiz + "/start", Map.of()).headers().firstValue("Location").orElseThrow();
        String html = web.get(location).body();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
            gz.write(web.get("/static/app.css").body().getBytes(StandardCharsets.UTF_8));
            gz.write(web.get("/static/attempt.js").body().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(20, html.split("<fieldset class=\"q\"").length - 1);
        assertTrue(out.size() < 30 * 1024, "compressed bytes " + out.size());
    }
}
