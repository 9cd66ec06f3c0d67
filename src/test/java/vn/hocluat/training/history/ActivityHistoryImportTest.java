package vn.hocluat.training.history;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.org.rosterimport.RosterFiles;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/v1/training/activities/import on a fixed day (20/02/2026): activities, participants, re-import, every error, scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class ActivityHistoryImportTest implements TestDatabase {
    static final String API = "/api/v1/training/activities/import";
    static final String HEADER = "Mã hoạt động,Mã đơn vị tổ chức,Tên hoạt động,Chủ đề,Hình thức,Ngày bắt đầu,Ngày kết thúc,"
            + "Địa điểm,Mã người,Điểm danh,Hoàn thành,Ngày hoàn thành";
    static final List<Object> XLSX_HEADER = List.of((Object[]) HEADER.split(","));
    @Inject
    ApplicationContext context;
    HistoryScene s;

    @BeforeAll
    void scene() {
        s = new HistoryScene(context);
    }

    HttpResponse<String> upload(String username, String filename, byte[] file) {
        return s.scene.api(username).postFile(API, filename, file, Map.of());
    }

    List<String> activities(String... keys) {
        return s.rows("""
                select a.external_ref, a.unit_id, a.title, a.topics, a.mode, a.starts_on, a.ends_on, a.location, a.origin
                from training_activity a where a.external_ref = any(?) order by a.external_ref""", (Object) keys);
    }

    List<String> participants(String key) {
        return s.rows("""
                select p.code, ap.status, ap.completed, ap.completed_on, ap.source from activity_participant ap
                join training_activity a on a.id = ap.activity_id join person p on p.id = ap.person_id
                where a.external_ref = ? order by p.code""", key);
    }

    List<Map<String, Object>> errors(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) s.scene.read(r.body()).get("errors");
        return errors;
    }

    static Map<String, Object> error(int row, String column, String message) {
        Map<String, Object> error = new HashMap<>();
        error.put("row", row);
        error.put("column", column);
        error.put("message", message);
        return error;
    }

    @Test
    void xlsx_file_creates_activities_with_participants_and_the_training_records() {
        String k1 = Fixtures.unique("HD");
        String k2 = Fixtures.unique("HD");
        byte[] file = RosterFiles.xlsx(List.of(XLSX_HEADER,
                List.of(k1, s.communeA, "Tập huấn Luật Hòa giải ở cơ sở", "hoa-giai-co-so, Luat-PBGDPL", "Trực tiếp",
                        LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16), "Hội trường xã", s.a1, "Có mặt", "Có", ""),
                List.of(k1, s.communeA, "Tập huấn Luật Hòa giải ở cơ sở", "hoa-giai-co-so, Luat-PBGDPL", "Trực tiếp",
                        LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16), "Hội trường xã", s.a2, "Vắng có phép", "Không", ""),
                List.of(k2, s.communeA, "Lớp trực tuyến chuyển đổi số", "chuyen-doi-so-pbgdpl", "ONLINE",
                        "10/04/2025", "10/04/2025", "", s.a1, "Có mặt", "Có", LocalDate.of(2025, 4, 11))));

        HttpResponse<String> r = upload(s.managerA, "lich-su.xlsx", file);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Map.of("created", 2, "updated", 0, "unchanged", 0, "participants", 3), s.scene.read(r.body()));
        assertEquals(List.of(
                k1 + "|" + s.communeAId + "|Tập huấn Luật Hòa giải ở cơ sở|{hoa-giai-co-so,luat-pbgdpl}|IN_PERSON|2025-03-15|2025-03-16|Hội trường xã|IMPORT",
                k2 + "|" + s.communeAId + "|Lớp trực tuyến chuyển đổi số|{chuyen-doi-so-pbgdpl}|ONLINE|2025-04-10|2025-04-10|null|IMPORT"),
                activities(k1, k2));
        assertEquals(List.of(s.a1 + "|PRESENT|true|null|IMPORT", s.a2 + "|EXCUSED|false|null|IMPORT"), participants(k1));
        assertEquals(List.of(s.a1 + "|PRESENT|true|2025-04-11|IMPORT"), participants(k2));
        assertEquals(List.of(
                "2025-03-16|{hoa-giai-co-so,luat-pbgdpl}|IN_PERSON|ACTIVITY",
                "2025-04-11|{chuyen-doi-so-pbgdpl}|ONLINE|ACTIVITY"),
                s.rows("""
                        select r.completed_on, r.topics, r.mode, r.kind from training_record r join person p on p.id = r.person_id
                        join training_activity a on a.id = r.source_id and r.kind = 'ACTIVITY'
                        where p.code = ? and a.external_ref in (?, ?) order by r.completed_on""", s.a1, k1, k2));

        HttpResponse<String> again = upload(s.managerA, "lich-su.xlsx", file);
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 2, "participants", 0), s.scene.read(again.body()));
        assertEquals(2, activities(k1, k2).size());
        assertEquals(2, participants(k1).size());
    }

    @Test
    void changed_status_on_reimport_updates_the_activity_and_adds_new_participants() {
        String k = Fixtures.unique("HD");
        String row = k + "," + s.communeA + ",Hội nghị phổ biến pháp luật,luat-pbgdpl,Kết hợp,01/06/2025,02/06/2025,Nhà văn hóa,";
        assertEquals(200, upload(s.managerA, "a.csv", RosterFiles.csv(HEADER, row + s.a1 + ",Vắng,Không,")).statusCode());

        HttpResponse<String> r = upload(s.trainerA, "a.csv", RosterFiles.csv(HEADER,
                row + s.a1 + ",Có mặt,Có,02/06/2025", row + s.a3 + ",Vắng,,"));

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Map.of("created", 0, "updated", 1, "unchanged", 0, "participants", 2), s.scene.read(r.body()));
        assertEquals(List.of(s.a1 + "|PRESENT|true|2025-06-02|IMPORT", s.a3 + "|ABSENT|false|null|IMPORT"), participants(k));
        assertEquals(1, activities(k).size());
    }

    @Test
    void every_error_is_reported_with_row_and_column_and_nothing_is_written() {
        String k1 = Fixtures.unique("HD");
        String k2 = Fixtures.unique("HD");
        String k3 = Fixtures.unique("HD");
        String a = k1 + "," + s.communeA + ",Tập huấn,luat-pbgdpl,Trực tiếp,15/03/2025,16/03/2025,,";
        byte[] file = RosterFiles.csv(HEADER,
                a + s.a1 + ",Có mặt,Có,",
                a + "KHONG-CO-AI,Có mặt,Có,",
                a + s.a1 + ",Có mặt,Không,",
                a + s.a2 + ",Vắng,Có,",
                a + s.a3 + ",Có mặt,Không,16/03/2025",
                k1 + "," + s.communeA + ",Tập huấn khác,luat-pbgdpl,Trực tiếp,15/03/2025,16/03/2025,Nhà văn hóa," + s.a3 + ",Có mặt,Có,",
                k2 + ",XA-KHONG-CO,Hội nghị,luat pbgdpl,Trực tuyến lớp,31/02/2025,10/03/2025,," + s.a1 + ",Có mặt,Có,",
                k3 + "," + s.communeA + ",Hội nghị,,Trực tuyến,10/03/2025,09/03/2025,," + s.a1 + ",Có mặt,Có,",
                k3 + "x," + s.communeA + ",Hội nghị,,Trực tuyến,19/02/2026,21/02/2026,," + s.a1 + ",Có mặt,Có,",
                k3 + "y," + s.communeA + ",,,Trực tuyến,10/02/2026,10/02/2026,," + s.a1 + ",Có,ừ,");

        List<Map<String, Object>> errors = errors(upload(s.managerA, "loi.csv", file));

        assertEquals(List.of(
                error(3, "Mã người", "Cột \"Mã người\": không có người mã \"KHONG-CO-AI\" trong danh sách các đơn vị bạn quản lý."),
                error(4, "Mã người", "Cột \"Mã người\": người mã \"" + s.a1 + "\" đã có ở dòng 2 cho cùng hoạt động \"" + k1 + "\"."),
                error(5, "Hoàn thành", "Cột \"Hoàn thành\": người không có mặt không thể được ghi là hoàn thành (\"Có\"); sửa cột Điểm danh thành Có mặt hoặc cột này thành Không."),
                error(6, "Ngày hoàn thành", "Cột \"Ngày hoàn thành\": có ngày hoàn thành 16/03/2025 nhưng cột Hoàn thành không ghi Có."),
                error(7, "Tên hoạt động", "Cột \"Tên hoạt động\" của hoạt động \"" + k1 + "\" khác với dòng 2: dòng 2 ghi \"Tập huấn\", dòng này ghi \"Tập huấn khác\". Các dòng cùng mã hoạt động phải giống nhau ở mọi cột của hoạt động."),
                error(7, "Địa điểm", "Cột \"Địa điểm\" của hoạt động \"" + k1 + "\" khác với dòng 2: dòng 2 ghi \"\", dòng này ghi \"Nhà văn hóa\". Các dòng cùng mã hoạt động phải giống nhau ở mọi cột của hoạt động."),
                error(7, "Mã người", "Cột \"Mã người\": người mã \"" + s.a3 + "\" đã có ở dòng 6 cho cùng hoạt động \"" + k1 + "\"."),
                error(8, "Chủ đề", "Cột \"Chủ đề\": \"luat pbgdpl\" không phải mã chủ đề hợp lệ; mã chủ đề gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ hoa-giai-co-so; nhiều chủ đề phân cách bằng dấu phẩy."),
                error(8, "Hình thức", "Cột \"Hình thức\": \"Trực tuyến lớp\" không phải hình thức hợp lệ; ghi Trực tiếp, Trực tuyến hoặc Kết hợp."),
                error(8, "Ngày bắt đầu", "Cột \"Ngày bắt đầu\": \"31/02/2025\" không phải ngày hợp lệ; ghi ngày dạng dd/MM/yyyy, ví dụ 15/03/2025."),
                error(9, "Ngày kết thúc", "Cột \"Ngày kết thúc\": ngày kết thúc 09/03/2025 sớm hơn ngày bắt đầu 10/03/2025."),
                error(10, "Ngày kết thúc", "Cột \"Ngày kết thúc\": ngày 21/02/2026 muộn hơn hôm nay (20/02/2026); chỉ nhập được hoạt động, kết quả đã diễn ra."),
                error(11, "Tên hoạt động", "Cột \"Tên hoạt động\" không được để trống."),
                error(11, "Điểm danh", "Cột \"Điểm danh\": \"Có\" không hợp lệ; ghi Có mặt, Vắng hoặc Vắng có phép."),
                error(11, "Hoàn thành", "Cột \"Hoàn thành\": \"ừ\" không hợp lệ; ghi Có hoặc Không.")),
                errors);
        assertEquals(List.of(), activities(k1, k2, k3, k3 + "x", k3 + "y"));
    }

    @Test
    void manager_of_commune_b_is_refused_rows_of_commune_a_without_learning_whether_they_exist() {
        String k = Fixtures.unique("HD");
        byte[] file = RosterFiles.csv(HEADER,
                k + "," + s.communeB + ",Tập huấn xã B,,Trực tiếp,15/03/2025,15/03/2025,," + s.b1 + ",Có mặt,Có,",
                k + "," + s.communeB + ",Tập huấn xã B,,Trực tiếp,15/03/2025,15/03/2025,," + s.a1 + ",Có mặt,Có,",
                k + "a," + s.communeA + ",Tập huấn xã A,,Trực tiếp,15/03/2025,15/03/2025,," + s.b1 + ",Có mặt,Có,");

        List<Map<String, Object>> errors = errors(upload(s.managerB, "b.csv", file));

        assertEquals(List.of(
                error(3, "Mã người", "Cột \"Mã người\": không có người mã \"" + s.a1 + "\" trong danh sách các đơn vị bạn quản lý."),
                error(4, "Mã đơn vị tổ chức", "Cột \"Mã đơn vị tổ chức\": không có đơn vị mã \"" + s.communeA + "\" trong phạm vi bạn quản lý.")),
                errors);
        assertEquals(List.of(), activities(k, k + "a"));
    }

    @Test
    void learners_cannot_import_activities_and_a_file_without_its_columns_is_refused() {
        byte[] file = RosterFiles.csv("Mã hoạt động,Tên hoạt động", "K,Tập huấn");
        assertEquals(403, upload(s.learnerA, "a.csv", file).statusCode());
        assertEquals(List.of(Map.of("row", 1, "message", "Thiếu cột bắt buộc ở dòng tiêu đề: Mã đơn vị tổ chức, Hình thức, Ngày bắt đầu, "
                + "Ngày kết thúc, Mã người, Điểm danh.")), errors(upload(s.trainerA, "a.csv", file)));
    }
}
