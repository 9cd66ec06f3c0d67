package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
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

/** The main security property: a commune's people are invisible and untouchable from another commune. */
@MicronautTest
class PersonScopeTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    PeopleTesting people;
    long communeA;
    long communeB;
    String managerA;
    long personA;
    long personB;

    @BeforeAll
    void setUp() {
        people = new PeopleTesting(context);
        Fixtures fixtures = people.fixtures;
        long province = people.province("Tỉnh Phạm Vi");
        communeA = fixtures.unit(province, Fixtures.unique("XA"), "Xã An Hòa", "COMMUNE");
        communeB = fixtures.unit(province, Fixtures.unique("XB"), "Xã Bình Minh", "COMMUNE");
        managerA = fixtures.account("MANAGER", communeA);
        String managerB = fixtures.account("MANAGER", communeB);
        personA = people.create(api(managerA), communeA, "Lê Văn Ánh");
        personB = people.create(api(managerB), communeB, "Trần Thị Bưởi");
    }

    @Test
    void manager_of_other_commune_cannot_read_or_change_person_by_page() {
        Web a = pages(managerA);
        assertEquals(403, a.get("/people/" + personB).statusCode());
        assertEquals(403, a.get("/people/" + personB + "/edit").statusCode());
        Map<String, String> form = Map.of("fullName", "Đã Bị Sửa", "unitId", Long.toString(communeA), "activeFrom", "01/01/2024");
        assertEquals(403, a.postForm("/people/" + personB, form).statusCode());
        assertEquals(403, a.postForm("/people/" + personB + "/deactivate", Map.of("inactiveFrom", "")).statusCode());
        assertEquals(403, a.postForm("/people/" + personB + "/reactivate", Map.of()).statusCode());

        Map<String, Object> unchanged = people.read(api("admin").get("/api/v1/people/" + personB).body());
        assertEquals("Trần Thị Bưởi", unchanged.get("fullName"));
        assertEquals(communeB, ((Number) unchanged.get("unitId")).longValue());
        assertEquals(null, unchanged.get("activeTo"));
    }

    @Test
    void manager_of_other_commune_cannot_read_or_change_person_by_api() {
        Web a = api(managerA);
        HttpResponse<String> get = a.get("/api/v1/people/" + personB);
        assertEquals(403, get.statusCode());
        assertFalse(get.body().contains("Bưởi"), get.body());
        String body = "{\"fullName\":\"Đã Bị Sửa\",\"unitId\":" + communeA + ",\"activeFrom\":\"2024-01-01\"}";
        assertEquals(403, a.putJson("/api/v1/people/" + personB, body).statusCode());
        assertEquals("Trần Thị Bưởi", people.read(api("admin").get("/api/v1/people/" + personB).body()).get("fullName"));
    }

    @Test
    void unknown_person_is_not_found() {
        assertEquals(404, pages(managerA).get("/people/999999999").statusCode());
        assertEquals(404, api(managerA).get("/api/v1/people/999999999").statusCode());
    }

    @Test
    void other_commune_people_never_appear_in_lists() {
        Web page = pages(managerA);
        String list = page.get("/people?inactive=1&q=").body();
        assertTrue(list.contains("Lê Văn Ánh"), list);
        assertFalse(list.contains("Bưởi"), list);
        assertFalse(page.get("/people?q=tran+thi+buoi&inactive=1").body().contains("Bưởi"));
        assertEquals(403, page.get("/people?unitId=" + communeB).statusCode());

        Web api = api(managerA);
        String json = api.get("/api/v1/people?includeInactive=true&size=200").body();
        assertTrue(json.contains("Lê Văn Ánh"), json);
        assertFalse(json.contains("Bưởi"), json);
        assertEquals(403, api.get("/api/v1/people?unitId=" + communeB).statusCode());
    }

    @Test
    void manager_cannot_move_a_person_into_another_commune() {
        HttpResponse<String> r = pages(managerA).postForm("/people/" + personA, Map.of(
                "fullName", "Lê Văn Ánh", "unitId", Long.toString(communeB), "activeFrom", "01/01/2024"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Đơn vị này không tồn tại hoặc không thuộc phạm vi quản lý của bạn."), r.body());
    }

    @Test
    void learner_may_not_read_the_roster() {
        String learner = people.fixtures.account("LEARNER", communeA);
        Web page = pages(learner);
        assertEquals(403, page.get("/people").statusCode());
        assertEquals(403, page.get("/people/" + personA).statusCode());
        assertEquals(403, api(learner).get("/api/v1/people").statusCode());
        assertEquals(403, api(learner).get("/api/v1/people/" + personA).statusCode());
    }

    @Test
    void trainer_reads_the_roster_but_cannot_change_it() {
        String trainer = people.fixtures.account("TRAINER", communeA);
        Web page = pages(trainer);
        HttpResponse<String> show = page.get("/people/" + personA);
        assertEquals(200, show.statusCode());
        assertFalse(show.body().contains("/people/" + personA + "/edit"), show.body());
        assertEquals(403, page.get("/people/new").statusCode());
        assertEquals(403, page.postForm("/people/" + personA + "/deactivate", Map.of()).statusCode());
        assertEquals(403, api(trainer).postJson("/api/v1/people",
                "{\"fullName\":\"Ai Đó\",\"unitId\":" + communeA + "}").statusCode());
    }

    private Web pages(String username) {
        return people.pages(username);
    }

    private Web api(String username) {
        return people.api(username);
    }
}
