package vn.hocluat.mediation.communes;

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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model and pilot communes pages: list by state, recording and revoking a recognition (303, history
 * kept), field errors in Vietnamese (422, nothing written), the pilot flag with its audit row, and scope:
 * a manager of another province or commune is refused on read and write; a commune may not make itself a pilot.
 */
@MicronautTest(transactional = false)
class CommunePagesTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    Fixtures fx;
    long province;
    long communeA;
    long wardB;
    long village;
    long otherProvince;
    String provinceManager;
    String communeManager;
    String otherManager;
    String learner;

    @BeforeAll
    void setUp() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("TM"), "Tỉnh Mẫu", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An Hòa", "COMMUNE");
        village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn Một", "VILLAGE");
        wardB = fx.unit(province, Fixtures.unique("PB"), "Phường Bình Minh", "WARD");
        otherProvince = fx.unit(fx.rootId(), Fixtures.unique("TK"), "Tỉnh Khác", "PROVINCE");
        provinceManager = fx.account("MANAGER", province);
        communeManager = fx.account("MANAGER", communeA);
        otherManager = fx.account("MANAGER", otherProvince);
        learner = fx.account("LEARNER", province);
    }

    @Test
    void manager_records_and_revokes_a_recognition_and_the_history_stays() {
        Web web = login(provinceManager);
        HttpResponse<String> r = web.postForm(base(wardB) + "/recognitions", Map.of("decisionNo", "125/QĐ-UBND",
                "decidedOn", "15/03/2025", "issuer", "UBND tỉnh", "note", ""));
        assertEquals(303, r.statusCode());
        assertEquals(base(wardB), r.headers().firstValue("Location").orElseThrow());
        String page = web.get(base(wardB)).body();
        assertTrue(page.contains("Quyết định số 125/QĐ-UBND ngày 15/03/2025"), page);

        String list = web.get("/mediation/communes?unit=" + province + "&state=model").body();
        assertTrue(list.contains(base(wardB) + "\""), list);
        assertFalse(list.contains(base(communeA) + "\""), list);

        long id = fx.queryLong("select id from model_commune where unit_id = ?", wardB);
        r = web.postForm(base(wardB) + "/recognitions/" + id + "/revoke", Map.of("revokedOn", "01/02/2026",
                "revokeNote", "Không duy trì tiêu chí"));
        assertEquals(303, r.statusCode());
        assertEquals("2026-02-01 Không duy trì tiêu chí", fx.queryString(
                "select revoked_on || ' ' || revoke_note from model_commune where id = ?", id));
        assertFalse(web.get("/mediation/communes?unit=" + province + "&state=model").body().contains(base(wardB) + "\""));

        // recognised again later: a second row, the first one kept
        assertEquals(303, web.postForm(base(wardB) + "/recognitions", Map.of("decisionNo", "77/QĐ-UBND",
                "decidedOn", "10/02/2026")).statusCode());
        assertEquals(2, fx.queryLong("select count(*) from model_commune where unit_id = ?", wardB));
        page = web.get(base(wardB)).body();
        assertTrue(page.contains("125/QĐ-UBND") && page.contains("77/QĐ-UBND"), page);
    }

    @Test
    void bad_recognition_is_shown_again_with_vietnamese_errors_and_nothing_written() {
        Web web = login(provinceManager);
        HttpResponse<String> r = web.postForm(base(communeA) + "/recognitions", Map.of("decisionNo", "",
                "decidedOn", "31/02/2025", "issuer", "UBND"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Vui lòng nhập số quyết định."), r.body());
        assertTrue(r.body().contains("Ngày &quot;31/02/2025&quot; không đúng dạng ngày/tháng/năm"), r.body());
        assertTrue(r.body().contains("value=\"UBND\""), r.body());
        r = web.postForm(base(communeA) + "/recognitions", Map.of("decisionNo", "1/QĐ", "decidedOn", "01/01/2999"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Ngày không được sau hôm nay"), r.body());
        assertEquals(0, fx.queryLong("select count(*) from model_commune where unit_id = ?", communeA));
    }

    @Test
    void revocation_needs_a_note_and_a_date_not_before_the_decision() {
        long unit = fx.unit(province, Fixtures.unique("XR"), "Xã Rạng Đông", "COMMUNE");
        Web web = login(provinceManager);
        web.postForm(base(unit) + "/recognitions", Map.of("decisionNo", "9/QĐ", "decidedOn", "01/06/2025"));
        long id = fx.queryLong("select id from model_commune where unit_id = ?", unit);
        HttpResponse<String> r = web.postForm(base(unit) + "/recognitions/" + id + "/revoke",
                Map.of("revokedOn", "01/05/2025", "revokeNote", ""));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Vui lòng ghi lý do, căn cứ thu hồi."), r.body());
        r = web.postForm(base(unit) + "/recognitions/" + id + "/revoke", Map.of("revokedOn", "01/05/2025", "revokeNote", "Sai"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Ngày thu hồi không được trước ngày quyết định (01/06/2025)."), r.body());
        // a second recognition while one is in force is refused
        r = web.postForm(base(unit) + "/recognitions", Map.of("decisionNo", "10/QĐ", "decidedOn", "02/06/2025"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Xã đang có quyết định công nhận còn hiệu lực"), r.body());
        assertEquals(1, fx.queryLong("select count(*) from model_commune where unit_id = ? and revoked_on is null", unit));
    }

    @Test
    void province_manager_sets_and_clears_a_pilot_commune_with_an_audit_row() {
        long unit = fx.unit(province, Fixtures.unique("XP"), "Xã Phú", "COMMUNE");
        Web web = login(provinceManager);
        assertEquals(303, web.postForm(base(unit) + "/pilot", Map.of("pilot", "true")).statusCode());
        assertTrue(web.get("/mediation/communes?unit=" + province + "&state=pilot").body().contains(base(unit) + "\""));
        assertFalse(web.get("/mediation/communes?unit=" + province + "&state=pilot").body().contains(base(wardB) + "\""));
        assertEquals(303, web.postForm(base(unit) + "/pilot", Map.of("pilot", "false")).statusCode());
        assertEquals("false", fx.queryString("select pilot::text from unit where id = ?", unit));
        assertEquals("true,false", fx.queryString("""
                select string_agg(c.pilot::text, ',' order by c.id) from unit_pilot_change c join account a on a.id = c.changed_by
                where c.unit_id = ? and a.username = ?""", unit, provinceManager));
    }

    @Test
    void commune_manager_cannot_make_their_own_commune_a_pilot() {
        Web web = login(communeManager);
        assertEquals(403, web.postForm(base(communeA) + "/pilot", Map.of("pilot", "true")).statusCode());
        assertEquals("false", fx.queryString("select pilot::text from unit where id = ?", communeA));
        String page = web.get(base(communeA)).body();
        assertFalse(page.contains("/pilot\""), page);
    }

    @Test
    void manager_of_another_province_or_commune_is_refused() {
        Web other = login(otherManager);
        assertEquals(403, other.get(base(communeA)).statusCode());
        assertEquals(403, other.get("/mediation/communes?unit=" + province).statusCode());
        assertEquals(403, other.postForm(base(communeA) + "/recognitions", Map.of("decisionNo", "1/QĐ", "decidedOn", "01/01/2025")).statusCode());
        assertEquals(403, other.postForm(base(communeA) + "/pilot", Map.of("pilot", "true")).statusCode());
        Web commune = login(communeManager);
        assertEquals(403, commune.get(base(wardB)).statusCode());
        assertEquals(403, commune.get("/mediation/communes?unit=" + province).statusCode());
        assertEquals(403, commune.postForm(base(wardB) + "/pilot", Map.of("pilot", "true")).statusCode());
        assertEquals(403, commune.postForm(base(wardB) + "/recognitions", Map.of("decisionNo", "", "decidedOn", "")).statusCode());
        assertEquals(0, fx.queryLong("select count(*) from unit_pilot_change where unit_id in (?, ?)", communeA, wardB));
    }

    @Test
    void learner_cannot_read_communes() {
        assertEquals(403, login(learner).get("/mediation/communes").statusCode());
    }

    @Test
    void list_shows_only_commune_level_units_of_the_subtree() {
        Web web = login(communeManager);
        String list = web.get("/mediation/communes").body();
        assertTrue(list.contains("Xã An Hòa"), list);
        assertFalse(list.contains("/mediation/communes/" + village + "\""), list);
        assertFalse(list.contains("Phường Bình Minh"), list);
        assertEquals(400, web.get(base(village)).statusCode());
        assertEquals(400, web.get("/mediation/communes?state=sai").statusCode());
    }

    private Web login(String username) {
        return new Web(server.getURI()).login(username, Fixtures.PASSWORD);
    }

    private static String base(long unit) {
        return "/mediation/communes/" + unit;
    }
}
