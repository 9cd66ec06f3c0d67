package vn.hocluat.plans.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.XlsxText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard as XLSX on {@link ReportScene}: sheet names, cells as numbers or text, the values counted by hand there. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class ReportXlsxTest extends ReportWebTest {
    /** A sheet read back: its name and rows. */
    private record Tab(String name, List<Row> rows) {
    }

    private List<Tab> sheets(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()), new ReadingOptions(true, false))) {
            List<Tab> tabs = new ArrayList<>();
            for (Sheet sheet : wb.getSheets().toList()) {
                tabs.add(new Tab(sheet.getName(), sheet.read()));
            }
            return tabs;
        }
    }

    private static List<String> row(Tab sheet, int excelRow) {
        return sheet.rows().stream().filter(r -> r.getRowNum() == excelRow).findFirst().map(XlsxText::cells).orElse(List.of());
    }

    @Test
    void summary_sheet_lists_the_targets_at_the_unit_with_numbers_as_numbers() throws IOException {
        HttpResponse<byte[]> response = manager.getBytes("/plans/" + s.plan + "/report.xlsx?unit=" + s.communeCode + "&date=2026-02-20");
        assertEquals("attachment; filename=\"bao-cao-ke-hoach-" + s.plan + "-" + s.communeCode + "-2026-02-20.xlsx\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        List<Tab> sheets = sheets(response);
        assertEquals(List.of("Tổng hợp", "CT1 Ít nhất 60% cán bộ, công", "CT2 Mức độ hài lòng của người", "CT3 Từ 80% đến 90% cán bộ được"),
                sheets.stream().map(Tab::name).toList());
        Tab summary = sheets.get(0);
        assertEquals(List.of(ReportScene.TITLE), row(summary, 1));
        assertEquals(List.of("Đơn vị: Xã Kon Chiêng (" + s.communeCode + ") – Số liệu tính đến ngày 20/02/2026"), row(summary, 2));
        assertEquals(List.of("STT", "Chỉ tiêu", "Chỉ số", "Giai đoạn", "Ngưỡng", "Tử số", "Mẫu số", "Kết quả (%)", "Trạng thái",
                "Số liệu báo cáo", "Ngày số liệu", "Nguồn"), row(summary, 4));
        assertEquals(List.of("n:1", ReportScene.T1_LABEL, "Tỷ lệ được tập huấn, bồi dưỡng", "Cả kế hoạch",
                "n:60", "n:2", "n:3", "n:66.67%.00", "Đạt"), row(summary, 5));
        assertEquals(List.of("n:2", "Mức độ hài lòng của người dân đạt 90%", "Tỷ lệ người dân tiếp cận thông tin pháp luật trên môi trường số", "Cả kế hoạch", "n:90", "n:0", "n:0", "",
                "Đạt (theo số liệu báo cáo)", "n:92.5", "15/02/2026", ReportScene.SOURCE), row(summary, 6));
        assertEquals(List.of("n:3", "Từ 80% đến 90% cán bộ được tập huấn", "Tỷ lệ được tập huấn, bồi dưỡng", "Cả kế hoạch",
                "80–90", "n:2", "n:3", "n:66.67%.00", "Đúng tiến độ"), row(summary, 7));
        assertEquals(7, summary.rows().stream().mapToInt(Row::getRowNum).max().orElseThrow());
    }

    @Test
    void one_sheet_per_target_has_the_unit_then_each_child_unit() throws IOException {
        List<Tab> sheets = sheets(manager.getBytes("/plans/" + s.plan + "/report.xlsx?unit=" + s.communeCode + "&date=2026-02-20"));
        Tab t1 = sheets.get(1);
        assertEquals(List.of("Chỉ tiêu 1: " + ReportScene.T1_LABEL + " (ngưỡng 60)"), row(t1, 3));
        assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "Tử số", "Mẫu số", "Kết quả (%)", "Trạng thái", "Số liệu báo cáo",
                "Ngày số liệu", "Nguồn"), row(t1, 4));
        assertEquals(List.of(s.communeCode, "Xã Kon Chiêng", "n:2", "n:3", "n:66.67%.00", "Đạt"), row(t1, 5));
        assertEquals(List.of(code(s.village1), "Thôn 1 Kon Bơ", "n:2", "n:3", "n:66.67%.00", "Đạt"), row(t1, 6));
        assertEquals(List.of(code(s.village2), "Thôn 2 Đăk Pơ", "n:0", "n:0", "", "Chưa có số liệu"), row(t1, 7));

        Tab t2 = sheets.get(2);
        assertEquals(List.of(s.communeCode, "Xã Kon Chiêng", "n:0", "n:0", "", "Đạt (theo số liệu báo cáo)", "n:92.5", "15/02/2026",
                ReportScene.SOURCE), row(t2, 5));
        assertEquals(List.of(code(s.village1), "Thôn 1 Kon Bơ", "n:0", "n:0", "", "Chưa có số liệu"), row(t2, 6));
        assertEquals(List.of(code(s.village2), "Thôn 2 Đăk Pơ", "n:0", "n:0", "", "Có nguy cơ không đạt (theo số liệu báo cáo)", "n:85",
                "10/02/2026", "Sổ theo dõi"), row(t2, 7));

        assertEquals(List.of("Chỉ tiêu 3: Từ 80% đến 90% cán bộ được tập huấn (ngưỡng 80–90)"), row(sheets.get(3), 3));
        assertEquals(List.of(s.communeCode, "Xã Kon Chiêng", "n:2", "n:3", "n:66.67%.00", "Đúng tiến độ"), row(sheets.get(3), 5));
    }

    @Test
    void without_date_and_unit_the_report_is_of_today_at_the_plans_unit() throws IOException {
        HttpResponse<byte[]> response = manager.getBytes("/plans/" + s.plan + "/report.xlsx");
        assertEquals("attachment; filename=\"bao-cao-ke-hoach-" + s.plan + "-" + s.communeCode + "-2026-02-20.xlsx\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(List.of("Đơn vị: Xã Kon Chiêng (" + s.communeCode + ") – Số liệu tính đến ngày 20/02/2026"), row(sheets(response).get(0), 2));
    }

    @Test
    void an_earlier_day_shows_the_figures_of_that_day() throws IOException {
        // 01/06/2025: nobody trained yet (activity on 10/06/2025), no report yet
        Tab summary = sheets(manager.getBytes("/plans/" + s.plan + "/report.xlsx?date=2025-06-01")).get(0);
        assertEquals(List.of("n:1", ReportScene.T1_LABEL, "Tỷ lệ được tập huấn, bồi dưỡng", "Cả kế hoạch",
                "n:60", "n:0", "n:3", "n:0%.00", "Chậm tiến độ"), row(summary, 5));
        assertEquals("Chưa có số liệu", row(summary, 6).get(8));
    }

    private String code(long unit) {
        return s.cf.quiz.text("select code from unit where id = ?", unit);
    }
}
