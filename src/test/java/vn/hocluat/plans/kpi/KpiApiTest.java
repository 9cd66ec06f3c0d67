package vn.hocluat.plans.kpi;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/plans/{id}/kpis and …/targets/{targetId}/persons: the JSON and who may read it. */
@MicronautTest(transactional = false)
class KpiApiTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    KpiScene s;
    long target;

    @BeforeAll
    void setUp() {
        s = new KpiScene(context);
        target = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", "90", "ALL", "{}");
    }

    private Web as(String role, long unit) {
        return new Web(server.getURI()).loginApi(s.cf.fixtures.account(role, unit), Fixtures.PASSWORD);
    }

    private String kpis(long plan, long unit) {
        return "/api/v1/plans/" + plan + "/kpis?unit=" + s.code(unit) + "&date=2026-02-20";
    }

    @Test
    void province_manager_reads_every_target_with_its_child_units() {
        HttpResponse<String> res = as("MANAGER", s.province).get(kpis(s.plan, s.province));
        assertEquals(200, res.statusCode(), res.body());
        String child = "{\"unitCode\":\"%s\",\"unitName\":\"%s\",\"numerator\":%d,\"denominator\":%d,\"value\":%s,\"status\":\"%s\"}";
        String expected = "[{\"targetId\":" + target + ",\"metric\":\"TRAINED_SHARE\",\"label\":\"Chỉ tiêu TRAINED_SHARE\","
                + "\"threshold\":80.00,\"bandUpper\":90.00,\"numerator\":3,\"denominator\":7,\"value\":42.86,\"status\":\"ON_TRACK\","
                + "\"children\":[" + child.formatted(s.code(s.communeA), "Phường An", 2, 5, "40.00", "ON_TRACK") + ","
                + child.formatted(s.code(s.communeB), "Xã Bình", 1, 2, "50.00", "ON_TRACK") + ","
                + child.formatted(s.code(s.communeE), "Xã Đông", 0, 0, "null", "NO_DATA") + "]}]";
        assertEquals(expected, res.body());
    }

    @Test
    void commune_manager_reads_the_province_plan_at_their_commune() {
        HttpResponse<String> res = as("MANAGER", s.communeB).get(kpis(s.plan, s.communeB));
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(res.body().contains("\"numerator\":1,\"denominator\":2,\"value\":50.00,\"status\":\"ON_TRACK\",\"children\":[]"), res.body());
    }

    @Test
    void manager_of_other_commune_is_refused() {
        Web managerB = as("MANAGER", s.communeB);
        assertEquals(403, managerB.get(kpis(s.plan, s.communeA)).statusCode());
        assertEquals(403, managerB.get(kpis(s.plan, s.province)).statusCode());
        assertEquals(403, managerB.get("/api/v1/plans/" + s.plan + "/targets/" + target + "/persons?unit="
                + s.code(s.communeA) + "&date=2026-02-20&which=untrained").statusCode());
    }

    @Test
    void plan_of_an_unrelated_province_is_refused() {
        long other = s.cf.quiz.province();
        Web managerOther = as("MANAGER", other);
        assertEquals(403, managerOther.get(kpis(s.plan, other)).statusCode());
        assertEquals(403, managerOther.get("/api/v1/plans/" + s.plan + "/targets/" + target + "/persons?unit="
                + s.code(other) + "&date=2026-02-20").statusCode());
    }

    @Test
    void learner_is_refused_and_unknown_plan_is_not_found() {
        assertEquals(403, as("LEARNER", s.province).get(kpis(s.plan, s.province)).statusCode());
        assertEquals(404, as("MANAGER", s.province).get(kpis(999_999_999L, s.province)).statusCode());
    }

    @Test
    void untrained_persons_of_a_commune_by_page() {
        HttpResponse<String> res = as("MANAGER", s.communeB).get("/api/v1/plans/" + s.plan + "/targets/" + target
                + "/persons?unit=" + s.code(s.communeB) + "&date=2026-02-20&which=untrained");
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(res.body().contains("\"fullName\":\"Người B2\""), res.body());
        assertTrue(res.body().endsWith("\"total\":1,\"page\":1,\"size\":50}"), res.body());
    }

    @Test
    void bad_date_or_list_is_a_clear_bad_request() {
        Web manager = as("MANAGER", s.province);
        HttpResponse<String> res = manager.get("/api/v1/plans/" + s.plan + "/kpis?unit=" + s.code(s.province) + "&date=20/02/2026");
        assertEquals(400, res.statusCode());
        assertEquals("{\"message\":\"Tham số \\\"date\\\" phải là ngày dạng yyyy-MM-dd (ví dụ 2026-11-23), không phải \\\"20/02/2026\\\".\"}", res.body());
        assertEquals(400, manager.get("/api/v1/plans/" + s.plan + "/targets/" + target + "/persons?which=pending").statusCode());
    }
}
