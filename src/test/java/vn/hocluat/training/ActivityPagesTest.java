package vn.hocluat.training;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training activities: the form and its errors, the list and its filters, participants and attendance, deleting, scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class ActivityPagesTest extends ActivitySceneTest {
    @Test
    void activity_with_errors_is_refused_field_by_field_then_a_valid_one_is_stored_exactly() {
        Web web = a.as(a.s.managerA);
        long before = a.count("select count(*) from training_activity");
        HttpResponse<String> r = web.postForm("/activities", Map.of("title", "", "topics", "hoa-giai, Hòa Giải",
                "unitId", Long.toString(a.s.communeA), "mode", "LIVE", "startsOn", "10/03/2026", "endsOn", "01/03/2026",
                "link", "meet.example.vn"));
        assertEquals(422, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("<p class=\"field-error\" id=\"title-error\">Cần nhập tên hoạt động.</p>"), body);
        assertTrue(body.contains("Mã chủ đề &quot;Hòa Giải&quot; không hợp lệ"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"mode-error\">Hãy chọn hình thức: trực tiếp, trực tuyến hoặc kết hợp.</p>"), body);
        assertTrue(body.contains("Ngày kết thúc 01/03/2026 trước ngày bắt đầu 10/03/2026"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"link-error\">Đường dẫn cần bắt đầu bằng http:// hoặc https://"), body);
        assertTrue(body.contains("value=\"hoa-giai, Hòa Giải\""), body);
        assertEquals(before, a.count("select count(*) from training_activity"));

        long id = a.activity(web, a.s.communeA, "Tập huấn kỹ năng hòa giải ở cơ sở");
        assertEquals("Tập huấn kỹ năng hòa giải ở cơ sở|hoa-giai,phap-luat|HYBRID|2026-03-05|2026-03-06|Hội trường UBND xã|"
                        + "https://meet.example.vn/abc|Nguyễn Văn Bình|" + a.s.communeA + "|UI|" + a.s.managerA.accountId(),
                a.s.f.quiz.text("""
                        select concat_ws('|', title, array_to_string(topics, ','), mode, starts_on, ends_on, location, link, trainers,
                                         unit_id, origin, created_by) from training_activity where id = ?""", id));
        String page = web.get("/activities/" + id).body();
        assertTrue(page.contains("Kết hợp trực tiếp và trực tuyến"), page);
        assertTrue(page.contains("05/03/2026 – 06/03/2026"), page);
    }

    @Test
    void list_filters_by_folded_text_mode_and_topic_within_the_callers_subtree() {
        Web web = a.as(a.s.managerA);
        long id = a.activity(web, a.s.communeA, "Bồi dưỡng Luật Đất đai cho cán bộ thôn");
        String link = "<a href=\"/activities/" + id + "\">";
        assertTrue(web.get("/activities?q=luat+dat+dai").body().contains(link));
        assertTrue(web.get("/activities?mode=HYBRID&topic=phap-luat&from=06/03/2026&to=31/03/2026").body().contains(link));
        assertFalse(web.get("/activities?mode=ONLINE").body().contains(link));
        assertFalse(web.get("/activities?topic=dat-dai").body().contains(link));
        assertFalse(web.get("/activities?to=04/03/2026").body().contains(link));
        assertFalse(a.as(a.s.managerB).get("/activities").body().contains(link));
        assertEquals(403, a.as(a.s.managerB).get("/activities?unit=" + a.s.communeA).statusCode());
    }

    @Test
    void participants_are_picked_from_the_roster_and_their_attendance_set_in_one_form() {
        Web web = a.as(a.s.managerA);
        long id = a.activity(web, a.s.communeA, "Tập huấn hòa giải viên");
        long village = a.s.village();
        long lan = a.person(village, "Đỗ Thị Lan", "0912000001", null);
        long hung = a.person(village, "Trần Văn Hùng", "0912000002", null);
        long other = a.person(a.s.communeB, "Lê Văn Lan", "0912000003", null);

        String search = web.get("/activities/" + id + "?q=do+thi+lan").body();
        assertTrue(search.contains("<input type=\"checkbox\" name=\"personId\" value=\"" + lan + "\">"), search);
        assertFalse(search.contains("value=\"" + other + "\""), search);

        HttpResponse<String> added = ActivityScene.postPairs(web, "/activities/" + id + "/participants",
                List.of(Map.entry("personId", Long.toString(lan)), Map.entry("personId", Long.toString(hung))));
        assertEquals("/activities/" + id + "?added=2", added.headers().firstValue("Location").orElseThrow());
        assertEquals(403, web.postForm("/activities/" + id + "/participants", Map.of("personId", Long.toString(other))).statusCode());
        assertEquals("PRESENT false PICK false", a.participant(id, lan));

        Map<String, String> wrong = new HashMap<>();
        wrong.put("status_" + lan, "ABSENT");
        wrong.put("completed_" + lan, "1");
        wrong.put("status_" + hung, "PRESENT");
        HttpResponse<String> refused = web.postForm("/activities/" + id + "/attendance", wrong);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Đỗ Thị Lan không có mặt nên không thể ghi nhận hoàn thành."), refused.body());
        assertEquals("PRESENT false PICK false", a.participant(id, lan));

        Map<String, String> attendance = new HashMap<>();
        attendance.put("status_" + lan, "PRESENT");
        attendance.put("completed_" + lan, "1");
        attendance.put("status_" + hung, "EXCUSED");
        assertEquals(303, web.postForm("/activities/" + id + "/attendance", attendance).statusCode());
        assertEquals("PRESENT true PICK false", a.participant(id, lan));
        assertEquals("EXCUSED false PICK false", a.participant(id, hung));
        assertTrue(web.get("/activities?q=hoa+giai+vien").body().matches("(?s).*<td>1</td>\\s*<td>1</td>.*"));

        // the KPI source: a completed participant is a training record with the activity's topics and mode, on its last day
        assertEquals("HYBRID|hoa-giai,phap-luat|2026-03-06", a.s.f.quiz.text("""
                select concat_ws('|', mode, array_to_string(topics, ','), completed_on) from training_record
                where kind = 'ACTIVITY' and source_id = ? and person_id = ?""", id, lan));
        assertEquals(0, a.count("select count(*) from training_record where kind = 'ACTIVITY' and person_id = ?", hung));

        assertEquals(303, web.postForm("/activities/" + id + "/participants/" + hung + "/remove", Map.of()).statusCode());
        assertNull(a.participant(id, hung));
    }

    @Test
    void an_activity_with_a_completed_participant_is_not_deleted_and_says_why() {
        Web web = a.as(a.s.managerA);
        long id = a.activity(web, a.s.communeA, "Tập huấn sẽ xóa");
        long mai = a.person(a.s.communeA, "Lò Thị Mai", "0912000004", null);
        web.postForm("/activities/" + id + "/participants", Map.of("personId", Long.toString(mai)));
        assertEquals(303, web.postForm("/activities/" + id + "/complete-present", Map.of()).statusCode());
        assertEquals("PRESENT true PICK false", a.participant(id, mai));

        HttpResponse<String> refused = web.postForm("/activities/" + id + "/delete", Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Không xóa được hoạt động này: 1 người đã được ghi nhận hoàn thành"), refused.body());
        assertEquals(1, a.count("select count(*) from training_activity where id = ?", id));

        web.postForm("/activities/" + id + "/attendance", Map.of("status_" + mai, "PRESENT"));
        assertEquals(303, web.postForm("/activities/" + id + "/delete", Map.of()).statusCode());
        assertEquals(0, a.count("select count(*) from training_activity where id = ?", id));
    }

    @Test
    void manager_of_another_commune_is_refused_on_every_activity_route_and_a_learner_on_the_list() {
        long id = a.activity(a.as(a.s.managerA), a.s.communeA, "Tập huấn của xã A");
        long person = a.person(a.s.communeA, "Phạm Thị Hoa", "0912000005", null);
        a.as(a.s.managerA).postForm("/activities/" + id + "/participants", Map.of("personId", Long.toString(person)));
        Web b = a.as(a.s.managerB);
        String base = "/activities/" + id;
        assertEquals(403, b.get(base).statusCode());
        assertEquals(403, b.get(base + "/edit").statusCode());
        assertEquals(403, b.postForm(base, Map.of("title", "Đổi tên", "unitId", Long.toString(a.s.communeB), "mode", "ONLINE",
                "startsOn", "01/03/2026", "endsOn", "01/03/2026")).statusCode());
        assertEquals(403, b.postForm(base + "/participants", Map.of("personId", Long.toString(person))).statusCode());
        assertEquals(403, b.postForm(base + "/attendance", Map.of("status_" + person, "ABSENT")).statusCode());
        assertEquals(403, b.postForm(base + "/participants/" + person + "/remove", Map.of()).statusCode());
        assertEquals(403, b.postForm(base + "/complete-present", Map.of()).statusCode());
        assertEquals(403, b.postForm(base + "/checkin/open", Map.of()).statusCode());
        assertEquals(403, b.postForm(base + "/checkin/close", Map.of()).statusCode());
        assertEquals(403, b.postForm(base + "/delete", Map.of()).statusCode());
        assertEquals(403, a.as(a.s.managerA).postForm("/activities", Map.of("title", "Ngoài phạm vi", "unitId",
                Long.toString(a.s.communeB), "mode", "ONLINE", "startsOn", "01/03/2026", "endsOn", "01/03/2026")).statusCode());
        assertEquals(404, b.get("/activities/999999999").statusCode());
        assertEquals("PRESENT false PICK false", a.participant(id, person));
        assertEquals("Tập huấn của xã A", a.s.f.quiz.text("select title from training_activity where id = ?", id));

        Web learner = a.as(a.s.f.quiz.user("LEARNER", a.s.communeA));
        assertEquals(403, learner.get("/activities").statusCode());
        assertEquals(403, learner.get(base).statusCode());
        assertEquals(403, a.as(a.s.f.quiz.user("ORGANISER", a.s.communeA)).postForm(base + "/delete", Map.of()).statusCode());
    }
}
