package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/v1/people: exact round trips, field errors as 422, paging. */
@MicronautTest
class PeopleApiTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    PeopleTesting people;
    Fixtures fixtures;
    long province;

    @BeforeAll
    void setUp() {
        people = new PeopleTesting(context);
        fixtures = people.fixtures;
        province = people.province("Tỉnh API");
    }

    @Test
    void create_and_update_round_trip_exact_values() {
        String unitCode = Fixtures.unique("XAPI");
        long commune = fixtures.unit(province, unitCode, "Xã Kon Chiêng", "COMMUNE");
        String villageCode = Fixtures.unique("TH");
        long village = fixtures.unit(commune, villageCode, "Làng Đê Tar", "VILLAGE");
        Web api = people.api(fixtures.account("MANAGER", commune));
        String code = Fixtures.unique("KC");
        HttpResponse<String> created = api.postJson("/api/v1/people", """
                {"code":"%s","fullName":"Đinh Thị Hờ Lan","birthDate":"1985-04-30","gender":"FEMALE",
                 "ethnicity":"Ba Na","phone":"+84 912 345 678","email":"hlan@example.vn","unitId":%d,
                 "position":"Hòa giải viên thôn","activeFrom":"2024-01-15",
                 "groups":[{"group":"MEDIATOR","recognizedOn":"2024-02-01"},{"group":"TRAINER","trainerLevel":"COMMUNE"}]}
                """.formatted(code, village));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> body = people.read(created.body());
        long id = ((Number) body.get("id")).longValue();
        assertEquals("/api/v1/people/" + id, created.headers().firstValue("Location").orElseThrow());

        Map<String, Object> expected = new HashMap<>();
        expected.put("id", id);
        expected.put("code", code);
        expected.put("fullName", "Đinh Thị Hờ Lan");
        expected.put("birthDate", "1985-04-30");
        expected.put("gender", "FEMALE");
        expected.put("ethnicity", "Ba Na");
        expected.put("phone", "+84912345678");
        expected.put("email", "hlan@example.vn");
        expected.put("unitId", village);
        expected.put("unitCode", villageCode);
        expected.put("position", "Hòa giải viên thôn");
        expected.put("activeFrom", "2024-01-15");
        expected.put("activeTo", null);
        expected.put("groups", List.of(
                Map.of("group", "MEDIATOR", "recognizedOn", "2024-02-01", "trainerLevel", "null"),
                Map.of("group", "TRAINER", "trainerLevel", "COMMUNE", "recognizedOn", "null")));
        assertEquals(expected, normalise(body));
        assertEquals(expected, normalise(people.read(api.get("/api/v1/people/" + id).body())));

        HttpResponse<String> updated = api.putJson("/api/v1/people/" + id, """
                {"fullName":"Đinh Thị Lan","unitId":%d,"activeFrom":"2024-01-15","activeTo":"2025-12-31",
                 "groups":[{"group":"OFFICIAL"}]}
                """.formatted(commune));
        assertEquals(200, updated.statusCode(), updated.body());
        expected.putAll(Map.of("fullName", "Đinh Thị Lan", "unitId", commune, "unitCode", unitCode,
                "activeTo", "2025-12-31", "groups", List.of(Map.of("group", "OFFICIAL", "trainerLevel", "null", "recognizedOn", "null"))));
        expected.put("birthDate", null);
        expected.put("gender", null);
        expected.put("ethnicity", null);
        expected.put("phone", null);
        expected.put("email", null);
        expected.put("position", null);
        assertEquals(expected, normalise(people.read(updated.body())));
        assertEquals(expected, normalise(people.read(api.get("/api/v1/people/" + id).body())));
    }

    @Test
    void invalid_fields_are_listed_with_vietnamese_messages() {
        long commune = people.commune(province, "Xã Lỗi");
        Web api = people.api(fixtures.account("MANAGER", commune));
        HttpResponse<String> r = api.postJson("/api/v1/people",
                "{\"birthDate\":\"30/04/1985\",\"unitId\":" + commune + ",\"groups\":[{\"group\":\"TRAINER\",\"trainerLevel\":\"HUYEN\"}]}");
        assertEquals(422, r.statusCode());
        assertEquals("{\"errors\":[{\"field\":\"fullName\",\"message\":\"Hãy nhập họ và tên.\"},"
                + "{\"field\":\"birthDate\",\"message\":\"Ngày không hợp lệ: dùng dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 1980-09-05.\"},"
                + "{\"field\":\"trainerLevel\",\"message\":\"Cấp tập huấn viên \\\"HUYEN\\\" không hợp lệ: dùng CENTRAL (Trung ương), PROVINCIAL (Cấp tỉnh) hoặc COMMUNE (Cấp xã).\"}]}",
                r.body());
    }

    @Test
    void created_person_without_code_gets_a_generated_one_and_starts_today() {
        long commune = people.commune(province, "Xã Mã");
        Web api = people.api(fixtures.account("MANAGER", commune));
        Map<String, Object> body = people.read(api.postJson("/api/v1/people",
                "{\"fullName\":\"Lò Văn Pẩng\",\"unitId\":" + commune + "}").body());
        assertTrue(body.get("code").toString().matches("HL\\d{8}"), body.toString());
        assertEquals(Dates.today().toString(), body.get("activeFrom"));
    }

    @Test
    void list_pages_with_total_and_searches_folded_names() {
        long commune = people.commune(province, "Xã Trang");
        Web api = people.api(fixtures.account("MANAGER", commune));
        for (String name : List.of("Âu Thị Một", "Bế Văn Hai", "Cao Thị Ba", "Đàm Văn Bốn", "Giáp Thị Năm")) {
            people.create(api, commune, name);
        }
        Map<String, Object> page = people.read(api.get("/api/v1/people?unitId=" + commune + "&size=2&page=3").body());
        assertEquals(5, ((Number) page.get("total")).intValue());
        assertEquals(3, ((Number) page.get("page")).intValue());
        assertEquals(2, ((Number) page.get("size")).intValue());
        List<?> items = (List<?>) page.get("items");
        assertEquals(1, items.size());
        assertEquals("Giáp Thị Năm", ((Map<?, ?>) items.get(0)).get("fullName"));

        Map<String, Object> found = people.read(api.get("/api/v1/people?q=dam+van+bon").body());
        assertEquals(1, ((Number) found.get("total")).intValue());
        assertEquals("Đàm Văn Bốn", ((Map<?, ?>) ((List<?>) found.get("items")).get(0)).get("fullName"));

        HttpResponse<String> tooBig = api.get("/api/v1/people?size=201");
        assertEquals(400, tooBig.statusCode());
        assertEquals("{\"message\":\"Tham số size phải từ 1 đến 200.\"}", tooBig.body());
    }

    /** JSON numbers as long and nulls inside groups as "null", so maps compare exactly. */
    private static Map<String, Object> normalise(Map<String, Object> json) {
        Map<String, Object> out = new HashMap<>();
        json.forEach((k, v) -> out.put(k, v instanceof Number n ? (Object) n.longValue() : v));
        if (json.get("groups") instanceof List<?> groups) {
            out.put("groups", groups.stream().map(g -> {
                Map<String, Object> m = new HashMap<>();
                ((Map<?, ?>) g).forEach((k, v) -> m.put(k.toString(), String.valueOf(v)));
                return m;
            }).toList());
        }
        return out;
    }
}
