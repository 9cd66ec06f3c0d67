package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/people/import with a bearer token: counts, re-import, every row error, scope. */
@MicronautTest(transactional = false)
class RosterImportApiTest implements TestDatabase {
    static final String API = "/api/v1/people/import";
    @Inject
    ApplicationContext context;
    @Inject
    JsonMapper json;

    Scene scene;
    Fixtures fx;
    ImportDb db;
    String communeA;
    String communeB;
    String managerA;
    String managerB;

    @BeforeAll
    void units() {
        scene = new Scene(context);
        fx = scene.fixtures;
        db = new ImportDb(context);
        ImportScene units = ImportScene.create(scene);
        communeA = units.communeA();
        communeB = units.communeB();
        managerA = units.managerA();
        managerB = units.managerB();
    }

    Web api(String username) {
        return scene.api(username);
    }

    List<String> errors(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        try {
            return json.readValue(r.body(), Argument.of(RosterImportApi.ImportErrors.class)).errors().stream()
                    .map(e -> e.row() + " | " + e.column() + " | " + e.message()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reimporting_the_same_file_changes_nothing_and_a_changed_row_counts_as_one_update() {
        String c1 = Fixtures.unique("NV");
        String c2 = Fixtures.unique("NV");
        String row1 = c1 + ",Nguyễn Văn An,15/03/1985,Nam,Kinh,0912345678,an@example.vn," + communeA + ",Chuyên viên,CBCCVC; Báo cáo viên,,,01/01/2025,";
        String row2 = c2 + ",Hà Thị Bình,20/11/1990,Nữ,Tày,,," + communeA + ",,Hòa giải viên,,10/06/2024,01/01/2025,";
        Web web = api(managerA);

        HttpResponse<String> first = web.postFile(API, "ds.csv", RosterFiles.csv(RosterFiles.CSV_HEADER, row1, row2), Map.of());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("{\"created\":2,\"updated\":0}", first.body());
        String stamps = db.rows("select updated_at from person where code in (?, ?) order by code", c1, c2).toString();

        HttpResponse<String> again = web.postFile(API, "ds.csv", RosterFiles.csv(RosterFiles.CSV_HEADER, row1, row2), Map.of());
        assertEquals("{\"created\":0,\"updated\":0}", again.body());
        assertEquals(stamps, db.rows("select updated_at from person where code in (?, ?) order by code", c1, c2).toString());

        String row2WithAnotherGroup = row2.replace("Hòa giải viên,,10/06/2024", "Hòa giải viên; Giáo viên,,10/06/2024");
        HttpResponse<String> changed = web.postFile(API, "ds.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, row1, row2WithAnotherGroup), Map.of());
        assertEquals("{\"created\":0,\"updated\":1}", changed.body());
        assertEquals("Hà Thị Bình|ha thi binh|1990-11-20|FEMALE|Tày|∅|∅|" + communeA
                + "|∅|2025-01-01|∅ [MEDIATOR|∅|2024-06-10, TEACHER|∅|∅]", db.person(c2));

        HttpResponse<String> promoted = web.postFile(API, "ds.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, row1.replace("Chuyên viên", "Trưởng phòng"), row2WithAnotherGroup), Map.of());
        assertEquals("{\"created\":0,\"updated\":1}", promoted.body());
        assertEquals("Nguyễn Văn An|nguyen van an|1985-03-15|MALE|Kinh|0912345678|an@example.vn|" + communeA
                + "|Trưởng phòng|2025-01-01|∅ [OFFICIAL|∅|∅, REPORTER|∅|∅]", db.person(c1));
    }

    @Test
    void every_bad_row_is_listed_with_its_message_and_nothing_is_written() {
        String c1 = Fixtures.unique("NV");
        String c2 = Fixtures.unique("NV");
        String c3 = Fixtures.unique("NV");
        String c4 = Fixtures.unique("NV");
        String unknownUnit = Fixtures.unique("KHONGCO");
        byte[] file = RosterFiles.csv(RosterFiles.CSV_HEADER,
                c1 + ",,31/02/1990,X,Kinh,12345,khong-phai-email," + communeA + ",,Giáo viên; Thợ mộc,,,,",
                c2 + ",Trần Văn Bảo,01/01/2090,Nam,,,," + unknownUnit + ",,Tập huấn viên,,,,",
                c1 + ",Lê Văn Cường,,,,,," + communeA + ",,,,,,",
                c3 + ",Phạm Thị Dung,,,,,," + communeB + ",,Hòa giải viên,Xã,2024-13-01,,",
                c4 + ",Vũ Thị Em,,,,,," + communeA + ",,,,,01/06/2025,01/01/2025");
        long before = db.count("select count(*) from person");

        List<String> errors = errors(api(managerA).postFile(API, "ds.csv", file, Map.of()));

        assertEquals(List.of(
                "2 | Họ và tên | Thiếu Họ và tên: ô này bắt buộc phải điền",
                "2 | Ngày sinh | Ngày sinh \"31/02/1990\" không hợp lệ: cần dạng dd/MM/yyyy",
                "2 | Giới tính | Giới tính \"X\" không hợp lệ: cần Nam, Nữ hoặc Khác",
                "2 | Điện thoại | Điện thoại \"12345\" không hợp lệ: cần số điện thoại Việt Nam, ví dụ 0912345678 hoặc +84912345678",
                "2 | Email | Email \"khong-phai-email\" không hợp lệ: cần địa chỉ thư điện tử dạng ten@vidu.vn",
                "2 | Nhóm đối tượng | Nhóm đối tượng có giá trị không nhận ra \"Thợ mộc\": cần một hoặc nhiều nhóm Cán bộ, công chức, "
                        + "viên chức; Lực lượng vũ trang; Báo cáo viên; Tuyên truyền viên; Giáo viên; Hòa giải viên; Tập huấn viên; "
                        + "Người dân, phân cách bằng dấu chấm phẩy (;)",
                "3 | Ngày sinh | Ngày sinh \"01/01/2090\" là ngày trong tương lai: cần ngày không muộn hơn hôm nay",
                "3 | Mã đơn vị | Mã đơn vị \"" + unknownUnit + "\" không tồn tại: cần mã của một đơn vị đã có trong hệ thống",
                "3 | Cấp tập huấn viên | Thiếu Cấp tập huấn viên: bắt buộc với người thuộc nhóm Tập huấn viên (Trung ương, Tỉnh hoặc Xã)",
                "4 | Mã | Mã \"" + c1 + "\" bị trùng: có ở cả dòng 2 và dòng 4; mỗi người một mã, không lặp lại trong tệp",
                "5 | Mã đơn vị | Mã đơn vị \"" + communeB + "\" là đơn vị ngoài phạm vi quản lý của bạn: cần mã đơn vị của bạn hoặc đơn vị cấp dưới",
                "5 | Cấp tập huấn viên | Cấp tập huấn viên \"Xã\" chỉ điền cho người thuộc nhóm Tập huấn viên: thêm nhóm này hoặc để trống ô",
                "5 | Ngày công nhận hòa giải viên | Ngày công nhận hòa giải viên \"2024-13-01\" không hợp lệ: cần dạng dd/MM/yyyy",
                "6 | Hiệu lực đến | Hiệu lực đến \"01/01/2025\" không hợp lệ: cần ngày từ 01/06/2025 (Hiệu lực từ) trở đi"),
                errors);
        assertEquals(before, db.count("select count(*) from person"));
    }

    @Test
    void manager_of_commune_a_cannot_import_into_commune_b_by_api_or_page() {
        String code = Fixtures.unique("NV");
        byte[] file = RosterFiles.csv(RosterFiles.CSV_HEADER, code + ",Ngô Văn Phúc,,,,,," + communeB + ",,,,,,");

        assertEquals(List.of("2 | Mã đơn vị | Mã đơn vị \"" + communeB + "\" là đơn vị ngoài phạm vi quản lý của bạn: "
                + "cần mã đơn vị của bạn hoặc đơn vị cấp dưới"), errors(api(managerA).postFile(API, "ds.csv", file, Map.of())));
        HttpResponse<String> page = scene.pages(managerA).postFile("/people/import", "ds.csv", file, Map.of());
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("1 dòng lỗi, chưa ghi dữ liệu nào."), page.body());
        assertTrue(page.body().contains("<tr><td>2</td><td>Mã đơn vị</td><td>Mã đơn vị &quot;" + communeB
                + "&quot; là đơn vị ngoài phạm vi quản lý của bạn"), page.body());
        assertEquals(0, db.count("select count(*) from person where code = ?", code));
    }

    @Test
    void code_of_a_person_in_another_commune_is_refused_without_revealing_them() {
        String code = Fixtures.unique("NV");
        assertEquals(200, api(managerB).postFile(API, "b.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, code + ",Đỗ Thị Giang,02/02/1992,,,,," + communeB + ",,,,,,"), Map.of()).statusCode());

        List<String> errors = errors(api(managerA).postFile(API, "a.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, code + ",Người Khác,,,,,," + communeA + ",,,,,,"), Map.of()));

        assertEquals(List.of("2 | Mã | Mã \"" + code + "\" đã được dùng cho một người ngoài phạm vi quản lý của bạn: cần dùng mã khác"), errors);
        assertTrue(db.person(code).startsWith("Đỗ Thị Giang|"), db.person(code));
    }

    @Test
    void semicolon_separated_csv_and_xlsx_with_real_date_cells_are_imported() {
        String c1 = Fixtures.unique("NV");
        String c2 = Fixtures.unique("NV");
        byte[] csv = RosterFiles.csv(String.join(";", RosterFiles.HEADER),
                c1 + ";Bùi Thị Hạnh;07/08/1979;Nữ;Mường;;;" + communeA + ";;Cán bộ, công chức, viên chức, Tuyên truyền viên;;;;");
        assertEquals("{\"created\":1,\"updated\":0}", api(managerA).postFile(API, "ds.csv", csv, Map.of()).body());
        assertEquals("Bùi Thị Hạnh|bui thi hanh|1979-08-07|FEMALE|Mường|∅|∅|" + communeA + "|∅|" + vn.hocluat.platform.text.Dates.today()
                + "|∅ [OFFICIAL|∅|∅, PROPAGANDIST|∅|∅]", db.person(c1));

        byte[] xlsx = RosterFiles.xlsx(List.of(
                List.of("ma", "HO VA TEN", "Ngày sinh", "Mã đơn vị", "Nhóm đối tượng", "Ngày công nhận hòa giải viên",
                        "Hiệu lực từ", "Ghi chú"),
                List.of(c2, "Trịnh Văn Khải", LocalDate.of(1968, 12, 31), communeA, "HGV", LocalDate.of(2023, 4, 5),
                        LocalDate.of(2024, 1, 2), "cột lạ bị bỏ qua")));
        assertEquals("{\"created\":1,\"updated\":0}", api(managerA).postFile(API, "ds.xlsx", xlsx, Map.of()).body());
        assertEquals("Trịnh Văn Khải|trinh van khai|1968-12-31|∅|∅|∅|∅|" + communeA + "|∅|2024-01-02|∅ [MEDIATOR|∅|2023-04-05]",
                db.person(c2));
    }

    @Test
    void missing_columns_are_named_in_one_error() {
        List<String> errors = errors(api(managerA).postFile(API, "ds.csv",
                RosterFiles.csv("Họ và tên,Ngày sinh", "Nguyễn Văn An,01/01/1980"), Map.of()));
        assertEquals(List.of("1 | null | Thiếu cột bắt buộc: Mã, Mã đơn vị. Dòng 1 của tệp phải là tiêu đề cột, có ít nhất "
                + "các cột Mã, Họ và tên, Mã đơn vị (xem tệp mẫu)."), errors);
    }

    @Test
    void a_learner_may_not_import() {
        String learner = fx.account("LEARNER", fx.rootId());
        HttpResponse<String> r = api(learner).postFile(API, "ds.csv",
                RosterFiles.csv(RosterFiles.CSV_HEADER, "X,Y,,,,,," + communeA + ",,,,,,"), Map.of());
        assertEquals(403, r.statusCode(), r.body());
    }
}
