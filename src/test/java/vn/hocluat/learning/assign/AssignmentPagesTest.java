package vn.hocluat.learning.assign;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assignment form (search, validation, scope), delete, and the completions a manager sees. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class AssignmentPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    AssignScene s;

    @BeforeAll
    void setUp() {
        s = new AssignScene(context);
    }

    private Web as(CurrentUser user) {
        return AssignScene.login(server, user);
    }

    private static Map<String, String> toPerson(long course, long person) {
        return Map.of("courseId", Long.toString(course), "target", "PERSON", "personId", Long.toString(person),
                "dueKind", "DATE", "dueOn", "31/03/2026");
    }

    @Test
    void person_search_lists_matches_of_the_subtree_without_javascript() {
        long mine = s.f.person(s.communeA, "Bùi Thị Tìm", null);
        long other = s.f.person(s.communeB, "Bùi Thị Tìm Khác", null);
        s.f.quiz.exec("update person set search_name = ? where id = ?", "bui thi tim", mine);
        s.f.quiz.exec("update person set search_name = ? where id = ?", "bui thi tim khac", other);
        String page = as(s.managerA).get("/assignments/new?q=thi+tim").body();
        assertTrue(page.contains("name=\"personId\" value=\"" + mine + "\""), page);
        assertFalse(page.contains("name=\"personId\" value=\"" + other + "\""), page);
    }

    @Test
    void invalid_form_is_shown_again_with_vietnamese_field_errors_and_nothing_saved() {
        long before = s.count("select count(*) from course_assignment");
        Map<String, String> form = new HashMap<>(Map.of("courseId", "", "target", "GROUP", "groupCode", "", "unitId",
                Long.toString(s.communeA), "dueKind", "DATE", "dueOn", "31/02/2026"));
        HttpResponse<String> r = as(s.managerA).postForm("/assignments", form);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Có 3 ô chưa hợp lệ."), r.body());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"courseId-error\">Hãy chọn một khóa học đã xuất bản trong danh sách.</p>"), r.body());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"groupCode-error\">Hãy chọn một nhóm đối tượng.</p>"), r.body());
        assertTrue(r.body().contains("Ngày hết hạn &quot;31/02/2026&quot; không hợp lệ: cần dạng dd/mm/yyyy, ví dụ 31/12/2026."), r.body());

        form.putAll(Map.of("courseId", Long.toString(s.course().id()), "groupCode", "MEDIATOR", "dueOn", "19/02/2026"));
        HttpResponse<String> past = as(s.managerA).postForm("/assignments", form);
        assertEquals(422, past.statusCode());
        assertTrue(past.body().contains("Ngày hết hạn 19/02/2026 đã qua: cần ngày từ hôm nay (20/02/2026) trở đi."), past.body());
        assertEquals(before, s.count("select count(*) from course_assignment"));
    }

    @Test
    void internal_course_of_another_commune_cannot_be_assigned_outside_its_owner() {
        long course = s.f.course(s.communeB, "INTERNAL", true, false).id();
        Web admin = new Web(server.getURI()).login("admin", ADMIN_PASSWORD);
        HttpResponse<String> r = admin.postForm("/assignments", Map.of("courseId", Long.toString(course), "target", "UNIT",
                "unitId", Long.toString(s.communeA), "dueKind", "RELATIVE", "dueMonths", "3", "dueBase", "ASSIGNED"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("là khóa học nội bộ của đơn vị khác"), r.body());
    }

    @Test
    void manager_of_commune_b_cannot_see_delete_or_assign_in_commune_a() {
        long course = s.course().id();
        long person = s.f.person(s.communeA, "Hoàng Văn Giao", null);
        Web a = as(s.managerA);
        assertEquals(303, a.postForm("/assignments", toPerson(course, person)).statusCode());
        long id = s.count("select id from course_assignment where person_id = ?", person);
        assertTrue(a.get("/assignments?courseId=" + course).body().contains("Hoàng Văn Giao (Xã Hòa Bình)"));

        Web b = as(s.managerB);
        String list = b.get("/assignments?courseId=" + course).body();
        assertFalse(list.contains("/assignments/" + id + "/delete"), list);
        assertTrue(list.contains("Có 0 lượt giao khóa học."), list);
        assertEquals(403, b.postForm("/assignments/" + id + "/delete", Map.of()).statusCode());
        assertEquals(403, b.postForm("/assignments", toPerson(course, person)).statusCode());
        assertEquals(403, b.get("/assignments/new?personId=" + person).statusCode());
        assertEquals(403, b.postForm("/assignments", Map.of("courseId", Long.toString(course), "target", "UNIT",
                "unitId", Long.toString(s.communeA), "dueKind", "DATE", "dueOn", "31/03/2026")).statusCode());
        assertEquals(1, s.count("select count(*) from course_assignment where course_id = ?", course));

        assertEquals(303, a.postForm("/assignments/" + id + "/delete", Map.of()).statusCode());
        assertEquals(0, s.count("select count(*) from course_assignment where course_id = ?", course));
        assertEquals(404, a.postForm("/assignments/" + id + "/delete", Map.of()).statusCode());
    }

    @Test
    void learner_cannot_open_the_assignment_pages() {
        Web learner = as(s.f.quiz.user("LEARNER", s.communeA));
        assertEquals(403, learner.get("/assignments").statusCode());
        assertEquals(403, learner.get("/assignments/due").statusCode());
        assertEquals(403, learner.get("/assignments/completions").statusCode());
    }

    @Test
    void manager_sees_completions_of_their_people_and_exports_them() throws IOException {
        long course = s.course().id();
        long village = s.village();
        long mai = s.mediator(village, "Lò Thị Mai", LocalDate.of(2025, 9, 15), true);
        long other = s.mediator(s.communeB, "Cầm Văn Khác", LocalDate.of(2025, 9, 15), true);
        long cohort = s.count("""
                insert into cohort (course_id, unit_id, title, starts_on, ends_on) values (?, ?, 'Đợt 1 năm 2026', date '2026-02-01', date '2026-02-28')
                returning id""", course, s.communeA);
        s.complete(mai, course, "2026-02-18 10:00+07", cohort);
        s.complete(other, course, "2026-02-17 10:00+07", null);

        Web a = as(s.managerA);
        String page = a.get("/assignments/completions?courseId=" + course + "&from=01/02/2026&to=20/02/2026").body();
        assertTrue(page.contains("Có 1 lượt hoàn thành khóa học."), page);
        assertTrue(page.contains("<td>18/02/2026</td>"), page);
        assertTrue(page.contains("<td>8,5/10</td>"), page);
        assertTrue(page.contains("<a href=\"/cohorts/" + cohort + "\">Đợt 1 năm 2026</a>"), page);
        assertFalse(page.contains("Cầm Văn Khác"), page);
        assertTrue(a.get("/assignments/completions?courseId=" + course + "&from=19/02/2026").body()
                .contains("Có 0 lượt hoàn thành khóa học."));

        HttpResponse<byte[]> file = a.getBytes("/assignments/completions.xlsx?courseId=" + course);
        String title = "Khóa học " + s.f.quiz.text("select slug from course where id = ?", course);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(List.of("Họ và tên", "Mã", "Đơn vị", "Khóa học", "Ngày hoàn thành", "Điểm", "Điểm tối đa", "Đợt tập huấn"),
                    DueListTest.cells(rows.get(0)));
            assertEquals(List.of("Lò Thị Mai", s.code(mai), "Thôn Đông", title, "18/02/2026", "8.5", "10", "Đợt 1 năm 2026"),
                    DueListTest.cells(rows.get(1)));
            assertEquals(2, rows.size());
        }
        assertFalse(as(s.managerB).get("/assignments/completions?courseId=" + course).body().contains("Lò Thị Mai"));
    }
}
