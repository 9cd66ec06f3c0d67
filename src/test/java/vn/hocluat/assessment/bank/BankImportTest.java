package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import into a bank (API and page, GIFT and Aiken): all or nothing, every error with its line; GIFT export round-trips. */
@MicronautTest(transactional = false)
class BankImportTest implements TestDatabase {
    private static final String GIFT = """
            // Câu hỏi về Luật Hòa giải ở cơ sở
            $CATEGORY: Luật Hòa giải/Chung

            ::Hiệu lực::Luật Hòa giải ở cơ sở có hiệu lực từ năm nào? {=2014 ~2013 ~2015}

            Hòa giải viên phải là người đủ 18 tuổi. {T}
            """;
    private static final String BAD_GIFT = """
            Câu thứ nhất đúng? {=có ~không}

            Câu thiếu ngoặc đóng {=a ~b

            Câu không có đáp án đúng? {~a ~b}
            """;
    private static final String AIKEN = """
            Tổ hòa giải có ít nhất bao nhiêu thành viên?
            A. 2
            B. 3
            C. 5
            ANSWER: B
            """;

    @Inject
    ApplicationContext context;

    BankTesting t;
    long commune;
    String trainer;

    @BeforeAll
    void setUp() {
        t = new BankTesting(context);
        commune = t.commune(t.province("Tỉnh Nhập Tệp"), "Xã Nhập Tệp");
        trainer = t.fixtures.account("TRAINER", commune);
    }

    @Test
    void api_imports_a_gift_file_and_answers_the_count() {
        long bank = t.bank(t.api(trainer), commune, "Ngân hàng GIFT");
        HttpResponse<String> r = t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "luat.gift", utf8(GIFT), Map.of());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"created\":2}", r.body());
        List<Map<String, Object>> items = t.items(t.api(trainer).get("/api/v1/banks/" + bank + "/questions").body());
        assertEquals(List.of("SINGLE", "TRUE_FALSE"), items.stream().map(m -> m.get("type")).toList());
        assertEquals(List.of("Luật Hòa giải/Chung", "Luật Hòa giải/Chung"), items.stream().map(m -> m.get("category")).toList());
        assertEquals("Hiệu lực", items.get(0).get("title"));
    }

    @Test
    void a_file_with_mistakes_writes_nothing_and_lists_every_line() {
        long bank = t.bank(t.api(trainer), commune, "Ngân hàng lỗi");
        HttpResponse<String> r = t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "loi.gift", utf8(BAD_GIFT), Map.of());
        assertEquals(422, r.statusCode(), r.body());
        List<?> errors = (List<?>) t.read(r.body()).get("errors");
        assertEquals(List.of(3, 5), errors.stream().map(e -> ((Map<?, ?>) e).get("line")).toList(), r.body());
        assertTrue(((Map<?, ?>) errors.get(1)).get("message").toString().startsWith("không có đáp án đúng"), r.body());
        assertEquals(0L, t.fixtures.queryLong("select count(*) from question where bank_id = ?", bank));

        HttpResponse<String> page = t.pages(trainer).postFile("/banks/" + bank + "/import", "loi.gift", utf8(BAD_GIFT), Map.of());
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("Chưa nhập câu hỏi nào: tệp có 2 lỗi cần sửa."), page.body());
        assertTrue(page.body().contains("<tr><td>5</td><td>không có đáp án đúng"), page.body());
    }

    @Test
    void aiken_comes_from_a_txt_file_or_the_format_field() {
        long bank = t.bank(t.api(trainer), commune, "Ngân hàng Aiken");
        assertEquals("{\"created\":1}", t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "aiken.txt",
                utf8(AIKEN), Map.of()).body());
        assertEquals("{\"created\":1}", t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "cau-hoi.dat",
                utf8(AIKEN), Map.of("format", "aiken")).body());
        HttpResponse<String> unknown = t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "cau-hoi.doc", utf8(AIKEN), Map.of());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Không nhận ra định dạng của tệp \\\"cau-hoi.doc\\\""), unknown.body());
    }

    @Test
    void pasted_gift_text_is_imported_from_the_page() {
        long bank = t.bank(t.api(trainer), commune, "Ngân hàng dán");
        Web page = t.pages(trainer);
        assertEquals(200, page.get("/banks/" + bank + "/import").statusCode());
        HttpResponse<String> r = page.postFile("/banks/" + bank + "/import", "", new byte[0], Map.of("text", GIFT, "format", ""));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/banks/" + bank + "?imported=2", r.headers().firstValue("Location").orElseThrow());
        assertTrue(page.get("/banks/" + bank + "?imported=2").body().contains("Đã nhập 2 câu hỏi vào ngân hàng."));

        HttpResponse<String> empty = page.postFile("/banks/" + bank + "/import", "", new byte[0], Map.of("text", ""));
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Chưa chọn tệp hoặc dán nội dung câu hỏi."), empty.body());
    }

    @Test
    void gift_export_imported_into_a_new_bank_gives_identical_questions() {
        Web api = t.api(trainer);
        long source = t.bank(api, commune, "Ngân hàng nguồn");
        for (String q : RoundTripQuestions.ALL) {
            t.question(api, source, q);
        }
        HttpResponse<String> export = t.pages(trainer).get("/banks/" + source + "/export.gift");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains("bank-" + source + ".gift"));

        long copy = t.bank(api, commune, "Ngân hàng bản sao");
        HttpResponse<String> imported = api.postFile("/api/v1/banks/" + copy + "/import", "nguon.gift",
                utf8(export.body()), Map.of());
        assertEquals("{\"created\":" + RoundTripQuestions.ALL.size() + "}", imported.body(), export.body());
        assertEquals(questions(api, source), questions(api, copy), export.body());
    }

    @Test
    void xlsx_rows_with_mistakes_are_listed_by_row_and_nothing_is_written() throws IOException {
        long bank = t.bank(t.api(trainer), commune, "Ngân hàng Excel lỗi");
        byte[] sheet = sheet(List.of(
                List.of("Luật Hòa giải ở cơ sở có hiệu lực năm nào?", "2013", "2014", "", "B", "Hòa giải", "Dễ"),
                List.of("Câu thiếu đáp án", "A1", "A2", "", "", "", ""),
                List.of("Câu chỉ có một phương án", "Một", "", "", "A", "", "")));
        HttpResponse<String> r = t.api(trainer).postFile("/api/v1/banks/" + bank + "/import", "cau-hoi.xlsx", sheet, Map.of());
        assertEquals(422, r.statusCode(), r.body());
        List<?> errors = (List<?>) t.read(r.body()).get("errors");
        assertEquals(List.of(3, 4), errors.stream().map(e -> ((Map<?, ?>) e).get("row")).toList(), r.body());
        assertEquals(0L, t.fixtures.queryLong("select count(*) from question where bank_id = ?", bank));

        HttpResponse<String> page = t.pages(trainer).postFile("/banks/" + bank + "/import", "cau-hoi.xlsx", sheet, Map.of());
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("<th scope=\"col\">Hàng</th>"), page.body());
    }

    @Test
    void xlsx_export_and_the_template_import_back() {
        Web api = t.api(trainer);
        long source = t.bank(api, commune, "Ngân hàng Excel");
        t.single(api, source, "Câu một?", "\"category\":\"Chủ đề A\",\"difficulty\":\"EASY\"");
        t.single(api, source, "Câu hai?", "");
        HttpResponse<byte[]> export = t.pages(trainer).getBytes("/banks/" + source + "/export.xlsx");
        assertEquals(200, export.statusCode());
        long copy = t.bank(api, commune, "Ngân hàng Excel bản sao");
        assertEquals("{\"created\":2}", api.postFile("/api/v1/banks/" + copy + "/import", "ban-sao.xlsx", export.body(), Map.of()).body());
        List<Map<String, Object>> items = t.items(api.get("/api/v1/banks/" + copy + "/questions").body());
        assertEquals(List.of("Câu một?", "Câu hai?"), items.stream().map(m -> m.get("excerpt")).toList());
        assertEquals("Chủ đề A", items.get(0).get("category"));
        assertEquals("EASY", items.get(0).get("difficulty"));

        HttpResponse<byte[]> template = t.pages(trainer).getBytes("/banks/import-template.xlsx");
        assertEquals(200, template.statusCode());
        assertEquals("attachment; filename=\"mau-nhap-cau-hoi.xlsx\"", template.headers().firstValue("Content-Disposition").orElseThrow());
        long fromTemplate = t.bank(api, commune, "Ngân hàng từ tệp mẫu");
        assertEquals("{\"created\":3}", api.postFile("/api/v1/banks/" + fromTemplate + "/import", "mau.xlsx", template.body(), Map.of()).body());
    }

    /** A question sheet with the template's Vietnamese headers (options A–C). */
    private static byte[] sheet(List<List<String>> rows) throws IOException {
        List<String> header = List.of("Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Đáp án đúng", "Chủ đề", "Độ khó");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Câu hỏi");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    ws.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    /** Each question of the bank as the API shows it, without what differs between banks (ids, versions, times). */
    private List<Map<String, Object>> questions(Web api, long bank) {
        return t.items(api.get("/api/v1/banks/" + bank + "/questions?size=200").body()).stream().map(item -> {
            Map<String, Object> q = new HashMap<>(t.read(api.get("/api/v1/banks/" + bank + "/questions/" + item.get("id")).body()));
            q.keySet().removeAll(List.of("id", "bankId", "versions"));
            return q;
        }).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
