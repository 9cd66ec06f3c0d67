package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The downloadable templates: readable by Excel, with the header, examples and guide, and importable as they are. */
@MicronautTest(transactional = false)
class ImportTemplatesTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    @Test
    void both_templates_carry_the_header_and_examples_and_import_the_same_two_people() throws Exception {
        Fixtures fx = new Fixtures(context);
        ImportDb db = new ImportDb(context);
        String commune = Fixtures.unique("XT");
        String manager = fx.account("MANAGER", fx.unit(fx.rootId(), commune, "Xã Mẫu", "COMMUNE"));
        Web web = new Web(server.getURI()).login(manager, Fixtures.PASSWORD);
        HttpResponse<String> csvDownload = web.get("/people/import/template.csv");
        assertEquals("attachment; filename=\"mau-danh-sach-nguoi.csv\"", csvDownload.headers().firstValue("Content-Disposition").orElseThrow());
        byte[] csv = csvDownload.body().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> xlsxDownload = web.get("/people/import/template.xlsx");
        assertEquals(200, xlsxDownload.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsxDownload.headers().firstValue("Content-Type").orElseThrow());
        // the shared test client reads bodies as text, so the workbook's bytes come from the generator itself
        byte[] xlsx = context.getBean(ImportTemplates.class).xlsx(commune, Messages.VI);

        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("\uFEFF" + RosterFiles.CSV_HEADER + "\r\n"), csvText);
        assertTrue(csvText.contains(",\"Cán bộ, công chức, viên chức; Báo cáo viên\","), csvText);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Danh sách", "Hướng dẫn"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(RosterFiles.HEADER, rows.get(0).stream().map(c -> c.getText()).toList());
            assertEquals(3, rows.size());
            String guide = sheets.get(1).read().stream().map(r -> r.getCellText(0) + "=" + r.getCellText(2)).toList().toString();
            assertTrue(guide.contains("Hòa giải viên=HGV, MEDIATOR"), guide);
        }

        // examples are placed in the downloader's unit, so the templates import as they are, the same either way
        HttpResponse<String> first = web.postFile("/people/import", "mau.csv", csv, Map.of());
        assertEquals("/people/import?created=2&updated=0", first.headers().firstValue("Location").orElseThrow(), first.body());
        HttpResponse<String> second = web.postFile("/people/import", "mau.xlsx", xlsx, Map.of());
        assertEquals("/people/import?created=0&updated=0", second.headers().firstValue("Location").orElseThrow(), second.body());
        assertEquals("Hà Thị Bình|ha thi binh|1990-11-20|FEMALE|Tày|0987654321|∅|" + commune
                + "|Tổ trưởng tổ hòa giải|2025-01-01|∅ [MEDIATOR|∅|2024-06-10, TRAINER|COMMUNE|∅]", db.person("NV002"));
    }

    @Test
    void a_learner_cannot_open_the_import_page_or_templates() {
        Fixtures fx = new Fixtures(context);
        Web web = new Web(server.getURI()).login(fx.account("LEARNER", fx.rootId()), Fixtures.PASSWORD);
        assertEquals(403, web.get("/people/import").statusCode());
        assertEquals(403, web.get("/people/import/template.xlsx").statusCode());
    }
}
