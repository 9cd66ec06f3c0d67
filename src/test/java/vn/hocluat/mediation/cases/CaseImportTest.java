package vn.hocluat.mediation.cases;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case-tally import: a good file written, a re-imported period replacing, every bad row refused with nothing written. */
@MicronautTest(transactional = false)
class CaseImportTest implements TestDatabase {
    static final String HEADER = "Mã đơn vị,Tên tổ hòa giải,Kỳ báo cáo,Số vụ việc tiếp nhận,Hòa giải thành,Hòa giải không thành,Đang hòa giải";

    @Inject
    ApplicationContext context;

    Scene scene;
    Fixtures fx;
    String codeA;
    String villageCode;
    long teamVillage;
    long teamCommune;
    String managerA;
    String managerB;

    @BeforeAll
    void setUp() {
        scene = new Scene(context);
        fx = scene.fixtures;
        long province = scene.province("Tỉnh Nhập Tệp");
        codeA = Fixtures.unique("XA");
        long communeA = fx.unit(province, codeA, "Xã An Nhập", "COMMUNE");
        villageCode = Fixtures.unique("TA");
        long village = fx.unit(communeA, villageCode, "Thôn Đông", "VILLAGE");
        long communeB = scene.commune(province, "Xã Bình Nhập");
        teamVillage = team(village, "Tổ hòa giải thôn Đông");
        teamCommune = team(communeA, "Tổ hòa giải xóm Chợ");
        managerA = fx.account("MANAGER", communeA);
        managerB = fx.account("MANAGER", communeB);
    }

    @Test
    void good_file_writes_every_report_and_a_reimported_period_replaces_with_history() {
        Web web = scene.pages(managerA);
        HttpResponse<String> r = web.postFile("/mediation/cases/import", "hoa-giai.csv", csv(
                villageCode + ",to hoa giai thon dong,10/2026,12,8,2,2",
                codeA + ",Tổ hòa giải xóm Chợ,Q3/2026,9,6,3,0"), Map.of());
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/mediation/cases/import?written=2&replaced=0", r.headers().firstValue("Location").orElseThrow());
        assertTrue(web.get("/mediation/cases/import?written=2&replaced=0").body()
                .contains("Đã ghi 2 báo cáo, trong đó 0 báo cáo thay thế báo cáo trước của cùng kỳ."));
        assertEquals("MONTH 2026-10-01 2026-10-31 12 8 2 2 IMPORT hoa-giai.csv", current(teamVillage));
        assertEquals("QUARTER 2026-07-01 2026-09-30 9 6 3 0 IMPORT hoa-giai.csv", current(teamCommune));

        HttpResponse<String> again = web.postFile("/mediation/cases/import", "lan-2.csv",
                csv(villageCode + ",Tổ hòa giải thôn Đông,10/2026,12,10,1,1"), Map.of());
        assertEquals("/mediation/cases/import?written=1&replaced=1", again.headers().firstValue("Location").orElseThrow());
        assertEquals("MONTH 2026-10-01 2026-10-31 12 10 1 1 IMPORT lan-2.csv", current(teamVillage));
        String history = web.get(CaseUrls.team(teamVillage, CasePeriod.month(2026, 10))).body();
        assertTrue(history.contains("Nhập từ tệp (lan-2.csv)"), history);
        assertTrue(history.contains("Nhập từ tệp (hoa-giai.csv)"), history);
    }

    @Test
    void bad_rows_are_listed_by_row_and_column_and_nothing_is_written() {
        Web web = scene.pages(managerA);
        HttpResponse<String> r = web.postFile("/mediation/cases/import", "loi.csv", csv(
                villageCode + ",Tổ hòa giải thôn Đông,01/2026,5,3,1,1",
                codeA + ",Tổ không có,01/2026,5,3,1,1",
                codeA + ",Tổ hòa giải xóm Chợ,13/2026,năm,3,1,1",
                villageCode + ",Tổ hòa giải thôn Đông,Q1/2026,5,3,1,1",
                codeA + ",Tổ hòa giải xóm Chợ,02/2026,4,3,2,0"), Map.of());
        assertEquals(422, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("4 dòng lỗi, chưa ghi dữ liệu nào."), page);
        assertTrue(page.contains("<tr><td>3</td><td>Tên tổ hòa giải</td><td>Đơn vị " + codeA + " không có tổ hòa giải tên &quot;Tổ không có&quot;.</td></tr>"), page);
        assertTrue(page.contains("<tr><td>4</td><td>Kỳ báo cáo</td><td>Kỳ báo cáo &quot;13/2026&quot; không hợp lệ: ghi tháng như 10/2026 hoặc quý như Q3/2026.</td></tr>"), page);
        assertTrue(page.contains("<tr><td>4</td><td>Số vụ việc tiếp nhận</td><td>Giá trị &quot;năm&quot; không hợp lệ: cần một số nguyên từ 0 đến 100.000.</td></tr>"), page);
        assertTrue(page.contains("<tr><td>5</td><td>Kỳ báo cáo</td><td>Dòng 2 đã báo cáo kỳ 01/2026 của tổ này, trùng thời gian với kỳ Q1/2026.</td></tr>"), page);
        assertTrue(page.contains("<tr><td>6</td><td>Số vụ việc tiếp nhận</td><td>Tổng số vụ hòa giải thành, không thành và đang hòa giải không được lớn hơn số vụ việc tiếp nhận.</td></tr>"), page);
        assertEquals(0, fx.queryLong("select count(*) from mediation_case_report where team_id in (?, ?) and period_start < date '2026-03-01'",
                teamVillage, teamCommune));
    }

    @Test
    void missing_columns_refuse_the_file() {
        HttpResponse<String> r = scene.pages(managerA).postFile("/mediation/cases/import", "thieu.csv",
                "Mã đơn vị,Tên tổ hòa giải,Kỳ báo cáo\nX,Y,10/2026\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tệp không nhập được, chưa ghi dữ liệu nào. Thiếu cột: Số vụ việc tiếp nhận, Hòa giải thành, "
                + "Hòa giải không thành, Đang hòa giải. Hãy dùng tệp mẫu."), r.body());
    }

    @Test
    void manager_of_another_commune_cannot_import_for_its_teams() {
        HttpResponse<String> r = scene.pages(managerB).postFile("/mediation/cases/import", "khac.csv",
                csv(villageCode + ",Tổ hòa giải thôn Đông,04/2026,5,3,1,1"), Map.of());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<tr><td>2</td><td>Mã đơn vị</td><td>Không có đơn vị mã &quot;" + villageCode
                + "&quot; có tổ hòa giải trong phạm vi của bạn.</td></tr>"), r.body());
        assertEquals(0, fx.queryLong("select count(*) from mediation_case_report where team_id = ? and period_start = date '2026-04-01'", teamVillage));
    }

    @Test
    void template_lists_the_teams_of_the_subtree() {
        HttpResponse<byte[]> r = scene.pages(managerA).getBytes("/mediation/cases/import/template.csv");
        assertEquals(200, r.statusCode());
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n"), text);
        assertTrue(text.contains(codeA + ",Tổ hòa giải xóm Chợ,"), text);
        assertTrue(text.contains(villageCode + ",Tổ hòa giải thôn Đông,"), text);
        assertEquals(200, scene.pages(managerA).getBytes("/mediation/cases/import/template.xlsx").statusCode());
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private String current(long team) {
        return fx.queryString("""
                select concat_ws(' ', period_kind, period_start, period_end, received, successful, unsuccessful, in_progress,
                                 source, file_name)
                from mediation_case_report where team_id = ? and current and period_start >= date '2026-07-01'""", team);
    }

    private long team(long unit, String name) {
        return fx.queryLong("insert into mediation_team (unit_id, name) values (?, ?) returning id", unit, name);
    }
}
