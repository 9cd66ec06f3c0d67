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

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organiser's edit pages: contest edit, round edit and delete, prizes; 422 with field errors, 303 after success, 403 elsewhere. */
@MicronautTest(transactional = false)
class ContestManagePagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    OrganiserScene scene;
    String organiserA;
    String managerB;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
        organiserA = scene.organiserA.username();
        managerB = scene.managerB.username();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> postEdit(Web web, long id, String title, String rank1, String rank2, String... residence) {
        StringBuilder body = new StringBuilder("csrfToken=" + enc(web.csrf()) + "&title=" + enc(title)
                + "&rules=" + enc("Thể lệ") + "&minAge=&drawCount=2&timeLimit=20&attempts=&predictionKind=NONE"
                + "&rank1=" + rank1 + "&rank2=" + rank2 + "&rank3=&rank4=");
        for (String unit : residence) {
            body.append("&residenceUnitIds=").append(unit);
        }
        return web.post("/contests/manage/" + id + "/edit", "application/x-www-form-urlencoded", body.toString());
    }

    @Test
    void organiser_edits_a_contest_with_residence_units_and_ranking_order() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        long id = scene.contest("Hội thi sửa trên trang", 2, 0);
        HttpResponse<String> form = web.get("/contests/manage/" + id + "/edit");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"residenceUnitIds\" multiple"), form.body());
        assertTrue(form.body().contains("<option value=\"SCORE_DESC\" selected>Điểm số cao hơn</option>"), form.body());

        HttpResponse<String> bad = postEdit(web, id, "Hội thi sửa trên trang", "DURATION_ASC", "DURATION_ASC");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Mỗi tiêu chí xếp hạng chỉ được chọn một lần."), bad.body());

        HttpResponse<String> ok = postEdit(web, id, "Hội thi đã sửa trên trang", "SCORE_DESC", "STARTED_ASC",
                String.valueOf(scene.communeA), String.valueOf(scene.provinceA));
        assertEquals(303, ok.statusCode());
        assertEquals("/contests/manage/" + id, ok.headers().firstValue("Location").orElseThrow());
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest where id = ? and title = 'Hội thi đã sửa trên trang'
                  and ranking_order = '{SCORE_DESC,STARTED_ASC}' and cardinality(residence_unit_ids) = 2""", id));
    }

    @Test
    void rounds_are_edited_and_deleted_from_the_contest_page() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        long id = scene.contest("Hội thi sửa vòng", 1, 0);
        long round = scene.round(id, "Vòng 1", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        assertTrue(web.get("/contests/manage/" + id).body().contains("/contests/manage/" + id + "/rounds/" + round + "/delete"));
        HttpResponse<String> form = web.get("/contests/manage/" + id + "/rounds/" + round);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("value=\"01/01/2098 08:00\""), form.body());
        HttpResponse<String> bad = web.postForm("/contests/manage/" + id + "/rounds/" + round,
                Map.of("name", "", "opensAt", "01/01/2098 08:00", "closesAt", "31/01/2098 20:00"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Chưa nhập trường này."));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/rounds/" + round,
                Map.of("name", "Vòng mở đầu", "opensAt", "02/01/2098 08:00", "closesAt", "31/01/2098 20:00")).statusCode());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest_round where id = ? and name = 'Vòng mở đầu'", round));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/rounds/" + round + "/delete", Map.of()).statusCode());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_round where id = ?", round));
    }

    @Test
    void prizes_are_added_edited_and_deleted_on_the_contest_page() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        long id = scene.contest("Hội thi có giải trên trang", 1, 0);
        long round = scene.round(id, "Tuần 1", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        HttpResponse<String> bad = web.postForm("/contests/manage/" + id + "/prizes",
                Map.of("roundId", String.valueOf(round), "kind", "INDIVIDUAL", "tier", "0", "prizeName", "", "count", "1"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Giá trị nằm ngoài khoảng cho phép."), bad.body());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_prize where contest_id = ?", id));

        assertEquals(303, web.postForm("/contests/manage/" + id + "/prizes", Map.of("roundId", String.valueOf(round),
                "kind", "UNIT_MOST_ENTRANTS", "tier", "1", "prizeName", "Xã đông người thi nhất", "count", "2")).statusCode());
        long prize = scene.fixtures.queryLong("select id from contest_prize where contest_id = ?", id);
        String page = web.get("/contests/manage/" + id).body();
        assertTrue(page.contains("<td>Giải tập thể: nhiều người dự thi nhất</td><td>1</td><td>Xã đông người thi nhất</td><td>2</td>"), page);
        assertEquals(200, web.get("/contests/manage/" + id + "/prizes/" + prize).statusCode());
        assertEquals(303, web.postForm("/contests/manage/" + id + "/prizes/" + prize, Map.of("roundId", "",
                "kind", "INDIVIDUAL", "tier", "1", "prizeName", "Giải Nhất chung cuộc", "count", "1")).statusCode());
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest_prize where id = ? and round_id is null and kind = 'INDIVIDUAL'
                  and name = 'Giải Nhất chung cuộc'""", prize));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/prizes/" + prize + "/delete", Map.of()).statusCode());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_prize where contest_id = ?", id));
    }

    @Test
    void gift_import_into_the_bank_of_an_open_round_is_refused_with_the_reason() {
        Web web = new Web(server.getURI()).login(organiserA, Fixtures.PASSWORD);
        long id = scene.contest("Hội thi đang mở nhập câu hỏi", 1, 1);
        scene.round(id, "Tuần đang mở", OrganiserScene.OPEN_OPENS, OrganiserScene.OPEN_CLOSES);
        scene.contests.publish(scene.organiserA, id);
        long bank = scene.fixtures.queryLong("select bank_id from contest where id = ?", id);
        HttpResponse<String> r = web.postFile("/banks/" + bank + "/import", "them.gift",
                "Câu thêm? {=có ~không}\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("vòng &quot;Tuần đang mở&quot;") || r.body().contains("vòng \"Tuần đang mở\""), r.body());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from question where bank_id = ?", bank));
    }

    @Test
    void manager_of_other_province_gets_403_on_every_edit_page() {
        long id = scene.contest("Hội thi không cho sửa", 1, 0);
        long round = scene.round(id, "Vòng riêng", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        Web other = new Web(server.getURI()).login(managerB, Fixtures.PASSWORD);
        assertEquals(403, other.get("/contests/manage/" + id + "/edit").statusCode());
        assertEquals(403, postEdit(other, id, "Lấn sân", "SCORE_DESC", "").statusCode());
        assertEquals(403, other.get("/contests/manage/" + id + "/rounds/" + round).statusCode());
        assertEquals(403, other.postForm("/contests/manage/" + id + "/rounds/" + round + "/delete", Map.of()).statusCode());
        assertEquals(403, other.postForm("/contests/manage/" + id + "/prizes", Map.of("roundId", "", "kind", "INDIVIDUAL",
                "tier", "1", "prizeName", "Giải lạ", "count", "1")).statusCode());
        assertFalse(scene.fixtures.queryLong("select count(*) from contest where title = 'Lấn sân'") > 0);
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest_round where id = ?", round));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_prize where contest_id = ?", id));
    }
}
