package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** /api/v1/plans: the JSON of GET creates an equal plan; field errors as 422; scope on every route. */
@MicronautTest(transactional = false)
class PlansApiTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    Scene scene;
    Fixtures fixtures;
    long province;
    long commune;
    long other;
    String communeCode;
    String provinceCode;
    String otherCode;
    String villageCode;

    @BeforeAll
    void setUp() {
        scene = new Scene(context);
        fixtures = scene.fixtures;
        provinceCode = Fixtures.unique("T");
        province = fixtures.unit(fixtures.rootId(), provinceCode, "Tỉnh Kế hoạch", "PROVINCE");
        communeCode = Fixtures.unique("KC");
        commune = fixtures.unit(province, communeCode, "Xã Kon Chiêng", "COMMUNE");
        villageCode = Fixtures.unique("TH");
        fixtures.unit(commune, villageCode, "Làng Đê Tar", "VILLAGE");
        otherCode = Fixtures.unique("XK");
        other = fixtures.unit(province, otherCode, "Xã Khác", "COMMUNE");
    }

    String planJson(String unitCode, String docNumber) {
        return """
                {"unitCode":"%s","docNumber":"%s","docDate":"2025-09-24","title":"Kế hoạch chuyển đổi số PBGDPL",
                 "issuer":"Ủy ban nhân dân xã Kon Chiêng","startsOn":"2025-01-01","endsOn":"2030-12-31",
                 "hybridCountsOnline":false,"note":"Ghi chú",
                 "phases":[{"name":"Giai đoạn 1","startsOn":"2025-01-01","endsOn":"2027-12-31"},
                           {"name":"Giai đoạn 2","startsOn":"2028-01-01","endsOn":"2030-12-31"}],
                 "targets":[
                   {"phase":1,"label":"Ít nhất 80%% được tập huấn","sourceRef":"Mục II.2.1","metric":"TRAINED_SHARE",
                    "audience":["OFFICIAL","REPORTER"],"topics":["chuyen-doi-so-pbgdpl"],"courses":[],"window":"PLAN",
                    "windowMonths":null,"threshold":80,"bandUpper":null,"unitFilter":"ALL","unitCodes":[],"params":{}},
                   {"phase":null,"label":"Từ 80%% - 90%% hòa giải viên","sourceRef":null,"metric":"NEW_MEDIATOR_TRAINED_IN_TIME",
                    "audience":["MEDIATOR"],"topics":[],"courses":[],"window":"MONTHS","windowMonths":12,
                    "threshold":80,"bandUpper":90.5,"unitFilter":"LISTED","unitCodes":["%s"],"params":{"months":6}}]}
                """.formatted(unitCode, docNumber, villageCode);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutIds(Map<String, Object> plan) {
        Map<String, Object> out = new java.util.HashMap<>(plan);
        out.remove("id");
        for (String part : List.of("phases", "targets")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) plan.get(part)) {
                Map<String, Object> copy = new java.util.HashMap<>(m);
                copy.remove("id");
                list.add(copy);
            }
            out.put(part, list);
        }
        return out;
    }

    @Test
    void posting_the_json_of_get_creates_an_equal_plan() {
        Web api = scene.api(fixtures.account("MANAGER", commune));
        String doc = Fixtures.unique("KH");
        HttpResponse<String> created = api.postJson("/api/v1/plans", planJson(communeCode, doc));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> first = scene.read(created.body());
        long id = ((Number) first.get("id")).longValue();
        assertEquals("/api/v1/plans/" + id, created.headers().firstValue("Location").orElseThrow());

        Map<String, Object> expected = withoutIds(scene.read(planJson(communeCode, doc)));
        Map<String, Object> got = withoutIds(scene.read(api.get("/api/v1/plans/" + id).body()));
        assertEquals(expected, got);

        String again = api.get("/api/v1/plans/" + id).body().replace(doc, doc + "-B");
        HttpResponse<String> copy = api.postJson("/api/v1/plans", again);
        assertEquals(201, copy.statusCode(), copy.body());
        Map<String, Object> second = scene.read(copy.body());
        assertEquals(withoutIds(scene.read(again)), withoutIds(second));
    }

    @Test
    void invalid_plan_is_refused_with_every_field_error_and_nothing_written() {
        Web api = scene.api(fixtures.account("MANAGER", commune));
        long before = fixtures.queryLong("select count(*) from plan where unit_id = ?", commune);
        String bad = planJson(communeCode, "")
                .replace("\"endsOn\":\"2030-12-31\",\n", "\"endsOn\":\"2030-12-31\",\n")
                .replace("{\"name\":\"Giai đoạn 2\",\"startsOn\":\"2028-01-01\"", "{\"name\":\"Giai đoạn 2\",\"startsOn\":\"2027-06-01\"")
                .replace("\"audience\":[\"OFFICIAL\",\"REPORTER\"]", "\"audience\":[\"OFFICIAL\",\"KHACH\"]")
                .replace("\"windowMonths\":12", "\"windowMonths\":null")
                .replace("\"bandUpper\":90.5", "\"bandUpper\":70")
                .replace("\"metric\":\"TRAINED_SHARE\"", "\"metric\":\"TRAINED\"")
                .replace("\"unitCodes\":[\"" + villageCode + "\"]", "\"unitCodes\":[]");
        HttpResponse<String> r = api.postJson("/api/v1/plans", bad);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("{errors=[{field=targets[0].audience, message=Đối tượng \"KHACH\" không hợp lệ.}, "
                + "{field=targets[0].metric, message=Chỉ số \"TRAINED\" không có trong danh mục.}, "
                + "{field=docNumber, message=Vui lòng nhập thông tin này.}, "
                + "{field=phases[1].startsOn, message=Giai đoạn phải bắt đầu sau khi giai đoạn \"Giai đoạn 1\" kết thúc (31/12/2027).}, "
                + "{field=targets[1].windowMonths, message=Kỳ tính theo số tháng cần nhập số tháng (từ 1 trở lên).}, "
                + "{field=targets[1].bandUpper, message=Cận trên phải lớn hơn hoặc bằng ngưỡng (cận dưới).}, "
                + "{field=targets[1].unitIds, message=Hãy chọn ít nhất một đơn vị.}]}", scene.read(r.body()).toString());
        assertEquals(before, fixtures.queryLong("select count(*) from plan where unit_id = ?", commune));
    }

    @Test
    void listed_units_outside_the_plan_and_dates_outside_the_plan_are_refused() {
        Web api = scene.api(fixtures.account("MANAGER", province));
        String body = planJson(communeCode, Fixtures.unique("KH"))
                .replace("\"unitCodes\":[\"" + villageCode + "\"]", "\"unitCodes\":[\"" + otherCode + "\"]")
                .replace("{\"name\":\"Giai đoạn 1\",\"startsOn\":\"2025-01-01\"", "{\"name\":\"Giai đoạn 1\",\"startsOn\":\"2024-01-01\"");
        HttpResponse<String> r = api.postJson("/api/v1/plans", body);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("{errors=[{field=phases[0].startsOn, message=Giai đoạn phải nằm trong thời gian của kế hoạch (01/01/2025 – 31/12/2030).}, "
                + "{field=targets[1].unitIds, message=Đơn vị được chọn phải thuộc phạm vi của đơn vị ban hành kế hoạch.}]}",
                scene.read(r.body()).toString());
    }

    @Test
    void manager_of_other_commune_is_refused_on_every_route_and_sees_only_plans_that_apply() {
        Web mine = scene.api(fixtures.account("MANAGER", commune));
        long communePlan = id(mine.postJson("/api/v1/plans", planJson(communeCode, Fixtures.unique("KH"))));
        Web provinceApi = scene.api(fixtures.account("MANAGER", province));
        long provincePlan = id(provinceApi.postJson("/api/v1/plans", planJson(provinceCode, Fixtures.unique("KH"))
                .replace("\"unitCodes\":[\"" + villageCode + "\"]", "\"unitCodes\":[\"" + communeCode + "\"]")));

        Web stranger = scene.api(fixtures.account("MANAGER", other));
        assertEquals(403, stranger.get("/api/v1/plans/" + communePlan).statusCode());
        assertEquals(404, stranger.get("/api/v1/plans/99999999").statusCode());
        assertEquals(403, stranger.postJson("/api/v1/plans", planJson(communeCode, Fixtures.unique("KH"))).statusCode());
        assertEquals(403, mine.postJson("/api/v1/plans", planJson(provinceCode, Fixtures.unique("KH"))
                .replace("\"unitCodes\":[\"" + villageCode + "\"]", "\"unitCodes\":[\"" + communeCode + "\"]")).statusCode());
        assertEquals(200, stranger.get("/api/v1/plans/" + provincePlan).statusCode(), "the province's plan applies to every commune");
        List<Long> listed = ids(stranger.get("/api/v1/plans").body());
        assertEquals(List.of(true, false), List.of(listed.contains(provincePlan), listed.contains(communePlan)));
        List<Long> mineListed = ids(mine.get("/api/v1/plans").body());
        assertEquals(List.of(true, true), List.of(mineListed.contains(provincePlan), mineListed.contains(communePlan)));
        Web learner = scene.api(fixtures.account("LEARNER", commune));
        assertEquals(403, learner.get("/api/v1/plans").statusCode());
        assertEquals(403, scene.api(fixtures.account("TRAINER", commune)).postJson("/api/v1/plans",
                planJson(communeCode, Fixtures.unique("KH"))).statusCode());
    }

    private long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return ((Number) scene.read(r.body()).get("id")).longValue();
    }

    private List<Map<String, Object>> read(String json) {
        try {
            return context.getBean(JsonMapper.class).readValue(json, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Long> ids(String listJson) {
        return read(listJson).stream().map(m -> ((Number) m.get("id")).longValue()).toList();
    }
}
