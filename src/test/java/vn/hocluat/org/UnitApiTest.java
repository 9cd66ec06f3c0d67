package vn.hocluat.org;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UnitApiTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    Fixtures fx;
    long communeA;
    long communeB;
    long villageA;
    String codeA;
    String villageCodeA;

    @BeforeAll
    void units() {
        fx = new Fixtures(context);
        long province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Thử Api", "PROVINCE");
        codeA = Fixtures.unique("A");
        communeA = fx.unit(province, codeA, "Xã Thử Api A", "COMMUNE");
        communeB = fx.unit(province, Fixtures.unique("B"), "Xã Thử Api B", "COMMUNE");
        villageCodeA = Fixtures.unique("A-T1");
        villageA = fx.unit(communeA, villageCodeA, "Thôn Api Một", "VILLAGE");
        fx.unit(communeB, Fixtures.unique("B-T1"), "Thôn Api Hai", "VILLAGE");
    }

    private Web managerOfA() {
        return new Web(server.getURI()).loginApi(fx.account("MANAGER", communeA), Fixtures.PASSWORD);
    }

    @Test
    void list_shows_only_the_callers_subtree() {
        HttpResponse<String> r = managerOfA().get("/api/v1/units");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"total\":2"), r.body());
        assertTrue(r.body().contains("\"name\":\"Xã Thử Api A\""));
        assertTrue(r.body().contains("{\"id\":" + villageA + ",\"code\":\"" + villageCodeA + "\",\"name\":\"Thôn Api Một\","
                + "\"kind\":\"VILLAGE\",\"parentId\":" + communeA + ","), r.body());
        assertFalse(r.body().contains("Thôn Api Hai"));
        HttpResponse<String> search = managerOfA().get("/api/v1/units?q=thon+api");
        assertTrue(search.body().contains("\"total\":1"), search.body());
        HttpResponse<String> children = managerOfA().get("/api/v1/units?parentId=" + communeA);
        assertTrue(children.body().contains("\"total\":1,\"page\":0,\"size\":50"), children.body());
        HttpResponse<String> far = managerOfA().get("/api/v1/units?page=2147483647&size=500");
        assertEquals("{\"items\":[],\"total\":2,\"page\":2147483647,\"size\":500}", far.body());
    }

    @Test
    void manager_of_other_commune_gets_403_for_every_api_call_on_commune_b() {
        Web manager = managerOfA();
        assertEquals(403, manager.get("/api/v1/units/" + communeB).statusCode());
        assertEquals(403, manager.get("/api/v1/units?parentId=" + communeB).statusCode());
        assertEquals(403, manager.putJson("/api/v1/units/" + communeB,
                "{\"name\":\"Đổi\",\"kind\":\"COMMUNE\"}").statusCode());
        HttpResponse<String> create = manager.postJson("/api/v1/units",
                "{\"parentId\":" + communeB + ",\"code\":\"" + Fixtures.unique("X") + "\",\"name\":\"Thôn Lạ Api\",\"kind\":\"VILLAGE\"}");
        assertEquals(403, create.statusCode());
        assertTrue(create.body().contains("ngoài phạm vi đơn vị của bạn"), create.body());
        assertEquals(0, fx.queryLong("select count(*) from unit where name = 'Thôn Lạ Api'"));
        assertEquals(404, manager.get("/api/v1/units/999999999").statusCode());
    }

    @Test
    void manager_creates_and_updates_a_village_in_own_commune() {
        long commune = fx.unit(fx.queryLong("select parent_id from unit where id = ?", communeA), Fixtures.unique("C"),
                "Xã Thử Api C", "COMMUNE");
        Web manager = new Web(server.getURI()).loginApi(fx.account("MANAGER", commune), Fixtures.PASSWORD);
        String code = Fixtures.unique("A-T2");
        HttpResponse<String> r = manager.postJson("/api/v1/units", "{\"parentId\":" + commune + ",\"code\":\"" + code
                + "\",\"name\":\"Thôn Mới\",\"kind\":\"Thôn/ấp/bản\",\"urban\":false,\"population\":900}");
        assertEquals(201, r.statusCode(), r.body());
        long id = fx.queryLong("select id from unit where code = ?", code);
        assertEquals("/api/v1/units/" + id, r.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> u = manager.putJson("/api/v1/units/" + id,
                "{\"name\":\"Thôn Mới Đổi\",\"kind\":\"RESIDENTIAL_GROUP\",\"urban\":true,\"population\":950}");
        assertEquals(200, u.statusCode(), u.body());
        assertEquals("{\"id\":" + id + ",\"code\":\"" + code + "\",\"name\":\"Thôn Mới Đổi\",\"kind\":\"RESIDENTIAL_GROUP\","
                + "\"parentId\":" + commune + ",\"depth\":3,\"urban\":true,\"population\":950}", u.body());
    }

    @Test
    void validation_errors_are_422_with_field_messages() {
        Web manager = managerOfA();
        HttpResponse<String> r = manager.postJson("/api/v1/units", "{\"parentId\":" + communeA
                + ",\"code\":\"" + villageCodeA + "\",\"name\":\"Tỉnh Sai\",\"kind\":\"PROVINCE\",\"population\":-1}");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("{\"field\":\"code\",\"message\":\"Mã đơn vị này đã được dùng cho một đơn vị khác.\"}"), r.body());
        assertTrue(r.body().contains("{\"field\":\"population\",\"message\":\"Dân số phải là số nguyên không âm, ví dụ 12500.\"}"));
        assertTrue(r.body().contains("{\"field\":\"kind\",\"message\":\"Loại đơn vị này không được đặt trực thuộc đơn vị cấp trên"));
        HttpResponse<String> unknownKind = manager.putJson("/api/v1/units/" + villageA, "{\"name\":\"Thôn Api Một\",\"kind\":\"HUYEN\"}");
        assertEquals(422, unknownKind.statusCode());
        assertTrue(unknownKind.body().startsWith("{\"errors\":[{\"field\":\"kind\",\"message\":\"Loại đơn vị không hợp lệ"), unknownKind.body());
        HttpResponse<String> noParent = manager.postJson("/api/v1/units", "{\"code\":\"X1\",\"name\":\"X\",\"kind\":\"VILLAGE\"}");
        assertEquals(422, noParent.statusCode());
        assertTrue(noParent.body().contains("\"field\":\"parentId\""));
    }

    @Test
    void malformed_json_is_a_client_error_not_a_500() {
        HttpResponse<String> r = managerOfA().postJson("/api/v1/units", "{\"parentId\":" + communeA + ",\"population\":\"nhiều\"}");
        assertTrue(r.statusCode() == 400 || r.statusCode() == 422, r.statusCode() + " " + r.body());
    }

    @Test
    void anonymous_api_call_is_401_and_a_learner_is_refused() {
        assertEquals(401, new Web(server.getURI()).get("/api/v1/units").statusCode());
        Web learner = new Web(server.getURI()).loginApi(fx.account("LEARNER", communeA), Fixtures.PASSWORD);
        assertEquals(403, learner.get("/api/v1/units/" + communeA).statusCode());
        Web trainer = new Web(server.getURI()).loginApi(fx.account("TRAINER", communeA), Fixtures.PASSWORD);
        assertEquals(200, trainer.get("/api/v1/units/" + communeA).statusCode());
        assertEquals(403, trainer.putJson("/api/v1/units/" + villageA, "{\"name\":\"Đổi\",\"kind\":\"VILLAGE\"}").statusCode());
    }
}
