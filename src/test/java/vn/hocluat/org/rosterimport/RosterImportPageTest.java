package vn.hocluat.org.rosterimport;

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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import page: upload form, every row error on a refused file, counts after a written one. */
@MicronautTest(transactional = false)
class RosterImportPageTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    Scene scene;
    ImportDb db;
    String communeA;
    String villageA;
    String communeB;
    String managerA;

    @BeforeAll
    void units() {
        scene = new Scene(context);
        db = new ImportDb(context);
        ImportScene units = ImportScene.create(scene);
        communeA = units.communeA();
        villageA = units.villageA();
        communeB = units.communeB();
        managerA = units.managerA();
    }

    @Test
    void good_csv_creates_every_person_with_exact_values_and_shows_the_counts() {
        String c1 = Fixtures.unique("NV");
        String c2 = Fixtures.unique("NV");
        String c3 = Fixtures.unique("NV");
        byte[] file = RosterFiles.csv(RosterFiles.CSV_HEADER,
                c1 + ",Nguyễn Thị Ánh Tuyết,05/09/1988,Nữ,Kinh,0912 345 678,tuyet@example.vn," + communeA
                        + ",Công chức Tư pháp,\"Cán bộ, công chức, viên chức; Hòa giải viên\",,12/03/2024,01/01/2025,",
                c2 + ",Đặng  Văn Đức,1/2/1975,Nam,Ba Na,+84987654321,," + villageA
                        + ",Trưởng thôn,Tập huấn viên;bao cao vien,tỉnh,,,31/12/2030",
                c3 + ",Lò Thị Hương,,khac,Thái,,," + communeA + ",,,,,15/06/2025,");
        Web web = scene.pages(managerA);

        HttpResponse<String> r = web.postFile("/people/import", "danh-sach.csv", file, Map.of());

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/people/import?created=3&updated=0", r.headers().firstValue("Location").orElseThrow());
        assertTrue(web.get("/people/import?created=3&updated=0").body()
                .contains("Đã nhập xong: thêm mới 3 người, cập nhật 0 người."));
        assertEquals("Nguyễn Thị Ánh Tuyết|nguyen thi anh tuyet|1988-09-05|FEMALE|Kinh|0912345678|tuyet@example.vn|"
                + communeA + "|Công chức Tư pháp|2025-01-01|∅ [MEDIATOR|∅|2024-03-12, OFFICIAL|∅|∅]", db.person(c1));
        assertEquals("Đặng Văn Đức|dang van duc|1975-02-01|MALE|Ba Na|+84987654321|∅|" + villageA
                + "|Trưởng thôn|" + vn.hocluat.platform.text.Dates.today() + "|2030-12-31 [REPORTER|∅|∅, TRAINER|PROVINCIAL|∅]",
                db.person(c2));
        assertEquals("Lò Thị Hương|lo thi huong|∅|OTHER|Thái|∅|∅|" + communeA + "|∅|2025-06-15|∅ []", db.person(c3));
    }

    @Test
    void page_lists_the_columns_accepted_values_and_templates() {
        Web web = scene.pages(managerA);
        String page = web.get("/people/import").body();
        assertTrue(page.contains("<input id=\"file\" name=\"file\" type=\"file\" accept=\".csv,.xlsx\""), page);
        assertTrue(page.contains("href=\"/people/import/template.xlsx\""), page);
        assertTrue(page.contains("href=\"/people/import/template.csv\""), page);
        assertTrue(page.contains("<td>Ngày công nhận hòa giải viên</td>"), page);
        assertTrue(page.contains("<td>Cán bộ, công chức, viên chức</td><td>CBCCVC, CBCC, OFFICIAL</td>"), page);
    }
}
