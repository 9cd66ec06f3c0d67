package vn.hocluat.contest.rank;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.learning.certificate.PdfReading;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisers' review pages through HTTP, their scope, the winners' XLSX and PDF, the public leaderboard page and JSON. */
@MicronautTest(transactional = false)
class ReviewPagesTest extends ReviewTesting {
    Contest contest;
    long round;
    String base;
    long winner;
    long bot;

    @BeforeAll
    void setUp() {
        contest = scene.contest("FULL_SCORE_COUNT");
        round = contest.roundIds().get(0);
        base = "/contests/manage/" + contest.id() + "/rounds/" + round;
        scene.fixtures.queryLong("insert into contest_prize (contest_id, round_id, kind, tier, name, count) values (?, ?, 'INDIVIDUAL', 1, 'Giải Nhất', 1) returning id",
                contest.id(), round);
        winner = scene.contests.entrant(scene.commune, "Nguyễn Văn An", LocalDate.of(1991, 2, 3));
        scene.set(scene.play(round, winner, "10.6.0.1"), 3, 61_500, 0, new BigDecimal("2"));
        bot = scene.entrant(scene.commune, "Trần Bot");
        scene.set(scene.play(round, bot, "10.6.0.2"), 3, 1_200, 10, new BigDecimal("2"));
    }

    private Web organiser() {
        return new Web(server.getURI()).login(scene.organiser, Fixtures.PASSWORD);
    }

    @Test
    void an_organiser_of_another_province_is_refused_every_review_page_and_action() {
        long other = scene.fixtures.unit(scene.fixtures.rootId(), Fixtures.unique("TK"), "Tỉnh Khác", "PROVINCE");
        Web stranger = new Web(server.getURI()).login(scene.fixtures.account("ORGANISER", other), Fixtures.PASSWORD);
        for (String page : List.of("/ranking", "/flags", "/decisions", "/entrants/" + bot, "/winners.xlsx")) {
            assertEquals(403, stranger.get(base + page).statusCode(), page);
        }
        assertEquals(403, stranger.postForm(base + "/entrants/" + bot + "/disqualify", Map.of("reason", "Không có quyền")).statusCode());
        assertEquals(403, stranger.postForm(base + "/freeze", Map.of()).statusCode());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from review_decision where round_id = ?", round));
        Web trainer = new Web(server.getURI()).login(scene.fixtures.account("TRAINER", scene.province), Fixtures.PASSWORD);
        assertEquals(403, trainer.get(base + "/ranking").statusCode());
    }

    @Test
    void the_round_is_reviewed_frozen_published_and_its_winners_exported() throws IOException {
        Web web = organiser();
        Web anyone = new Web(server.getURI());
        HttpResponse<String> live = web.get(base + "/ranking");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("Bảng xếp hạng tạm tính"), live.body());
        HttpResponse<String> publicLive = anyone.get("/thi/" + contest.slug() + "/bang-xep-hang?vong=" + round);
        assertEquals(200, publicLive.statusCode());
        assertTrue(publicLive.body().contains("Bảng xếp hạng tạm tính"));
        assertTrue(publicLive.body().contains("Nguyễn V. A."));
        assertFalse(publicLive.body().contains("Nguyễn Văn An"));

        scene.contests.close(round);
        assertEquals(303, web.postForm(base + "/freeze", Map.of()).statusCode());
        assertTrue(web.get(base + "/flags").body().contains("Làm bài trong 1200 ms, dưới mức tối thiểu 9000 ms."));

        HttpResponse<String> noReason = web.postForm(base + "/entrants/" + bot + "/disqualify", Map.of("reason", ""));
        assertEquals(422, noReason.statusCode());
        assertTrue(noReason.body().contains("Vui lòng nhập lý do của quyết định."));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from review_decision where round_id = ?", round));
        assertEquals(303, web.postForm(base + "/entrants/" + bot + "/disqualify", Map.of("reason", "Trả lời 3 câu trong 1,2 giây")).statusCode());
        assertTrue(web.get(base + "/decisions").body().contains("Trả lời 3 câu trong 1,2 giây"));

        HttpResponse<String> finalPage = web.get(base + "/ranking");
        assertTrue(finalPage.body().contains("Bảng xếp hạng chính thức, chốt lúc"));
        assertEquals(303, web.postForm(base + "/publish-results", Map.of()).statusCode());

        HttpResponse<byte[]> xlsx = web.getBytes(base + "/winners.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Giải cá nhân", wb.getFirstSheet().getName());
            assertEquals(2, rows.size());
            Row first = rows.get(1);
            assertEquals("Giải Nhất", first.getCell(0).getText());
            assertEquals(CellType.NUMBER, first.getCell(1).getType());
            assertEquals(new BigDecimal("1"), first.getCell(1).asNumber());
            assertEquals("Nguyễn Văn An", first.getCell(2).getText());
            assertEquals(0, new BigDecimal("3").compareTo(first.getCell(5).asNumber()));
            // predicted 2 full scores; with the bot disqualified the re-frozen actual is 1
            assertEquals(0, new BigDecimal("1").compareTo(first.getCell(8).asNumber()));
            assertEquals(new BigDecimal("61.5"), first.getCell(9).asNumber().stripTrailingZeros());
        }

        HttpResponse<byte[]> pdf = web.getBytes(base + "/winners.pdf");
        assertEquals(200, pdf.statusCode());
        String text = PdfReading.of(pdf.body()).text();
        assertTrue(text.contains("THÔNG BÁO KẾT QUẢ"), text);
        assertTrue(text.contains("Nguyễn Văn An"), text);
        assertTrue(text.contains("Giải Nhất"), text);
        assertTrue(text.contains("TỈNH XẾP HẠNG"), text);
        assertFalse(text.contains("Trần Bot"), text);

        HttpResponse<String> publicFinal = anyone.get("/thi/" + contest.slug() + "/bang-xep-hang?vong=" + round);
        assertTrue(publicFinal.body().contains("Bảng xếp hạng chính thức, chốt lúc"));
        HttpResponse<String> json = anyone.get("/api/v1/contests/" + contest.slug() + "/rounds/" + round + "/leaderboard");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"provisional\":false"), json.body());
        assertTrue(json.body().contains("\"ranked\":1"), json.body());
        assertTrue(json.body().contains("\"name\":\"Nguyễn V. A.\""), json.body());
        assertEquals(404, anyone.get("/api/v1/contests/khong-co/rounds/" + round + "/leaderboard").statusCode());
    }

    @Test
    void the_public_leaderboard_shows_only_opened_rounds_of_published_contests() {
        Contest later = scene.twoRounds("NONE");
        Web anyone = new Web(server.getURI());
        String page = "/thi/" + later.slug() + "/bang-xep-hang";
        assertEquals(200, anyone.get(page).statusCode());
        assertEquals(404, anyone.get(page + "?vong=" + later.roundIds().get(1)).statusCode());
        assertEquals(404, anyone.get(page + "?vong=" + round).statusCode());
        assertEquals(400, anyone.get(page + "?vong=abc").statusCode());
        scene.fixtures.queryLong("update contest set status = 'DRAFT', published_at = null where id = ? returning 1", later.id());
        assertEquals(404, anyone.get(page).statusCode());
        assertEquals(404, anyone.get("/api/v1/contests/" + later.slug() + "/rounds/" + later.roundIds().get(0) + "/leaderboard").statusCode());
    }
}
