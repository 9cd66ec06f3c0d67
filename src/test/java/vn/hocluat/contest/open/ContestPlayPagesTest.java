package vn.hocluat.contest.open;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.contest.open.PublicPlayScene.Player;
import vn.hocluat.support.TestDatabase;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.open.PublicPlayScene.answers;
import static vn.hocluat.contest.open.PublicPlayScene.location;

/** An entrant's sheet and result pages: save, autosave, submit, late submit, scope, and no key before the round closes. */
@MicronautTest(transactional = false)
class ContestPlayPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    PublicPlayScene scene;

    @BeforeAll
    void setUp() {
        scene = new PublicPlayScene(context, server.getURI());
    }

    private Contest openContest() {
        return scene.contests.published(scene.organiser, scene.province, 4, 4, "", "NONE", List.of(Window.openNow("Tuần 1")));
    }

    private static String start(Player p, Contest c) {
        HttpResponse<String> r = p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of());
        assertEquals(303, r.statusCode(), r.body());
        return location(r);
    }

    private static void assertChecked(String html, Map<String, String> answers) {
        answers.forEach((field, value) -> assertTrue(html.contains("name=\"" + field + "\" value=\"" + value + "\" checked>"), html));
    }

    @Test
    void start_sheet_save_submit_and_the_result_shows_the_exact_score() {
        Contest c = openContest();
        Player p = scene.player();
        String sheet = start(p, c);
        String html = p.web().get(sheet).body();
        assertTrue(html.contains("<form method=\"post\" action=\"" + sheet + "/luu\""), html);
        assertTrue(html.contains("formaction=\"" + sheet + "/nop\""), html);
        assertTrue(html.contains("data-left=\""), html);
        assertTrue(html.contains("href=\"/thi/lich-su\""), html);

        Map<String, String> three = answers(html, 3);
        assertEquals(4, three.size(), html);
        HttpResponse<String> saved = p.web().postForm(sheet + "/luu", three);
        assertEquals(303, saved.statusCode());
        assertEquals(sheet + "?saved=1", location(saved));
        assertChecked(p.web().get(location(saved)).body(), three);

        HttpResponse<String> submitted = p.web().postForm(sheet + "/nop", three);
        assertEquals(303, submitted.statusCode());
        assertEquals(sheet + "/ket-qua", location(submitted));
        String result = p.web().get(sheet + "/ket-qua").body();
        assertTrue(result.contains("<dd id=\"score\">3 / 4</dd>"), result);
        assertTrue(result.contains("<dd id=\"number\">1</dd>"), result);
        assertTrue(result.contains("<dd id=\"left\">Không giới hạn</dd>"), result);
        assertTrue(result.contains("Đáp án và kết quả xếp hạng sẽ được Ban tổ chức công bố sau khi vòng thi kết thúc."), result);
        long ms = scene.fixtures.queryLong("select duration_ms from contest_entry where entrant_id = ?", p.id());
        assertTrue(result.contains(String.format("<dd id=\"duration\">%02d:%02d</dd>", ms / 1000 / 60, ms / 1000 % 60)), result);
        assertEquals(303, p.web().get(sheet).statusCode());
        assertEquals(sheet + "/ket-qua", location(p.web().get(sheet)));

        String history = p.web().get("/thi/lich-su").body();
        assertTrue(history.contains("href=\"" + sheet + "/ket-qua\""), history);
        assertTrue(history.contains("<td>3 / 4</td>"), history);
        assertTrue(history.contains("<li><a href=\"/thi/chung-nhan.pdf?cuocThi=" + c.id() + "\">"), history);
        assertTrue(p.web().get("/thi/ho-so").body().contains("href=\"/thi/lich-su\""));
    }

    @Test
    void the_script_autosave_answers_204_and_keeps_the_answers() {
        Contest c = openContest();
        Player p = scene.player();
        String sheet = start(p, c);
        Map<String, String> fields = new HashMap<>(answers(p.web().get(sheet).body(), 4));
        fields.put("csrfToken", p.web().csrf());
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = p.web().post(sheet + "/luu", "application/x-www-form-urlencoded", body, "X-Requested-With", "fetch");
        assertEquals(204, r.statusCode());
        fields.remove("csrfToken");
        assertChecked(p.web().get(sheet).body(), fields);
        p.web().postForm(sheet + "/nop", fields);
        assertTrue(p.web().get(sheet + "/ket-qua").body().contains("<dd id=\"score\">4 / 4</dd>"));
        HttpResponse<String> late = p.web().post(sheet + "/luu", "application/x-www-form-urlencoded", body, "X-Requested-With", "fetch");
        assertEquals(409, late.statusCode());
    }

    @Test
    void another_entrant_gets_not_found_for_the_attempt() {
        Contest c = openContest();
        Player owner = scene.player();
        Player other = scene.player();
        String sheet = start(owner, c);
        assertEquals(404, other.web().get(sheet).statusCode());
        assertEquals(404, other.web().get(sheet + "/ket-qua").statusCode());
        assertEquals(404, other.web().postForm(sheet + "/luu", Map.of("c0", "0")).statusCode());
        assertEquals(404, other.web().postForm(sheet + "/nop", Map.of()).statusCode());
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from attempt a join contest_entry e on e.attempt_id = a.id
                where e.entrant_id = ? and a.state = 'IN_PROGRESS'""", owner.id()));
        HttpResponse<String> anonymous = new vn.hocluat.support.Web(server.getURI()).get(sheet);
        assertEquals(303, anonymous.statusCode());
        assertEquals("/thi/dang-nhap?next=" + URLEncoder.encode(sheet, StandardCharsets.UTF_8), location(anonymous));
    }

    @Test
    void a_submit_after_the_deadline_lands_as_expired_with_what_was_saved() {
        Contest c = openContest();
        Player p = scene.player();
        String sheet = start(p, c);
        Map<String, String> two = answers(p.web().get(sheet).body(), 2);
        assertEquals(303, p.web().postForm(sheet + "/luu", two).statusCode());
        long attempt = Long.parseLong(sheet.substring(sheet.lastIndexOf('/') + 1));
        scene.fixtures.queryLong("""
                update attempt set started_at = now() - interval '30 minutes', deadline = now() - interval '10 minutes'
                where id = ? returning 1""", attempt);
        HttpResponse<String> late = p.web().postForm(sheet + "/nop", answers(p.web().get(sheet + "/ket-qua").body(), 4));
        assertEquals(303, late.statusCode());
        assertEquals(sheet + "/ket-qua", location(late));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from attempt a join contest_entry e on e.attempt_id = a.id
                where a.id = ? and a.state = 'EXPIRED' and e.score = 2 and e.duration_ms = 1200000""", attempt));
        String result = p.web().get(sheet + "/ket-qua").body();
        assertTrue(result.contains("Đã hết giờ làm bài: bài thi được nộp với các câu trả lời đã lưu."), result);
        assertTrue(result.contains("<dd id=\"score\">2 / 4</dd>"), result);
        assertTrue(result.contains("<dd id=\"duration\">20:00</dd>"), result);
    }

    @Test
    void the_sheet_never_carries_the_key_while_the_round_is_open() {
        Contest c = openContest();
        Player p = scene.player();
        String sheet = start(p, c);
        String html = p.web().get(sheet).body();
        assertFalse(html.toLowerCase().contains("correct"), html);
        assertFalse(html.contains("class=\"right\""), html);
        assertFalse(html.contains("feedback"), html);
        assertEquals(4, html.split("> Đúng ", -1).length - 1, html);
        p.web().postForm(sheet + "/nop", answers(html, 1));
        String result = p.web().get(sheet + "/ket-qua").body();
        assertFalse(result.contains("Đúng "), result);
        assertFalse(result.toLowerCase().contains("correct"), result);
    }
}
