package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organiser's pages: create with field errors (422, nothing written), rounds, publish refusals, other units refused. */
@MicronautTest(transactional = false)
class ContestPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    Fixtures fixtures;
    long provinceA;
    String organiserA;
    String managerB;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        provinceA = fixtures.unit(fixtures.rootId(), Fixtures.unique("PA"), "Tỉnh Trang A", "PROVINCE");
        long provinceB = fixtures.unit(fixtures.rootId(), Fixtures.unique("PB"), "Tỉnh Trang B", "PROVINCE");
        organiserA = fixtures.account("ORGANISER", provinceA);
        managerB = fixtures.account("MANAGER", provinceB);
    }

    private Map<String, String> form(String title, String draw) {
        return new HashMap<>(Map.of("title", title, "unitId", String.valueOf(provinceA),
                "rules", "**Thể lệ** cuộc thi", "minAge", "", "drawCount", draw, "timeLimit", "15",
                "attempts", "2", "predictionKind", "TOTAL_ENTRANTS"));
    }

    @Test
    void organiser_creates_a_contest_adds_a_round_and_sees_publish_refusals() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        String title = Fixtures.unique("Hội thi trang");
        HttpResponse<String> created = web.postForm("/contests/manage", form(title, "4"));
        assertEquals(303, created.statusCode());
        long id = fixtures.queryLong("select id from contest where title = ?", title);
        assertEquals("/contests/manage/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest where id = ? and time_limit_seconds = 900 and attempts_per_round = 2
                  and prediction_kind = 'TOTAL_ENTRANTS' and min_age is null and draw_count = 4""", id));

        HttpResponse<String> page = web.get("/contests/manage/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong>Thể lệ</strong> cuộc thi"), page.body());
        assertTrue(web.get("/contests/manage").body().contains(title));

        HttpResponse<String> badRound = web.postForm("/contests/manage/" + id + "/rounds",
                Map.of("name", "Vòng 1", "opensAt", "02/06/2027 08:00", "closesAt", "01/06/2027 08:00"));
        assertEquals(422, badRound.statusCode());
        assertTrue(badRound.body().contains("Thời điểm đóng phải sau thời điểm mở."));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/rounds",
                Map.of("name", "Vòng 1", "opensAt", "01/06/2027 08:00", "closesAt", "07/06/2027 20:00")).statusCode());
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest_round where contest_id = ? and name = 'Vòng 1' and position = 1
                  and opens_at = timestamptz '2027-06-01 01:00:00Z' and closes_at = timestamptz '2027-06-07 13:00:00Z'""", id));

        HttpResponse<String> refused = web.postForm("/contests/manage/" + id + "/publish", Map.of());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Ngân hàng câu hỏi chỉ có 0 câu, ít hơn số câu rút cho mỗi bài thi (4)."),
                refused.body());
        assertEquals(1, fixtures.queryLong("select count(*) from contest where id = ? and status = 'DRAFT'", id));
    }

    @Test
    void gift_pool_goes_into_the_contests_own_bank_then_publish_creates_the_round_quiz() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        String title = Fixtures.unique("Hội thi có câu hỏi");
        web.postForm("/contests/manage", form(title, "2"));
        long id = fixtures.queryLong("select id from contest where title = ?", title);
        long bank = fixtures.queryLong("select bank_id from contest where id = ?", id);
        assertTrue(web.get("/contests/manage/" + id).body().contains("/banks/" + bank + "/import"));
        String bad = "Câu thứ nhất đúng? {=có ~không}\n\nCâu thiếu ngoặc đóng {=a ~b\n";
        assertEquals(422, web.postFile("/banks/" + bank + "/import", "loi.gift", bad.getBytes(StandardCharsets.UTF_8),
                Map.of()).statusCode());
        assertEquals(0, fixtures.queryLong("select count(*) from question where bank_id = ?", bank));
        String gift = "Luật Hòa giải ở cơ sở có hiệu lực từ năm nào? {=2014 ~2013 ~2015}\n\nHòa giải viên phải đủ 18 tuổi. {T}\n";
        assertEquals(303, web.postFile("/banks/" + bank + "/import", "dung.gift", gift.getBytes(StandardCharsets.UTF_8),
                Map.of()).statusCode());
        web.postForm("/contests/manage/" + id + "/rounds",
                Map.of("name", "Vòng duy nhất", "opensAt", "01/07/2027 08:00", "closesAt", "07/07/2027 20:00"));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/publish", Map.of()).statusCode());
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest c join contest_round r on r.contest_id = c.id join quiz q on q.id = r.quiz_id
                  join quiz_rule qr on qr.quiz_id = q.id
                where c.id = ? and c.status = 'PUBLISHED' and q.time_limit_seconds = 900 and q.attempts_allowed = 2
                  and qr.bank_id = c.bank_id and qr.draw_count = 2""", id));
        String published = web.get("/contests/manage/" + id).body();
        assertFalse(published.contains("/publish\""), published);
        long round = fixtures.queryLong("select id from contest_round where contest_id = ?", id);
        assertTrue(published.contains("href=\"/contests/manage/" + id + "/statistics\""), published);
        assertTrue(published.contains("href=\"/contests/manage/" + id + "/rounds/" + round + "/ranking\""), published);
        assertTrue(published.contains("href=\"/contests/manage/" + id + "/rounds/" + round + "/winners\""), published);
    }

    @Test
    void bad_contest_form_is_422_with_field_errors_and_writes_nothing() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        long before = fixtures.queryLong("select count(*) from contest");
        HttpResponse<String> r = web.postForm("/contests/manage", form("", "x"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Chưa nhập trường này."));
        assertTrue(r.body().contains("Phải là một số nguyên."));
        assertEquals(before, fixtures.queryLong("select count(*) from contest"));
    }

    @Test
    void manager_of_other_province_gets_403_on_every_contest_page() {
        Web owner = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        String title = Fixtures.unique("Hội thi riêng");
        owner.postForm("/contests/manage", form(title, "1"));
        long id = fixtures.queryLong("select id from contest where title = ?", title);
        Web other = new Web(server.getURI()).login(managerB, Fixtures.PASSWORD);
        assertEquals(403, other.get("/contests/manage/" + id).statusCode());
        assertEquals(403, other.postForm("/contests/manage/" + id + "/rounds",
                Map.of("name", "X", "opensAt", "01/06/2027 08:00", "closesAt", "07/06/2027 20:00")).statusCode());
        assertEquals(403, other.postForm("/contests/manage/" + id + "/publish", Map.of()).statusCode());
        assertEquals(403, other.postForm("/contests/manage", form(Fixtures.unique("Lấn sân"), "1")).statusCode());
        assertFalse(other.get("/contests/manage").body().contains(title));
        assertEquals(0, fixtures.queryLong("select count(*) from contest_round where contest_id = ?", id));
    }
}
