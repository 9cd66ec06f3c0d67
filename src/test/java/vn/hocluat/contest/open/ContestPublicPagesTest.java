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
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.contest.rank.ReviewService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.open.PublicPlayScene.answers;
import static vn.hocluat.contest.open.PublicPlayScene.location;

/** The public landing page and the list: counters, OpenGraph tags, entry panel, 404 for what is not published. */
@MicronautTest(transactional = false)
class ContestPublicPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    EntryService entries;
    @Inject
    ReviewService reviews;

    PublicPlayScene scene;

    @BeforeAll
    void setUp() {
        scene = new PublicPlayScene(context, server.getURI());
    }

    private Contest openContest(String attempts) {
        return scene.contests.published(scene.organiser, scene.province, 3, 3, attempts, "NONE", List.of(Window.openNow("Tuần 1")));
    }

    @Test
    void landing_shows_exact_counters_open_graph_tags_and_share_links() {
        Contest c = openContest("");
        scene.fixtures.queryLong("update contest set rules_md = ? where id = ? returning 1",
                "## Thể lệ\n\n**Cuộc thi** dành cho [mọi công dân](https://example.vn).\n\nĐoạn thứ hai.", c.id());
        long round = c.roundIds().get(0);
        long first = scene.contests.entrant(scene.commune, "Người Một", LocalDate.of(1980, 1, 1));
        long second = scene.contests.entrant(scene.commune, "Người Hai", LocalDate.of(1981, 2, 2));
        long attempt = entries.start(round, first, "10.1.0.1", "Firefox").attemptId();
        entries.submit(attempt, first, null, null);
        entries.start(round, first, "10.1.0.1", "Firefox");
        entries.start(round, second, "10.1.0.2", "Firefox");

        HttpResponse<String> page = new Web(server.getURI()).get("/thi/" + c.slug());
        String html = page.body().replace("&#x3D;", "=").replace("&amp;", "&");
        assertEquals(200, page.statusCode());
        String title = scene.fixtures.queryString("select title from contest where id = ?", c.id());
        String url = server.getURI().toString().replaceAll("/$", "") + "/thi/" + c.slug();
        assertTrue(html.contains("<dd id=\"entrants\">2</dd>"), html);
        assertTrue(html.contains("<dd id=\"attempts\">3</dd>"), html);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"" + title + "\">"), html);
        assertTrue(html.contains("<meta property=\"og:description\" content=\"Thể lệ\">"), html);
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + url + "\">"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), html);
        assertFalse(html.contains("og:image"), html);
        assertTrue(html.contains("https://www.facebook.com/sharer/sharer.php?u=" + LandingPage.encode(url)), html);
        assertTrue(html.contains("https://button-share.zalo.me/share_external?"), html);
        assertTrue(html.contains("<strong>Cuộc thi</strong> dành cho"), html);
        assertTrue(html.contains("href=\"/thi/dang-nhap?next=%2Fthi%2F" + c.slug() + "\""), html);
        assertTrue(html.contains("Tuần 1: đang mở đến 31/12/2099 20:00"), html);
        assertTrue(new Web(server.getURI()).get("/thi").body().contains("href=\"/thi/" + c.slug() + "\""));
    }

    @Test
    void a_disqualified_entrant_sees_the_reason_instead_of_the_entry_form() {
        Contest c = openContest("");
        long round = c.roundIds().get(0);
        Player player = scene.player();
        entries.submit(entries.start(round, player.id(), "10.1.0.9", "Firefox").attemptId(), player.id(), null, null);
        String username = scene.organiser;
        long account = scene.fixtures.queryLong("select id from account where username = ?", username);
        reviews.disqualify(new CurrentUser(account, username, username, Role.ORGANISER, scene.province), c.id(), round,
                player.id(), "Nộp bài trong 1 giây");

        String page = player.web().get("/thi/" + c.slug()).body();
        assertTrue(page.contains("<p class=\"alert\" role=\"alert\" id=\"disqualified\">Bạn đã bị ban tổ chức loại khỏi cuộc thi này"
                + " nên không thể thi tiếp. Lý do: Nộp bài trong 1 giây</p>"), page);
        assertFalse(page.contains("/bat-dau"), page);
        assertTrue(page.contains("href=\"/thi/" + c.slug() + "/bang-xep-hang\""), page);
    }

    @Test
    void og_description_is_the_first_paragraph_of_the_rules_as_text() {
        assertEquals("Cuộc thi dành cho mọi công dân.",
                LandingPage.firstParagraph("**Cuộc thi** dành cho [mọi công dân](https://example.vn).\n\nĐoạn hai."));
        assertEquals("Thể lệ", LandingPage.firstParagraph("## Thể lệ\n\nĐoạn."));
        assertEquals("", LandingPage.firstParagraph("  "));
    }

    @Test
    void unknown_and_unpublished_contests_are_not_found() {
        Contest c = openContest("");
        scene.fixtures.queryLong("update contest set status = 'DRAFT', published_at = null where id = ? returning 1", c.id());
        Web web = new Web(server.getURI());
        assertEquals(404, web.get("/thi/" + c.slug()).statusCode());
        assertEquals(404, web.get("/thi/khong-co-cuoc-thi-nay").statusCode());
        assertFalse(web.get("/thi").body().contains("/thi/" + c.slug() + "\""));
        Player p = scene.player();
        assertEquals(404, p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of()).statusCode());
    }

    @Test
    void start_without_sign_in_goes_to_sign_in_and_comes_back_to_the_contest() {
        Contest c = openContest("");
        Web web = new Web(server.getURI());
        HttpResponse<String> r = web.postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of());
        assertEquals(303, r.statusCode());
        assertEquals("/thi/dang-nhap?next=%2Fthi%2F" + c.slug(), location(r));
        assertTrue(web.get(location(r)).body().contains("<input type=\"hidden\" name=\"next\" value=\"/thi/" + c.slug() + "\">"));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_entry where round_id = ?", c.roundIds().get(0)));
    }

    @Test
    void a_second_start_resumes_the_open_attempt() {
        Contest c = openContest("");
        Player p = scene.player();
        String start = "/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau";
        assertEquals(403, p.web().postForm(start, Map.of("csrfToken", "forged")).statusCode());
        HttpResponse<String> first = p.web().postForm(start, Map.of());
        HttpResponse<String> second = p.web().postForm(start, Map.of());
        assertEquals(303, first.statusCode());
        assertTrue(location(first).matches("/thi/luot/\\d+"), location(first));
        assertEquals(location(first), location(second));
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest_entry where entrant_id = ?", p.id()));
    }

    @Test
    void no_attempts_left_shows_the_reason_on_the_landing() {
        Contest c = openContest("1");
        Player p = scene.player();
        String start = "/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau";
        String sheet = location(p.web().postForm(start, Map.of()));
        assertEquals(303, p.web().postForm(sheet + "/nop", Map.of()).statusCode());
        HttpResponse<String> refused = p.web().postForm(start, Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("<p class=\"alert\" role=\"alert\">Bạn đã dùng hết 1 lượt làm bài của đề này.</p>"),
                refused.body());
        assertTrue(refused.body().contains("<h1>"), refused.body());
        HttpResponse<String> result = p.web().get(sheet + "/ket-qua");
        assertTrue(result.body().contains("<dd id=\"left\">0</dd>"), result.body());
    }

    @Test
    void a_round_not_yet_open_says_when_it_opens_and_offers_no_form() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 3, 3, "", "NONE",
                List.of(new Window("Vòng sau", "01/01/2098 08:00", "07/01/2098 20:00")));
        Player p = scene.player();
        String html = p.web().get("/thi/" + c.slug()).body();
        assertTrue(html.contains("Vòng thi chưa mở. Vòng thi mở lúc 01/01/2098 08:00."), html);
        assertFalse(html.contains("/bat-dau"), html);
        assertTrue(html.contains("href=\"/thi/lich-su\""), html);
        Map<String, String> none = new HashMap<>();
        HttpResponse<String> early = p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", none);
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("Vòng thi chưa mở. Vòng thi mở lúc 01/01/2098 08:00."), early.body());
    }

    @Test
    void prediction_answered_on_the_sheet_is_kept_and_shown_on_the_result() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 3, 3, "", "FULL_SCORE_COUNT",
                List.of(Window.openNow("Tuần 1")));
        Player p = scene.player();
        String sheet = location(p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of()));
        String html = p.web().get(sheet).body();
        assertTrue(html.contains("name=\"duDoan\""), html);
        Map<String, String> bad = new HashMap<>(answers(html, 3));
        bad.put("duDoan", "nhiều lắm");
        HttpResponse<String> refused = p.web().postForm(sheet + "/nop", bad);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("value=\"nhiều lắm\""), refused.body());
        assertTrue(refused.body().contains(" checked>"), refused.body());
        Map<String, String> good = new HashMap<>(answers(html, 3));
        good.put("duDoan", "1 500,5");
        assertEquals(303, p.web().postForm(sheet + "/nop", good).statusCode());
        String result = p.web().get(sheet + "/ket-qua").body();
        assertTrue(result.contains("<dd id=\"prediction\">1500,5</dd>"), result);
        assertTrue(result.contains("<dd id=\"score\">3 / 3</dd>"), result);
        assertEquals(0, new BigDecimal("1500.5").compareTo(new BigDecimal(scene.fixtures.queryString(
                "select prediction::text from contest_entry where entrant_id = ?", p.id()))));
    }
}
