package vn.hocluat.plans.dashboard;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.support.Web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persons behind a dashboard card: the paged list, its XLSX, the "due soon" deadlines, refusals and scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class TargetPersonPagesTest extends DashboardWebTest {
    String persons(long target, long unit, String which, String leaf) {
        return "/plans/" + s.plan + "/dashboard/targets/" + target + "/" + leaf + "?unit=" + s.code(unit)
                + "&date=" + DashboardScene.DATE + "&which=" + which;
    }

    /** The rows of the persons table as "name | unit[ | deadline]". */
    static List<String> rows(String page) {
        Matcher m = Pattern.compile("<tr><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>(?:<td>([^<]*)</td>)?</tr>").matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " | " + m.group(2) + (m.group(3) == null ? "" : " | " + m.group(3)));
        }
        return out;
    }

    static List<String> xlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<String> out = new ArrayList<>();
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCellText(c));
                }
                out.add(String.join(" | ", cells));
            }
            return out;
        }
    }

    /** The roster code of the scene's person with this name. */
    String code(String fullName) {
        return s.cf.quiz.text("select p.code from person p join unit u on u.id = p.unit_id where p.full_name = ? and u.path like ?",
                fullName, s.cf.quiz.text("select path from unit where id = ?", s.province) + "%");
    }

    @Test
    void untrained_and_trained_officials_of_the_province() {
        HttpResponse<String> res = provinceManager.get(persons(s.t1, s.province, "untrained", "persons"));
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(res.body().contains("<h1>Chưa được tập huấn</h1>"), res.body());
        assertTrue(res.body().contains("Tổng số: 2 người."), res.body());
        assertEquals(List.of("Lê Quốc Ưng | Xã An", "Phạm Thị Bé | Xã Bình"), rows(res.body()));
        String counted = provinceManager.get(persons(s.t1, s.province, "counted", "persons")).body();
        assertTrue(counted.contains("<h1>Đã được tập huấn</h1>"), counted);
        assertEquals(List.of("Nguyễn Văn Đạt | Xã An", "Trần Thị Ánh | Xã An"), rows(counted));
        assertEquals(List.of("Lê Quốc Ưng | Xã An"), rows(provinceManager.get(persons(s.t1, s.communeA, "untrained", "persons")).body()));
    }

    @Test
    void the_list_exports_as_xlsx_with_diacritics() throws IOException {
        HttpResponse<byte[]> res = provinceManager.getBytes(persons(s.t1, s.province, "untrained", "persons.xlsx"));
        assertEquals(200, res.statusCode());
        assertEquals(Downloads.XLSX, res.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"danh-sach-untrained-" + s.t1 + "-2026-02-20.xlsx\"",
                res.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(List.of("Mã | Họ và tên | Đơn vị", code("Lê Quốc Ưng") + " | Lê Quốc Ưng | Xã An",
                code("Phạm Thị Bé") + " | Phạm Thị Bé | Xã Bình"), xlsx(res.body()));
    }

    @Test
    void due_soon_list_of_new_mediators_shows_their_deadline_on_screen_and_in_the_export() throws IOException {
        String page = provinceManager.get(persons(s.t4, s.province, "pending", "persons")).body();
        assertTrue(page.contains("<h1>Sắp đến hạn</h1>"), page);
        assertTrue(page.contains("<th scope=\"col\">Hạn bồi dưỡng</th>"), page);
        assertEquals(List.of("Hoàng Văn Mạnh | Xã An | 01/06/2026"), rows(page));
        byte[] body = provinceManager.getBytes(persons(s.t4, s.province, "pending", "persons.xlsx")).body();
        assertEquals(List.of("Mã | Họ và tên | Đơn vị | Hạn bồi dưỡng", code("Hoàng Văn Mạnh") + " | Hoàng Văn Mạnh | Xã An | 01/06/2026"),
                xlsx(body));
    }

    @Test
    void a_target_without_persons_or_a_list_its_metric_lacks_is_refused_cleanly() {
        HttpResponse<String> activities = provinceManager.get(persons(s.t3, s.province, "untrained", "persons"));
        assertEquals(400, activities.statusCode(), activities.body());
        assertTrue(activities.body().contains("không có danh sách người"), activities.body());
        assertEquals(400, provinceManager.get(persons(s.t2, s.province, "untrained", "persons.xlsx")).statusCode());
        assertEquals(400, provinceManager.get(persons(s.t1, s.province, "pending", "persons")).statusCode());
        assertEquals(400, provinceManager.get(persons(s.t1, s.province, "nobody", "persons")).statusCode());
        assertEquals(400, provinceManager.get("/plans/" + s.plan + "/dashboard/targets/" + s.t1 + "/persons?date=99/99/2026").statusCode());
    }

    @Test
    void manager_of_another_commune_or_province_and_learners_are_refused() {
        Web managerB = as("MANAGER", s.communeB);
        assertEquals(403, managerB.get(persons(s.t1, s.communeA, "untrained", "persons")).statusCode());
        assertEquals(403, managerB.getBytes(persons(s.t1, s.communeA, "untrained", "persons.xlsx")).statusCode());
        assertEquals(403, managerB.get(persons(s.t1, s.province, "untrained", "persons")).statusCode());
        assertEquals(List.of("Phạm Thị Bé | Xã Bình"), rows(managerB.get(persons(s.t1, s.communeB, "untrained", "persons")).body()));
        Web otherProvince = as("MANAGER", s.cf.quiz.province());
        assertEquals(403, otherProvince.get(persons(s.t1, s.communeA, "untrained", "persons")).statusCode());
        assertEquals(403, otherProvince.getBytes(persons(s.t1, s.communeA, "untrained", "persons.xlsx")).statusCode());
        assertEquals(403, as("LEARNER", s.communeA).get(persons(s.t1, s.communeA, "untrained", "persons")).statusCode());
    }
}
