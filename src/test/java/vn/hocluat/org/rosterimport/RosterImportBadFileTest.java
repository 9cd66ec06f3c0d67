package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be read as a roster: one clear Vietnamese message, nothing written, never a 500. */
@MicronautTest(transactional = false)
class RosterImportBadFileTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    ImportDb db;
    String commune;
    String manager;

    @BeforeAll
    void units() {
        Fixtures fx = new Fixtures(context);
        db = new ImportDb(context);
        commune = Fixtures.unique("XA");
        long id = fx.unit(fx.rootId(), commune, "Xã Thử", "COMMUNE");
        manager = fx.account("MANAGER", id);
    }

    @Test
    void fifty_megabytes_are_refused_with_413_by_page_and_api_and_nothing_is_written() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        long before = db.count("select count(*) from person");
        RawUpload raw = new RawUpload(server.getURI());
        String token = raw.token(manager, Fixtures.PASSWORD);
        HttpResponse<String> api = raw.post("/api/v1/people/import", RawUpload.body(Map.of(), "big.csv", big),
                "Authorization", "Bearer " + token);
        assertEquals(413, api.statusCode(), api.body());
        assertEquals("{\"message\":\"Tệp tải lên quá lớn: tối đa 20 MB. Hãy chia nhỏ tệp và tải lên từng phần.\"}", api.body());

        RawUpload browser = new RawUpload(server.getURI()).login(manager, Fixtures.PASSWORD);
        HttpResponse<String> page = browser.post("/people/import",
                RawUpload.body(Map.of("csrfToken", browser.csrf()), "big.csv", big));
        assertEquals(413, page.statusCode(), page.body());
        assertTrue(page.body().contains("Tệp tải lên quá lớn: tối đa 20 MB."), page.body());
        assertEquals(before, db.count("select count(*) from person"));
    }

    @Test
    void fifty_megabytes_streamed_without_a_length_are_refused_too() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = new Web(server.getURI()).loginApi(manager, Fixtures.PASSWORD)
                .postFile("/api/v1/people/import", "big.csv", big, Map.of());
        assertEquals(413, r.statusCode(), r.body());
    }

    String apiError(String filename, byte[] content) {
        HttpResponse<String> r = new Web(server.getURI()).loginApi(manager, Fixtures.PASSWORD)
                .postFile("/api/v1/people/import", filename, content, Map.of());
        assertEquals(422, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void csv_with_an_unclosed_quote_is_refused() {
        String body = apiError("ds.csv", RosterFiles.csv(RosterFiles.CSV_HEADER,
                "NV1,\"Nguyễn Văn An,,,,,," + commune + ",,,,,,", "NV2,Trần Văn Bình,,,,,," + commune + ",,,,,,"));
        assertTrue(body.startsWith("{\"errors\":[{\"row\":0,\"message\":\"Tệp CSV bị lỗi cấu trúc (dấu ngoặc kép không đóng?)"), body);
    }

    @Test
    void a_text_file_named_xlsx_is_refused() {
        assertEquals("{\"errors\":[{\"row\":0,\"message\":\"Tệp có đuôi .xlsx nhưng không phải bảng tính Excel hợp lệ. "
                + "Hãy mở tệp bằng Excel và lưu lại dạng \\\"Excel Workbook (.xlsx)\\\".\"}]}",
                apiError("ds.xlsx", RosterFiles.csv(RosterFiles.CSV_HEADER)));
    }

    @Test
    void a_damaged_workbook_is_refused() {
        byte[] zipStart = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};
        assertTrue(apiError("ds.xlsx", zipStart).contains("không phải bảng tính Excel hợp lệ"));
    }

    @Test
    void an_empty_file_and_a_header_without_rows_are_refused() {
        assertEquals("{\"errors\":[{\"row\":0,\"message\":\"Tệp trống: không có dữ liệu để nhập.\"}]}",
                apiError("ds.csv", new byte[0]));
        assertEquals("{\"errors\":[{\"row\":0,\"message\":\"Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.\"}]}",
                apiError("ds.csv", RosterFiles.csv(RosterFiles.CSV_HEADER)));
    }

    @Test
    void a_csv_not_in_utf8_is_refused() {
        byte[] latin1 = (RosterFiles.CSV_HEADER + "\r\nNV1,Nguy\u1ec5n,,,,,," + commune + ",,,,,,").getBytes(StandardCharsets.UTF_16LE);
        assertTrue(apiError("ds.csv", latin1).contains("Tệp CSV không ở mã UTF-8"));
    }

    @Test
    void a_post_without_the_file_part_is_refused_in_vietnamese_by_api_and_page() {
        RawUpload raw = new RawUpload(server.getURI());
        HttpResponse<String> api = raw.post("/api/v1/people/import", RawUpload.body(Map.of("note", "x"), null, null),
                "Authorization", "Bearer " + raw.token(manager, Fixtures.PASSWORD));
        assertEquals(422, api.statusCode(), api.body());
        assertEquals("{\"errors\":[{\"row\":0,\"message\":\"Chưa chọn tệp để tải lên.\"}]}", api.body());

        RawUpload browser = new RawUpload(server.getURI()).login(manager, Fixtures.PASSWORD);
        HttpResponse<String> page = browser.post("/people/import", RawUpload.body(Map.of("csrfToken", browser.csrf()), "", new byte[0]));
        assertEquals(422, page.statusCode(), page.body());
        assertTrue(page.body().contains("Tệp không nhập được, chưa ghi dữ liệu nào. Chưa chọn tệp để tải lên."), page.body());
    }

    @Test
    void the_page_shows_a_whole_file_problem_as_one_message() {
        HttpResponse<String> page = new Web(server.getURI()).login(manager, Fixtures.PASSWORD)
                .postFile("/people/import", "ds.pdf", new byte[]{1, 2, 3}, Map.of());
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("Tệp không nhập được, chưa ghi dữ liệu nào. Không nhận dạng được định dạng tệp "
                + "&quot;ds.pdf&quot;: chỉ nhận tệp .csv (UTF-8) hoặc .xlsx."), page.body());
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        RawUpload browser = new RawUpload(server.getURI()).login(manager, Fixtures.PASSWORD);
        HttpResponse<String> page = browser.post("/people/import", RawUpload.body(Map.of(), "ds.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, "NV1,An,,,,,," + commune + ",,,,,,")));
        assertEquals(403, page.statusCode());
    }
}
