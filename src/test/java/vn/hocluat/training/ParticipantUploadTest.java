package vn.hocluat.training;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance sheets: row errors naming row and column write nothing; a valid sheet writes every row with source UPLOAD. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class ParticipantUploadTest extends ActivitySceneTest {
    @Test
    void sheet_with_row_errors_writes_nothing_then_the_corrected_sheet_writes_every_row() {
        Web web = a.as(a.s.managerA);
        long id = a.activity(web, a.s.communeA, "Tập huấn có bảng điểm danh");
        long lan = a.person(a.s.communeA, "Đỗ Thị Lan", "0912000101", null);
        long hung = a.person(a.s.village(), "Trần Văn Hùng", "0912000102", null);
        long other = a.person(a.s.communeB, "Lê Văn Nam", "0912000103", null);
        String lanCode = a.s.code(lan);
        String hungCode = a.s.code(hung);
        String otherCode = a.s.code(other);

        String bad = "Mã người,Điểm danh,Hoàn thành\n" + lanCode + ",Vắng mặt,Có\n" + otherCode + ",Có mặt,\n"
                + hungCode + ",đến muộn,không\n" + lanCode + ",Có mặt,Có\n";
        HttpResponse<String> refused = web.postFile("/activities/" + id + "/upload", "diem-danh.csv",
                bad.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(422, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("<tr><td>2</td><td>Hoàn thành</td><td>Chỉ người có mặt mới ghi hoàn thành được"), body);
        assertTrue(body.contains("<tr><td>3</td><td>Mã người</td><td>Không có người mang mã " + otherCode), body);
        assertTrue(body.contains("<tr><td>4</td><td>Điểm danh</td><td>Điểm danh &quot;đến muộn&quot; không hợp lệ"), body);
        assertTrue(body.contains("<tr><td>5</td><td>Mã người</td><td>Mã " + lanCode + " đã có ở dòng 2.</td></tr>"), body);
        assertEquals(0, a.count("select count(*) from activity_participant where activity_id = ?", id));

        String good = "Mã người,Điểm danh,Hoàn thành\n" + lanCode + ",Có mặt,Có\n" + hungCode + ",Vắng có phép,\n";
        HttpResponse<String> written = web.postFile("/activities/" + id + "/upload", "diem-danh.csv",
                good.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(303, written.statusCode(), written.body());
        assertEquals("/activities/" + id + "?uploaded=2#participants", written.headers().firstValue("Location").orElseThrow());
        assertEquals("PRESENT true UPLOAD false", a.participant(id, lan));
        assertEquals("EXCUSED false UPLOAD false", a.participant(id, hung));

        HttpResponse<byte[]> template = web.getBytes("/activities/" + id + "/upload/template.csv");
        assertEquals(200, template.statusCode());
        assertEquals("\uFEFFMã người,Điểm danh,Hoàn thành\r\nP0001,Có mặt,Có\r\n", new String(template.body(), StandardCharsets.UTF_8));
        assertEquals(403, a.as(a.s.managerB).postFile("/activities/" + id + "/upload", "diem-danh.csv",
                good.getBytes(StandardCharsets.UTF_8), Map.of()).statusCode());
        assertEquals(403, a.as(a.s.managerB).get("/activities/" + id + "/upload").statusCode());
    }

    @Test
    void xlsx_sheet_with_english_headers_is_read_like_the_csv() throws IOException {
        Web web = a.as(a.s.managerA);
        long id = a.activity(web, a.s.communeA, "Tập huấn có bảng tính");
        long hoa = a.person(a.s.communeA, "Vũ Thị Hoa", "0912000104", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "HocLuat", "1.0");
        Worksheet sheet = wb.newWorksheet("Attendance");
        sheet.value(0, 0, "Person code");
        sheet.value(0, 1, "Status");
        sheet.value(0, 2, "Completed");
        sheet.value(1, 0, a.s.code(hoa));
        sheet.value(1, 1, "Present");
        sheet.value(1, 2, "yes");
        wb.finish();
        HttpResponse<String> written = web.postFile("/activities/" + id + "/upload", "attendance.xlsx", out.toByteArray(), Map.of());
        assertEquals(303, written.statusCode(), written.body());
        assertEquals("PRESENT true UPLOAD false", a.participant(id, hoa));
    }
}
