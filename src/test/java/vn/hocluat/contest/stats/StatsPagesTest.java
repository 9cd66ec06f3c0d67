package vn.hocluat.contest.stats;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;
import vn.hocluat.support.XlsxText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organiser's statistics page and its XLSX export, on {@link StatsScene}: drill-down, scope, cells read back. */
@MicronautTest(transactional = false)
class StatsPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    StatsScene s;
    Web organiser;
    String base;

    @BeforeAll
    void setUp() {
        s = new StatsScene(context, server.getURI());
        organiser = new Web(server.getURI()).login(s.organiser, Fixtures.PASSWORD);
        base = "/contests/manage/" + s.contest.id() + "/statistics";
    }

    @Test
    void organiser_sees_each_commune_with_its_rate_and_drills_down_to_the_villages() throws IOException {
        HttpResponse<String> page = organiser.get(base + "?round=" + s.round1);
        assertEquals(200, page.statusCode());
        String html = page.body();
        keep(html);
        assertTrue(html.contains("<a href=\"" + base + "?round=" + s.round1 + "&unit=" + s.an + "\">Xã An</a>"), html);
        assertTrue(html.contains("<td class=\"num\">1,00 %</td>"), html);
        assertTrue(html.contains("Trực tiếp tại Tỉnh Thống Kê"), html);
        assertTrue(html.contains("Số người đạt điểm tuyệt đối: 2."), html);
        assertTrue(html.contains("<td>20/11/2026</td>"), html);

        String village = organiser.get(base + "?round=" + s.round1 + "&unit=" + s.an).body();
        assertTrue(village.contains("Thôn An Một"), village);
        assertTrue(village.contains("<td class=\"num\">2,00 %</td>"), village);
        assertTrue(village.contains("<span aria-current=\"page\">Xã An</span>"), village);
    }

    @Test
    void organiser_of_another_province_gets_403_for_the_page_and_the_export() {
        String other = s.fixtures.account("ORGANISER", s.outside);
        Web web = new Web(server.getURI()).login(other, Fixtures.PASSWORD);
        assertEquals(403, web.get(base + "?round=all").statusCode());
        assertEquals(403, web.getBytes(base + ".xlsx?round=all").statusCode());
        assertEquals(403, organiser.get(base + "?unit=" + s.outside).statusCode());
        assertEquals(404, organiser.get(base + "?round=abc").statusCode());
    }

    @Test
    void export_has_the_unit_sheets_and_every_entrants_best_entry_with_masked_phone() throws IOException {
        HttpResponse<byte[]> file = organiser.getBytes(base + ".xlsx?round=" + s.round1 + "&unit=" + s.province);
        assertEquals(200, file.statusCode());
        Map<String, List<List<String>>> sheets = read(file.body());
        assertEquals(List.of("Đơn vị", "Phân bố điểm", "Theo ngày", "Theo giờ", "Thiết bị", "Kết quả"), List.copyOf(sheets.keySet()));

        List<List<String>> units = sheets.get("Đơn vị");
        assertEquals(List.of("Mã đơn vị", "Đơn vị", "Dân số", "Người dự thi", "Lượt thi", "Tỷ lệ tham gia (%)", "Đạt điểm tuyệt đối"),
                units.get(2));
        assertEquals(List.of("Xã An", "n:200", "n:2", "n:3", "n:1%.00", "n:2"), units.get(3).subList(1, 7));
        assertEquals(List.of("Xã Bình", "", "n:1", "n:1", "", "n:0"), units.get(4).subList(1, 7));
        assertEquals(List.of("Xã Cát", "n:400", "n:0", "n:0", "n:0%.00", "n:0"), units.get(5).subList(1, 7));
        assertEquals(List.of("", "Trực tiếp tại Tỉnh Thống Kê", "", "n:1", "n:1", "", "n:0"), units.get(6));
        assertEquals(List.of("Tổng cộng", "n:1000", "n:4", "n:5", "n:0.4%.00", "n:2"), units.get(7).subList(1, 7));

        assertEquals(List.of(List.of("n:0", "n:0"), List.of("n:1", "n:1"), List.of("n:2", "n:0"), List.of("n:3", "n:0"),
                List.of("n:4", "n:2")), sheets.get("Phân bố điểm").subList(3, 8));
        assertEquals(List.of(List.of("20/11/2026", "n:3"), List.of("21/11/2026", "n:2")), sheets.get("Theo ngày").subList(3, 5));
        assertEquals(List.of("n:8", "n:2"), sheets.get("Theo giờ").get(3 + 8));
        assertEquals(List.of(List.of("Điện thoại", "n:3"), List.of("Máy tính", "n:2")), sheets.get("Thiết bị").subList(3, 5));

        List<List<String>> results = sheets.get("Kết quả");
        assertEquals(List.of("Họ và tên", "Số điện thoại", "Đơn vị", "Điểm cao nhất", "Thời gian làm bài (giây)", "Lượt thi"),
                results.get(2));
        assertEquals(List.of(
                List.of("Trần Văn Đức", masked(s.e2), "Thôn An Một", "n:4", "n:45", "n:1"),
                List.of("Nguyễn Thị Ánh", masked(s.e1), "Xã An", "n:4", "n:60", "n:2"),
                List.of("Phạm Quốc Việt", masked(s.e4), "Tỉnh Thống Kê", "n:1", "n:100", "n:1"),
                List.of("Lê Thị Bảo", masked(s.e3), "Xã Bình", "", "", "n:1")), results.subList(3, 7));
        assertEquals(7, results.size());
    }

    /** With {@code -Dhocluat.keep-html=file.html} the page is kept for a look in a narrow browser. */
    private static void keep(String html) throws IOException {
        String path = System.getProperty("hocluat.keep-html");
        if (path != null) {
            Files.writeString(Path.of(path), html);
        }
    }

    private String masked(long entrantId) {
        String phone = s.phoneOf(entrantId);
        return phone.substring(0, 2) + "xx xxx " + phone.substring(7);
    }

    /** Every sheet by name, its rows (from Excel row 1, gaps kept as empty rows) as text: numbers "n:…", "%.00" when shown as percent. */
    private static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    rows.add(XlsxText.cells(row));
                }
                out.put(sheet.getName(), rows);
            }
        }
        return out;
    }
}
