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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The managers' due list on a fixed day (20/02/2026): dates from assignment_due, overdue vs due soon, export. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class DueListTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    DueService due;

    AssignScene s;

    @BeforeAll
    void setUp() {
        s = new AssignScene(context);
    }

    private Web as(CurrentUser user) {
        return AssignScene.login(server, user);
    }

    private HttpResponse<String> assignToMediators(Web web, long courseId, long unitId) {
        return web.postForm("/assignments", Map.of("courseId", Long.toString(courseId), "target", "GROUP",
                "groupCode", "MEDIATOR", "unitId", Long.toString(unitId), "dueKind", "RELATIVE", "dueMonths", "6",
                "dueBase", "RECOGNIZED"));
    }

    @Test
    void assignment_to_mediators_due_six_months_after_recognition_lists_the_exact_date() {
        long course = s.course().id();
        long village = s.village();
        long mai = s.mediator(village, "Lò Thị Mai", LocalDate.of(2025, 9, 15), true);
        Web web = as(s.managerA);

        HttpResponse<String> created = assignToMediators(web, course, village);
        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/assignments?created=1", created.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> page = web.get("/assignments/due?courseId=" + course);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Có 1 lượt khóa học được giao chưa hoàn thành."), body);
        assertTrue(body.contains("<a href=\"/people/" + mai + "\">Lò Thị Mai</a>"), body);
        assertTrue(body.contains("<td>15/03/2026</td>"), body);
        assertTrue(body.contains("Còn 23 ngày"), body);
    }

    @Test
    void overdue_and_due_soon_are_decided_on_the_fixed_day() {
        long course = s.course().id();
        long village = s.village();
        long overdue = s.mediator(village, "Đặng Văn Quá", LocalDate.of(2025, 8, 10), true);
        long soon = s.mediator(village, "Hà Thị Sớm", LocalDate.of(2025, 9, 15), false);
        long later = s.mediator(village, "Vũ Văn Muộn", LocalDate.of(2025, 12, 1), true);
        s.f.quiz.exec("""
                insert into course_assignment (course_id, unit_id, target, group_code, due_months, due_base)
                values (?, ?, 'GROUP', 'MEDIATOR', 6, 'RECOGNIZED')""", course, village);

        assertEquals(List.of("Đặng Văn Quá 2026-02-10 -10 true", "Hà Thị Sớm 2026-03-15 23 false", "Vũ Văn Muộn 2026-06-01 101 true"),
                lines(new DueFilter(null, course, DueFilter.State.ALL, 30)));
        assertEquals(List.of("Đặng Văn Quá 2026-02-10 -10 true"), lines(new DueFilter(null, course, DueFilter.State.OVERDUE, 30)));
        assertEquals(List.of("Hà Thị Sớm 2026-03-15 23 false"), lines(new DueFilter(null, course, DueFilter.State.SOON, 30)));
        assertEquals(List.of("Hà Thị Sớm 2026-03-15 23 false", "Vũ Văn Muộn 2026-06-01 101 true"),
                lines(new DueFilter(null, course, DueFilter.State.SOON, 101)));

        String page = as(s.managerA).get("/assignments/due?state=OVERDUE&courseId=" + course).body();
        assertTrue(page.contains("Quá hạn 10 ngày"), page);
        assertFalse(page.contains("Hà Thị Sớm"), page);
        String soonPage = as(s.managerA).get("/assignments/due?state=SOON&courseId=" + course).body();
        assertTrue(soonPage.contains("Hà Thị Sớm"), soonPage);
        assertTrue(soonPage.contains("Chưa có tài khoản — chưa học trực tuyến được"), soonPage);
        assertFalse(soonPage.contains("Vũ Văn Muộn"), soonPage);
        assertEquals(List.of(overdue, soon, later), due.page(s.managerA, new DueFilter(null, course, DueFilter.State.ALL, 30), 1)
                .items().stream().map(DueRow::personId).toList());
    }

    @Test
    void whole_unit_assignment_due_months_after_the_assignment_day_counts_from_today() {
        long course = s.course().id();
        long village = s.village();
        s.f.person(village, "Kiều Văn Mới", null);
        HttpResponse<String> r = as(s.managerA).postForm("/assignments", Map.of("courseId", Long.toString(course), "target", "UNIT",
                "unitId", Long.toString(village), "dueKind", "RELATIVE", "dueMonths", "3", "dueBase", "ASSIGNED", "note", "Theo Kế hoạch số 12"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(List.of("Kiều Văn Mới 2026-05-20 89 false"), lines(new DueFilter(village, course, DueFilter.State.ALL, 30)));
        String list = as(s.managerA).get("/assignments?courseId=" + course).body();
        assertTrue(list.contains("Tất cả người thuộc Thôn Đông"), list);
        assertTrue(list.contains("3 tháng kể từ ngày giao"), list);
        assertTrue(list.contains("Theo Kế hoạch số 12"), list);
    }

    @Test
    void a_person_who_completed_the_course_leaves_the_due_list() {
        long course = s.course().id();
        long village = s.village();
        long done = s.mediator(village, "Trịnh Văn Xong", LocalDate.of(2025, 9, 15), true);
        s.mediator(village, "Lê Thị Chưa", LocalDate.of(2025, 9, 15), true);
        assertEquals(303, assignToMediators(as(s.managerA), course, village).statusCode());
        assertEquals(List.of("Lê Thị Chưa 2026-03-15 23 true", "Trịnh Văn Xong 2026-03-15 23 true"),
                lines(new DueFilter(null, course, DueFilter.State.ALL, 30)));

        s.complete(done, course, "2026-02-18 10:00+07", null);

        assertEquals(List.of("Lê Thị Chưa 2026-03-15 23 true"), lines(new DueFilter(null, course, DueFilter.State.ALL, 30)));
        String list = as(s.managerA).get("/assignments?courseId=" + course).body();
        assertTrue(list.contains("<td>2</td><td>1</td><td>0</td><td>1</td>"), list);
    }

    @Test
    void due_list_exports_to_xlsx_with_vietnamese_headers_and_dates() throws IOException {
        long course = s.course().id();
        long village = s.village();
        long mai = s.mediator(village, "Lò Thị Mai", LocalDate.of(2025, 9, 15), true);
        long an = s.mediator(village, "Nguyễn Văn Ân", LocalDate.of(2025, 8, 1), false);
        Web web = as(s.managerA);
        assertEquals(303, assignToMediators(web, course, village).statusCode());

        HttpResponse<byte[]> file = web.getBytes("/assignments/due.xlsx?courseId=" + course);
        assertEquals(200, file.statusCode());
        assertEquals(ManagerWorkbooks.TYPE, file.headers().firstValue("Content-Type").orElseThrow());
        String title = "Khóa học " + s.f.quiz.text("select slug from course where id = ?", course);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            assertEquals("Hạn hoàn thành", wb.getFirstSheet().getName());
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(List.of("Họ và tên", "Mã", "Đơn vị", "Khóa học", "Hạn hoàn thành", "Số ngày còn lại (âm: quá hạn)",
                    "Tình trạng", "Có tài khoản"), cells(rows.get(0)));
            assertEquals(List.of("Nguyễn Văn Ân", s.code(an), "Thôn Đông", title, "01/02/2026", "-19", "Quá hạn 19 ngày", "Không"),
                    cells(rows.get(1)));
            assertEquals(List.of("Lò Thị Mai", s.code(mai), "Thôn Đông", title, "15/03/2026", "23", "Còn 23 ngày", "Có"),
                    cells(rows.get(2)));
            assertEquals(3, rows.size());
        }
    }

    @Test
    void manager_of_another_commune_sees_none_of_its_due_rows() {
        long course = s.course().id();
        long village = s.village();
        s.mediator(village, "Phạm Thị Riêng", LocalDate.of(2025, 9, 15), true);
        assertEquals(303, assignToMediators(as(s.managerA), course, village).statusCode());

        assertEquals(List.of(), due.page(s.managerB, new DueFilter(null, course, DueFilter.State.ALL, 30), 1).items());
        Web b = as(s.managerB);
        assertFalse(b.get("/assignments/due?courseId=" + course).body().contains("Phạm Thị Riêng"));
        assertEquals(403, b.get("/assignments/due?unitId=" + s.communeA).statusCode());
        assertEquals(403, b.getBytes("/assignments/due.xlsx?unitId=" + s.communeA).statusCode());
    }

    private List<String> lines(DueFilter filter) {
        return due.page(s.managerA, filter, 1).items().stream()
                .map(r -> r.fullName() + " " + r.dueOn() + " " + r.daysLeft() + " " + r.hasAccount()).toList();
    }

    static List<String> cells(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getRawValue()).collect(Collectors.toList());
    }
}
