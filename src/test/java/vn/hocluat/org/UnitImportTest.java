package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UnitImportTest implements TestDatabase {
    private static final String HEADER = "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Thành thị/Nông thôn,Dân số\n";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    Fixtures fx;
    long province;
    String codeB;

    @BeforeAll
    void units() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Thử Nhập", "PROVINCE");
        codeB = Fixtures.unique("B");
        fx.unit(province, codeB, "Xã Thử Nhập B", "COMMUNE");
    }

    /** A commune of its own for each test, with an API session of its manager. */
    private record Commune(long id, String code, Web api) {
    }

    private Commune commune() {
        String code = Fixtures.unique("A");
        long id = fx.unit(province, code, "Xã Thử Nhập A", "COMMUNE");
        return new Commune(id, code, new Web(server.getURI()).loginApi(fx.account("MANAGER", id), Fixtures.PASSWORD));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void good_file_creates_exactly_its_rows_and_reimport_changes_nothing() {
        Commune a = commune();
        String v = a.code() + "-V";
        byte[] file = csv(HEADER + v + "1,Thôn Một,thon,\"" + a.code() + "\",Nông thôn,\"1.200\"\n"
                + v + "1-CA,Công an thôn Một,\"Cơ quan, đơn vị\"," + v + "1,,\n"
                + v + "2,Tổ dân phố 2,RESIDENTIAL_GROUP," + a.code() + ",1,800\n");
        HttpResponse<String> r = a.api().postFile("/api/v1/units/import", "don-vi.csv", file, Map.of());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"created\":3,\"updated\":0}", r.body());
        assertEquals(1, fx.queryLong("select count(*) from unit c join unit p on p.id = c.parent_id where c.code = ? "
                + "and p.code = ? and c.kind = 'AGENCY' and c.depth = 4 and c.path = p.path || c.id || '/'", v + "1-CA", v + "1"));
        assertEquals(1, fx.queryLong("select count(*) from unit where code = ? and population = 1200 and not urban", v + "1"));
        assertEquals("{\"created\":0,\"updated\":0}", a.api().postFile("/api/v1/units/import", "don-vi.csv", file, Map.of()).body());
        byte[] changed = csv(HEADER + v + "2,Tổ dân phố 2,RESIDENTIAL_GROUP," + a.code() + ",1,850\n" + v + "1,Thôn Một,thon," + a.code() + ",,\n");
        assertEquals("{\"created\":0,\"updated\":1}", a.api().postFile("/api/v1/units/import", "don-vi.csv", changed, Map.of()).body());
        assertEquals(1, fx.queryLong("select count(*) from unit where code = ? and population = 1200", v + "1"), "empty cell keeps value");
    }

    @Test
    void file_with_bad_rows_reports_every_row_and_writes_nothing() {
        Commune a = commune();
        String v = a.code() + "-V";
        byte[] file = csv(HEADER + v + "1,Thôn Một,Thôn," + a.code() + ",,100\n"
                + v + "2,Thôn Hai,Thôn,KHONG-CO,,\n"
                + v + "1,Thôn Trùng,Thôn," + a.code() + ",,\n"
                + v + "3,Thôn Ba,Huyện," + a.code() + ",,\n"
                + v + "4,Thôn Bốn,Thôn," + a.code() + ",,-20\n"
                + v + "5,Xã Con,Xã," + a.code() + ",,\n"
                + v + "6,Thôn Sáu,Thôn," + codeB + ",,\n");
        HttpResponse<String> r = a.api().postFile("/api/v1/units/import", "don-vi.csv", file, Map.of());
        assertEquals(422, r.statusCode());
        assertEquals("{\"errors\":["
                + "{\"row\":3,\"column\":\"Mã đơn vị cấp trên\",\"message\":\"Không tìm thấy đơn vị cấp trên có mã \\\"KHONG-CO\\\" (trong hệ thống hoặc ở các dòng phía trên của tệp).\"},"
                + "{\"row\":4,\"column\":\"Mã đơn vị\",\"message\":\"Mã đơn vị \\\"" + v + "1\\\" đã có ở dòng 2 của tệp.\"},"
                + "{\"row\":5,\"column\":\"Loại\",\"message\":\"Loại đơn vị không hợp lệ: dùng một trong các loại Tỉnh/thành phố, Xã, Phường, Đặc khu, Thôn/ấp/bản, Tổ dân phố/khu phố, Cơ quan, đơn vị.\"},"
                + "{\"row\":6,\"column\":\"Dân số\",\"message\":\"Dân số phải là số nguyên không âm, ví dụ 12500.\"},"
                + "{\"row\":7,\"column\":\"Loại\",\"message\":\"Đơn vị loại \\\"Xã\\\" không được đặt trực thuộc đơn vị loại \\\"Xã\\\".\"},"
                + "{\"row\":8,\"column\":\"Mã đơn vị cấp trên\",\"message\":\"Đơn vị cấp trên \\\"" + codeB + "\\\" không thuộc phạm vi đơn vị của bạn.\"}"
                + "]}", r.body());
        assertEquals(0, fx.queryLong("select count(*) from unit where code like ?", v + "%"));
    }

    @Test
    void parent_below_its_child_missing_column_and_moving_an_existing_unit_are_refused() {
        Commune a = commune();
        String v = a.code() + "-V";
        HttpResponse<String> later = a.api().postFile("/api/v1/units/import", "x.csv",
                csv("code,name,kind,parent_code\n" + v + "1-CA,Công an,AGENCY," + v + "1\n" + v + "1,Thôn Một,VILLAGE," + a.code() + "\n"), Map.of());
        assertTrue(later.body().contains("{\"row\":2,\"column\":\"parent_code\",\"message\":\"Đơn vị cấp trên \\\"" + v
                + "1\\\" nằm ở dòng 3, phía dưới dòng này"), later.body());
        HttpResponse<String> missing = a.api().postFile("/api/v1/units/import", "x.csv", csv("code,name,kind\nX,Y,VILLAGE\n"), Map.of());
        assertEquals("{\"errors\":[{\"row\":1,\"column\":\"Mã đơn vị cấp trên\",\"message\":\"Thiếu cột \\\"Mã đơn vị cấp trên\\\" ở dòng tiêu đề.\"}]}",
                missing.body());
        Web admin = new Web(server.getURI()).loginApi("admin", ADMIN_PASSWORD);
        HttpResponse<String> move = admin.postFile("/api/v1/units/import", "x.csv",
                csv(HEADER + a.code() + ",Xã Thử Nhập A,Xã," + codeB + ",,\n"), Map.of());
        assertEquals(422, move.statusCode());
        assertTrue(move.body().contains("không chuyển được sang đơn vị cấp trên khác"), move.body());
    }

    @Test
    void xlsx_file_imports_like_csv() throws IOException {
        Commune a = commune();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Đơn vị");
            String[][] rows = {{"Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Thành thị/Nông thôn", "Dân số"},
                {a.code() + "-X1", "Thôn Excel", "Thôn/ấp/bản", a.code(), "Nông thôn", null}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        ws.value(r, c, rows[r][c]);
                    }
                }
            }
            ws.value(1, 5, 1500);
        }
        HttpResponse<String> r = a.api().postFile("/api/v1/units/import", "don-vi.xlsx", out.toByteArray(), Map.of());
        assertEquals("{\"created\":1,\"updated\":0}", r.body());
        assertEquals(1, fx.queryLong("select count(*) from unit where code = ? and population = 1500 and kind = 'VILLAGE'", a.code() + "-X1"));
    }

    @Test
    void text_file_named_xlsx_and_empty_file_get_a_message() {
        Commune a = commune();
        HttpResponse<String> r = a.api().postFile("/api/v1/units/import", "don-vi.xlsx", csv(HEADER), Map.of());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().startsWith("{\"errors\":[{\"row\":0,\"message\":\"Tệp có đuôi .xlsx nhưng không phải bảng tính Excel hợp lệ."), r.body());
        HttpResponse<String> empty = a.api().postFile("/api/v1/units/import", "don-vi.csv", new byte[0], Map.of());
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Tệp trống: không có dữ liệu để nhập."), empty.body());
    }

    @Test
    void import_page_shows_row_errors_then_redirects_after_a_good_file() {
        Commune a = commune();
        Web page = new Web(server.getURI()).login(fx.account("MANAGER", a.id()), Fixtures.PASSWORD);
        assertEquals(200, page.get("/units/import").statusCode());
        HttpResponse<String> bad = page.postFile("/units/import", "x.csv", csv(HEADER + a.code() + "-Z,Thôn Z,Thôn,KHONG-CO,,\n"), Map.of());
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Tệp có 1 lỗi nên chưa dòng nào được ghi."), bad.body());
        assertTrue(bad.body().contains("<td>2</td><td>Mã đơn vị cấp trên</td>"), bad.body());
        HttpResponse<String> good = page.postFile("/units/import", "x.csv", csv(HEADER + a.code() + "-Z,Thôn Z,Thôn," + a.code() + ",,\n"), Map.of());
        assertEquals(303, good.statusCode(), good.body());
        assertEquals("/units/import?created=1&updated=0", good.headers().firstValue("Location").orElseThrow());
        assertTrue(page.get("/units/import?created=1&updated=0").body().contains("Đã nhập xong: thêm mới 1 đơn vị, cập nhật 0 đơn vị."));
    }

    @Test
    void template_has_the_vietnamese_header_and_two_example_rows_under_the_callers_unit() {
        Commune a = commune();
        Web page = new Web(server.getURI()).login(fx.account("MANAGER", a.id()), Fixtures.PASSWORD);
        HttpResponse<String> t = page.get("/units/import/template.csv");
        assertEquals(200, t.statusCode());
        assertEquals("\uFEFF" + HEADER.trim() + "\r\nVIDU-XA,Xã Ví Dụ,Xã," + a.code() + ",Nông thôn,12500\r\n"
                + "VIDU-XA-T1,Thôn 1,Thôn/ấp/bản,VIDU-XA,Nông thôn,1500\r\n", t.body());
    }
}
