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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UnitPagesTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    Fixtures fx;
    long province;
    long communeA;
    long communeB;
    long villageA;
    long villageB;
    String codeB;

    @BeforeAll
    void units() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Thử Trang", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("A"), "Xã Kiến Hưng Thử", "COMMUNE");
        codeB = Fixtures.unique("B");
        communeB = fx.unit(province, codeB, "Xã Bình Minh Thử", "COMMUNE");
        villageA = fx.unit(communeA, Fixtures.unique("A-T1"), "Thôn Đông", "VILLAGE");
        villageB = fx.unit(communeB, Fixtures.unique("B-T1"), "Thôn Tây Xa", "VILLAGE");
    }

    private Web managerOfA() {
        return new Web(server.getURI()).login(fx.account("MANAGER", communeA), Fixtures.PASSWORD);
    }

    @Test
    void units_page_shows_the_callers_commune_with_its_villages_and_nothing_of_other_communes() {
        HttpResponse<String> r = managerOfA().get("/units");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>Xã Kiến Hưng Thử</h1>"), r.body());
        assertTrue(r.body().contains("href=\"/units/" + villageA + "\">Thôn Đông</a>"));
        assertFalse(r.body().contains("Thôn Tây Xa"));
        assertFalse(r.body().contains("Tỉnh Thử Trang"), "no breadcrumb above the caller's unit");
        HttpResponse<String> search = managerOfA().get("/units?q=thon");
        assertTrue(search.body().contains("Thôn Đông"));
        assertFalse(search.body().contains("Thôn Tây Xa"));
    }

    @Test
    void unit_page_shows_facts_breadcrumb_and_children_with_people_counts() {
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        HttpResponse<String> r = admin.get("/units/" + communeA);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("<dt>Loại</dt><dd>Xã</dd>"), body);
        assertTrue(body.contains("<dt>Thành thị/Nông thôn</dt><dd>Nông thôn</dd>"));
        assertTrue(body.contains("<dt>Dân số</dt><dd>1.000</dd>"));
        assertTrue(body.contains("<a href=\"/units/" + province + "\">Tỉnh Thử Trang</a>"));
        assertTrue(body.contains("<td>Thôn/ấp/bản</td><td>Nông thôn</td><td>1.000</td><td>0</td><td>0</td>"), body);
    }

    @Test
    void manager_of_other_commune_gets_403_for_every_page_of_commune_b() {
        Web manager = managerOfA();
        assertEquals(403, manager.get("/units/" + communeB).statusCode());
        assertEquals(403, manager.get("/units/" + villageB).statusCode());
        assertEquals(403, manager.get("/units/" + communeB + "/edit").statusCode());
        assertEquals(403, manager.get("/units/new?parent=" + communeB).statusCode());
        assertEquals(403, manager.postForm("/units/" + communeB, Map.of("code", codeB, "name", "Đổi Tên",
                "kind", "COMMUNE", "urban", "", "population", "")).statusCode());
        HttpResponse<String> create = manager.postForm("/units", Map.of("parentId", String.valueOf(communeB),
                "code", Fixtures.unique("X"), "name", "Thôn Lạ", "kind", "VILLAGE", "urban", "", "population", ""));
        assertEquals(403, create.statusCode());
        assertEquals(0, fx.queryLong("select count(*) from unit where name = 'Thôn Lạ'"));
        assertEquals("Xã Bình Minh Thử", name(communeB));
        assertEquals(404, manager.get("/units/999999999").statusCode());
    }

    @Test
    void admin_creates_a_village_and_sees_it_under_the_commune() {
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        assertEquals(200, admin.get("/units/new?parent=" + communeA).statusCode());
        String code = Fixtures.unique("A-T2");
        HttpResponse<String> r = admin.postForm("/units", Map.of("parentId", String.valueOf(communeA), "code", code,
                "name", "Thôn Bắc", "kind", "VILLAGE", "urban", "false", "population", "1250"));
        assertEquals(303, r.statusCode(), r.body());
        long id = fx.queryLong("select id from unit where code = ?", code);
        assertEquals("/units/" + id + "?done=created", r.headers().firstValue("Location").orElseThrow());
        assertEquals(fx.queryLong("select depth from unit where id = ?", communeA) + 1,
                fx.queryLong("select depth from unit where id = ?", id));
        assertEquals(1, fx.queryLong("select count(*) from unit where id = ? and path = (select path from unit where id = ?) || id || '/'"
                + " and search_name = 'thon bac' and population = 1250 and not urban", id, communeA));
        assertTrue(admin.get("/units/" + id + "?done=created").body().contains("Đã thêm đơn vị &quot;Thôn Bắc&quot;."));
    }

    @Test
    void create_form_reports_kind_not_allowed_under_parent_and_every_bad_field() {
        Web manager = managerOfA();
        HttpResponse<String> r = manager.postForm("/units", Map.of("parentId", String.valueOf(communeA), "code", "có dấu",
                "name", "", "kind", "PROVINCE", "urban", "", "population", "-3"));
        assertEquals(422, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("Mã đơn vị dài tối đa 32 ký tự"), body);
        assertTrue(body.contains("Cần nhập tên đơn vị (tối đa 200 ký tự)."));
        assertTrue(body.contains("Dân số phải là số nguyên không âm, ví dụ 12500."));
        HttpResponse<String> kind = manager.postForm("/units", Map.of("parentId", String.valueOf(communeA),
                "code", Fixtures.unique("K"), "name", "Tỉnh Sai Chỗ", "kind", "PROVINCE", "urban", "", "population", ""));
        assertEquals(422, kind.statusCode());
        assertTrue(kind.body().contains("Loại đơn vị này không được đặt trực thuộc đơn vị cấp trên"), kind.body());
        assertEquals(0, fx.queryLong("select count(*) from unit where name = 'Tỉnh Sai Chỗ'"));
    }

    @Test
    void manager_edits_own_commune_but_not_its_code_and_an_existing_code_is_refused() {
        Web manager = managerOfA();
        String codeA = code(communeA);
        assertTrue(manager.get("/units/" + communeA + "/edit").body().contains("readonly"));
        HttpResponse<String> locked = manager.postForm("/units/" + communeA, Map.of("code", "DOI-MA", "name", "Xã Kiến Hưng Thử",
                "kind", "COMMUNE", "urban", "false", "population", "1000"));
        assertEquals(422, locked.statusCode());
        assertTrue(locked.body().contains("Bạn không được đổi mã của đơn vị này."));
        HttpResponse<String> taken = manager.postForm("/units/" + villageA, Map.of("code", codeA, "name", "Thôn Đông",
                "kind", "VILLAGE", "urban", "false", "population", "1000"));
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("Mã đơn vị này đã được dùng cho một đơn vị khác."), taken.body());
        HttpResponse<String> ok = manager.postForm("/units/" + communeA, Map.of("code", codeA, "name", "Xã Kiến Hưng Thử",
                "kind", "WARD", "urban", "true", "population", "2.500"));
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals(1, fx.queryLong("select count(*) from unit where id = ? and kind = 'WARD' and urban and population = 2500", communeA));
        manager.postForm("/units/" + communeA, Map.of("code", codeA, "name", "Xã Kiến Hưng Thử", "kind", "COMMUNE",
                "urban", "false", "population", "1000"));
    }

    @Test
    void manager_cannot_edit_the_root_and_a_learner_may_not_read_units() {
        Web manager = new Web(server.getURI()).login(fx.account("MANAGER", fx.rootId()), Fixtures.PASSWORD);
        assertEquals(403, manager.get("/units/" + fx.rootId() + "/edit").statusCode());
        Web learner = new Web(server.getURI()).login(fx.account("LEARNER", communeA), Fixtures.PASSWORD);
        assertEquals(403, learner.get("/units").statusCode());
        assertEquals(403, learner.get("/units/" + communeA).statusCode());
        assertEquals(403, learner.get("/units/new?parent=" + communeA).statusCode());
        assertEquals(403, learner.get("/units/import").statusCode());
    }

    @Test
    void search_without_diacritics_finds_kien_hung() {
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        HttpResponse<String> r = admin.get("/units/" + province + "?q=kien+hung");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/units/" + communeA + "\">Xã Kiến Hưng Thử</a>"), r.body());
        assertTrue(r.body().contains("Tìm thấy 1 đơn vị khớp với &quot;kien hung&quot;."), r.body());
    }

    private String name(long id) {
        return context.getBean(UnitRepository.class).findById(id).orElseThrow().name();
    }

    private String code(long id) {
        return context.getBean(UnitRepository.class).findById(id).orElseThrow().code();
    }
}
