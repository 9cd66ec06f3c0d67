package vn.hocluat.mediation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team pages: create and edit, members and supporters, the reasons a team is not complete, filters and scope. */
@MicronautTest(transactional = false)
class TeamPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    TeamScene s;

    @BeforeAll
    void setUp() {
        s = new TeamScene(new Scene(context));
    }

    @Test
    void manager_creates_and_edits_a_team() {
        Web web = s.scene.pages(s.managerA);
        assertEquals(200, web.get("/mediation/teams/new").statusCode());

        HttpResponse<String> r = web.postForm("/mediation/teams/new", Map.of("unitId", String.valueOf(s.villageA),
                "name", "  Tổ hòa giải thôn Một ", "recognisedOn", "15/03/2024", "ethnicMinorityArea", "1", "active", "1"));

        assertEquals(303, r.statusCode(), r.body());
        long id = s.teamId(s.villageA, "Tổ hòa giải thôn Một");
        assertEquals("/mediation/teams/" + id, r.headers().firstValue("Location").orElseThrow());
        assertEquals("2024-03-15|true|true", s.fixtures.queryString("""
                select recognised_on || '|' || ethnic_minority_area || '|' || active from mediation_team where id = ?""", id));
        assertTrue(web.get("/mediation/teams/" + id + "/edit").body().contains("value=\"15/03/2024\""));

        r = web.postForm("/mediation/teams/" + id + "/edit", Map.of("unitId", String.valueOf(s.communeA),
                "name", "Tổ hòa giải xã An Hòa", "recognisedOn", "1/4/2024"));

        assertEquals(303, r.statusCode(), r.body());
        assertEquals(s.communeA + "|Tổ hòa giải xã An Hòa|2024-04-01|false|false", s.fixtures.queryString("""
                select unit_id || '|' || name || '|' || recognised_on || '|' || ethnic_minority_area || '|' || active
                from mediation_team where id = ?""", id));
    }

    @Test
    void bad_team_form_is_shown_again_with_vietnamese_errors_and_nothing_saved() {
        Web web = s.scene.pages(s.managerA);
        long before = s.count("select count(*) from mediation_team");

        HttpResponse<String> r = web.postForm("/mediation/teams/new", Map.of("unitId", "",
                "name", " ", "recognisedOn", "31/02/2024", "active", "1"));

        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Có 3 ô chưa đúng, hãy sửa rồi lưu lại."), r.body());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"unitId-error\">Hãy chọn thôn, tổ dân phố hoặc xã, phường mà tổ phụ trách.</p>"));
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"name-error\">Vui lòng nhập tên tổ hòa giải.</p>"));
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"recognisedOn-error\">Ngày công nhận phải ghi dạng dd/MM/yyyy, ví dụ 15/03/2024.</p>"));
        assertEquals(before, s.count("select count(*) from mediation_team"));
    }

    @Test
    void team_page_adds_and_ends_members_and_says_why_the_team_is_not_complete() {
        Web web = s.scene.pages(s.managerA);
        long id = createTeam(web, s.villageA, "Tổ hòa giải thôn Hai", true);
        String man = s.mediator(s.villageA, "Đặng Văn Đức", "MALE", "Kinh");
        String woman = s.mediator(s.communeA, "Hà Thị Bình", "FEMALE", "Tày");

        HttpResponse<String> r = web.postForm("/mediation/teams/" + id + "/members", Map.of(
                "personId", String.valueOf(s.personId(man)), "role", "LEADER", "from", "01/01/2025"));
        assertEquals(303, r.statusCode(), r.body());
        String page = web.get("/mediation/teams/" + id).body();
        assertTrue(page.contains("<li>Tổ có ít hơn 3 thành viên đang hoạt động.</li>"), page);
        assertTrue(page.contains("<li>Tổ chưa có thành viên nữ.</li>"));
        assertTrue(page.contains("<li>Địa bàn có đồng bào dân tộc thiểu số nhưng tổ chưa có thành viên là người dân tộc thiểu số.</li>"));
        assertTrue(page.contains("<td>Đặng Văn Đức</td><td>Tổ trưởng</td><td>Nam</td><td>Kinh</td>"), page);
        assertTrue(page.contains(">Hà Thị Bình (" + woman + ")</option>") == false, "a mediator of the commune is not in a village team's picker");

        r = web.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", woman, "role", "MEMBER", "from", "02/01/2025"));
        assertEquals(303, r.statusCode(), r.body());
        page = web.get("/mediation/teams/" + id).body();
        assertTrue(page.contains("<li>Tổ có ít hơn 3 thành viên đang hoạt động.</li>"));
        assertFalse(page.contains("Tổ chưa có thành viên nữ."));
        assertFalse(page.contains("tổ chưa có thành viên là người dân tộc thiểu số"));
        assertTrue(page.contains("<td>Hà Thị Bình</td><td>Tổ viên</td><td>Nữ</td><td>Tày</td>"), page);

        long member = s.count("select id from mediation_team_member where team_id = ? and person_id = ?", id, s.personId(woman));
        r = web.postForm("/mediation/teams/" + id + "/members/" + member + "/end", Map.of("to", "31/01/2025"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("2025-01-31", s.fixtures.queryString("select member_to::text from mediation_team_member where id = ?", member));
        assertTrue(web.get("/mediation/teams/" + id).body().contains("<li>Tổ chưa có thành viên nữ.</li>"));
    }

    @Test
    void refused_member_changes_show_the_page_again_in_vietnamese() {
        Web web = s.scene.pages(s.managerA);
        long id = createTeam(web, s.villageA, "Tổ hòa giải thôn Lỗi", false);
        String man = s.mediator(s.villageA, "Lò Văn Sáng", "MALE", "Thái");

        HttpResponse<String> r = web.postForm("/mediation/teams/" + id + "/members", Map.of("role", "MEMBER", "from", "01/01/2025"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"alert\" role=\"alert\">Hãy chọn một hòa giải viên hoặc điền mã người.</p>"), r.body());

        r = web.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", "KHONG-CO", "role", "MEMBER", "from", "01/01/2025"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Không có người mã “KHONG-CO” trong danh sách các đơn vị bạn quản lý."), r.body());

        r = web.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", man, "role", "MEMBER", "from", "32/01/2025"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("“32/01/2025” không phải ngày dạng dd/MM/yyyy, ví dụ 15/03/2024."), r.body());

        assertEquals(303, web.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", man, "role", "MEMBER",
                "from", "01/01/2025")).statusCode());
        r = web.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", man, "role", "LEADER", "from", "01/02/2025"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Người này đang là thành viên của tổ."), r.body());

        long member = s.count("select id from mediation_team_member where team_id = ?", id);
        r = web.postForm("/mediation/teams/" + id + "/members/" + member + "/end", Map.of("to", "31/12/2024"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"field-error\" role=\"alert\">Ngày thôi làm thành viên không được trước ngày bắt đầu.</p>"), r.body());
        assertEquals(1, s.count("select count(*) from mediation_team_member where team_id = ? and member_to is null", id));
    }

    @Test
    void team_page_adds_and_removes_supporters() {
        Web web = s.scene.pages(s.managerA);
        long id = createTeam(web, s.villageA, "Tổ hòa giải thôn Bốn", false);
        String police = s.mediator(s.communeA, "Trần Văn Công", "MALE", "Kinh");

        assertEquals(303, web.postForm("/mediation/teams/" + id + "/supports", Map.of("kind", "POLICE", "supportCode", police)).statusCode());
        assertEquals(303, web.postForm("/mediation/teams/" + id + "/supports", Map.of("kind", "LAWYER",
                "externalName", " Luật sư Hoàng Văn Em ")).statusCode());
        String page = web.get("/mediation/teams/" + id).body();
        assertTrue(page.contains("<td>Công an</td>\n      <td>Trần Văn Công</td>"), page);
        assertTrue(page.contains("<td>Luật sư</td>\n      <td>Luật sư Hoàng Văn Em (ngoài danh sách)</td>"), page);

        HttpResponse<String> r = web.postForm("/mediation/teams/" + id + "/supports", Map.of("kind", "JURIST",
                "supportCode", police, "externalName", "Ai Đó"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Chọn một người trong danh sách hoặc nhập họ tên người hỗ trợ bên ngoài (chỉ một trong hai)."), r.body());
        r = web.postForm("/mediation/teams/" + id + "/supports", Map.of("kind", "", "externalName", "Ai Đó"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Hãy chọn loại người hỗ trợ."), r.body());

        long lawyer = s.count("select id from mediation_team_support where team_id = ? and kind = 'LAWYER'", id);
        assertEquals(303, web.postForm("/mediation/teams/" + id + "/supports/" + lawyer + "/remove", Map.of()).statusCode());
        assertEquals(1, s.count("select count(*) from mediation_team_support where team_id = ?", id));
    }

    @Test
    void list_filters_by_unit_name_without_diacritics_and_state() {
        Web web = s.scene.pages(s.managerA);
        long village = s.fixtures.unit(s.communeA, vn.hocluat.support.Fixtures.unique("TL"), "Thôn Lọc", "VILLAGE");
        long complete = createTeam(web, village, "Tổ hòa giải Đồng Tâm", false);
        for (String[] p : new String[][]{{"Nguyễn Thị Hoa", "FEMALE"}, {"Vũ Văn Nam", "MALE"}, {"Phạm Văn Bắc", "MALE"}}) {
            web.postForm("/mediation/teams/" + complete + "/members", Map.of("personCode",
                    s.mediator(village, p[0], p[1], "Kinh"), "role", "MEMBER", "from", "01/01/2024"));
        }
        web.postForm("/mediation/teams/" + complete + "/supports", Map.of("kind", "JURIST", "externalName", "Luật gia Lê Văn Tâm"));
        long incomplete = createTeam(web, village, "Tổ hòa giải Hợp Nhất", false);

        String all = web.get("/mediation/teams?unit=" + village).body();
        assertTrue(all.contains("<p>2 tổ hòa giải"), all);
        String notComplete = web.get("/mediation/teams?unit=" + village + "&state=incomplete").body();
        assertTrue(notComplete.contains("href=\"/mediation/teams/" + incomplete + "\""), notComplete);
        assertFalse(notComplete.contains("href=\"/mediation/teams/" + complete + "\""));
        assertTrue(notComplete.contains("<li>Tổ có ít hơn 3 thành viên đang hoạt động.</li>"));
        String unsupported = web.get("/mediation/teams?unit=" + village + "&state=unsupported").body();
        assertTrue(unsupported.contains("href=\"/mediation/teams/" + incomplete + "\""));
        assertFalse(unsupported.contains("href=\"/mediation/teams/" + complete + "\""));
        String found = web.get("/mediation/teams?unit=" + village + "&q=dong%20tam").body();
        assertTrue(found.contains("<p>1 tổ hòa giải"), found);
        assertTrue(found.contains("<td>3</td>\n      <td></td>\n      <td>Có</td>\n      <td>Có</td>"), found);
        String before = web.get("/mediation/teams?unit=" + village + "&state=incomplete&on=31/12/2023").body();
        assertTrue(before.contains("<p>2 tổ hòa giải (thành phần tính đến ngày 31/12/2023).</p>"), before);
        assertEquals(400, web.get("/mediation/teams?state=sometimes").statusCode());
    }

    @Test
    void manager_of_other_commune_cannot_read_edit_or_add_members_to_a_team() {
        Web a = s.scene.pages(s.managerA);
        long id = createTeam(a, s.villageA, "Tổ hòa giải của xã A", false);
        String woman = s.mediator(s.villageA, "Mai Thị Lan", "FEMALE", "Kinh");
        Web b = s.scene.pages(s.managerB);

        assertEquals(403, b.get("/mediation/teams/" + id).statusCode());
        assertEquals(403, b.get("/mediation/teams/" + id + "/edit").statusCode());
        assertEquals(403, b.get("/mediation/teams?unit=" + s.villageA).statusCode());
        assertEquals(403, b.postForm("/mediation/teams/" + id + "/edit", Map.of("unitId", String.valueOf(s.communeB),
                "name", "Đã bị sửa", "active", "1")).statusCode());
        assertEquals(403, b.postForm("/mediation/teams/" + id + "/members", Map.of("personCode", woman,
                "role", "MEMBER", "from", "01/01/2025")).statusCode());
        assertEquals(403, b.postForm("/mediation/teams/" + id + "/supports", Map.of("kind", "LAWYER",
                "externalName", "Người Ngoài")).statusCode());
        assertFalse(b.get("/mediation/teams").body().contains("Tổ hòa giải của xã A"));
        assertEquals("Tổ hòa giải của xã A", s.fixtures.queryString("select name from mediation_team where id = ?", id));
        assertEquals(0, s.count("select count(*) from mediation_team_member where team_id = ?", id));
    }

    @Test
    void learner_is_refused_and_has_no_link() {
        Web learner = s.scene.pages(s.learnerA);
        assertEquals(403, learner.get("/mediation/teams").statusCode());
        assertEquals(403, learner.get("/mediation/teams/new").statusCode());
        assertEquals(403, learner.get("/mediation/teams/import").statusCode());
        Map<String, String> form = new HashMap<>(Map.of("unitId", String.valueOf(s.villageA), "name", "Tổ lạ", "active", "1"));
        assertEquals(403, learner.postForm("/mediation/teams/new", form).statusCode());
        assertFalse(learner.get("/my/learning").body().contains("href=\"/mediation/teams\""));
        assertTrue(s.scene.pages(s.managerA).get("/my/learning").body().contains("<li><a href=\"/mediation/teams\">Hòa giải ở cơ sở</a></li>"));
    }

    private long createTeam(Web web, long unit, String name, boolean minorityArea) {
        Map<String, String> form = new HashMap<>(Map.of("unitId", String.valueOf(unit), "name", name,
                "recognisedOn", "01/01/2024", "active", "1"));
        if (minorityArea) {
            form.put("ethnicMinorityArea", "1");
        }
        HttpResponse<String> r = web.postForm("/mediation/teams/new", form);
        assertEquals(303, r.statusCode(), r.body());
        return s.teamId(unit, name);
    }
}
