package vn.hocluat.training.history;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.org.rosterimport.RosterFiles;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/v1/training/completions/import on a fixed day (20/02/2026): with and without a course here, re-import, errors, scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class CompletionHistoryImportTest implements TestDatabase {
    static final String API = "/api/v1/training/completions/import";
    static final String HEADER = "Mã người,Tên khóa học,Mã khóa học trên HọcLuật,Chủ đề,Hình thức,Ngày hoàn thành,Nguồn";
    @Inject
    ApplicationContext context;
    HistoryScene s;
    CourseFixtures.CourseRef course;

    @BeforeAll
    void scene() {
        s = new HistoryScene(context);
        course = new CourseFixtures(context).course(s.provinceId, "INTERNAL", true, false);
    }

    HttpResponse<String> upload(String username, String filename, byte[] file) {
        return s.scene.api(username).postFile(API, filename, file, Map.of());
    }

    List<String> records(String source) {
        return s.rows("""
                select p.code, r.completed_on, r.topics, r.mode, r.kind, e.course_title, e.course_id
                from training_record r join external_completion e on e.id = r.source_id and r.kind = 'EXTERNAL'
                join person p on p.id = r.person_id where e.source = ? order by p.code, r.completed_on""", source);
    }

    @Test
    void completions_with_and_without_a_course_here_become_training_records_and_reimport_changes_nothing() {
        String source = Fixtures.unique("LMS Sở Tư pháp 2025");
        byte[] file = RosterFiles.xlsx(List.of(List.of((Object[]) HEADER.split(",")),
                List.of(s.a1, "Kỹ năng hòa giải", course.slug(), "", "", LocalDate.of(2025, 5, 20), source),
                List.of(s.a2, "Luật Phổ biến, giáo dục pháp luật", "", "luat-pbgdpl, hoa-giai-co-so", "Trực tiếp", "02/06/2025", source)));

        HttpResponse<String> r = upload(s.managerA, "ket-qua.xlsx", file);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Map.of("created", 2, "updated", 0, "unchanged", 0, "participants", 0), s.scene.read(r.body()));
        assertEquals(List.of(
                s.a1 + "|2025-05-20|{luat-pbgdpl}|ONLINE|EXTERNAL|Kỹ năng hòa giải|" + course.id(),
                s.a2 + "|2025-06-02|{luat-pbgdpl,hoa-giai-co-so}|IN_PERSON|EXTERNAL|Luật Phổ biến, giáo dục pháp luật|null"),
                records(source));

        HttpResponse<String> again = upload(s.managerA, "ket-qua.xlsx", file);
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 2, "participants", 0), s.scene.read(again.body()));

        HttpResponse<String> changed = upload(s.managerA, "ket-qua.csv", RosterFiles.csv(HEADER,
                s.a1 + ",Kỹ năng hòa giải," + course.slug() + ",,,20/05/2025," + source,
                s.a2 + ",\"Luật Phổ biến, giáo dục pháp luật\",,\"luat-pbgdpl, hoa-giai-co-so\",Trực tuyến,02/06/2025," + source));
        assertEquals(Map.of("created", 0, "updated", 1, "unchanged", 1, "participants", 0), s.scene.read(changed.body()));
        assertEquals(s.a2 + "|2025-06-02|{luat-pbgdpl,hoa-giai-co-so}|ONLINE|EXTERNAL|Luật Phổ biến, giáo dục pháp luật|null",
                records(source).get(1));
        assertEquals(2, records(source).size());
    }

    @Test
    void every_error_is_reported_and_nothing_is_written() {
        String source = Fixtures.unique("Nguồn");
        byte[] file = RosterFiles.csv(HEADER,
                s.a1 + ",Khóa A,khong-co-khoa-nay,,,20/05/2025," + source,
                s.a1 + ",Khóa B,,,,21/02/2026," + source,
                s.a2 + ",Khóa C,,,,01/05/2025," + source,
                s.a2 + ",Khóa C,,,Từ xa,01/05/2025," + source,
                s.b1 + ",Khóa D,,,,01/05/2025," + source,
                s.a3 + ",Khóa E,,,,1/13/2025,");

        HttpResponse<String> r = upload(s.managerA, "loi.csv", file);

        assertEquals(422, r.statusCode(), r.body());
        assertEquals(List.of(
                Map.of("row", 2, "column", "Mã khóa học trên HọcLuật", "message", "Cột \"Mã khóa học trên HọcLuật\": không có khóa học mã \"khong-co-khoa-nay\" trên HọcLuật; để trống cột này nếu khóa học chỉ có ở nền tảng khác."),
                Map.of("row", 3, "column", "Ngày hoàn thành", "message", "Cột \"Ngày hoàn thành\": ngày 21/02/2026 muộn hơn hôm nay (20/02/2026); chỉ nhập được hoạt động, kết quả đã diễn ra."),
                Map.of("row", 5, "column", "Hình thức", "message", "Cột \"Hình thức\": \"Từ xa\" không phải hình thức hợp lệ; ghi Trực tiếp, Trực tuyến hoặc Kết hợp."),
                Map.of("row", 6, "column", "Mã người", "message", "Cột \"Mã người\": không có người mã \"" + s.b1 + "\" trong danh sách các đơn vị bạn quản lý."),
                Map.of("row", 7, "column", "Ngày hoàn thành", "message", "Cột \"Ngày hoàn thành\": \"1/13/2025\" không phải ngày hợp lệ; ghi ngày dạng dd/MM/yyyy, ví dụ 15/03/2025."),
                Map.of("row", 7, "column", "Nguồn", "message", "Cột \"Nguồn\" không được để trống.")),
                s.scene.read(r.body()).get("errors"));
        assertEquals(List.of(), records(source));

        HttpResponse<String> twice = upload(s.managerA, "trung.csv", RosterFiles.csv(HEADER,
                s.a2 + ",Khóa C,,,,01/05/2025," + source, s.a2 + ",Khóa C,,,Trực tiếp,01/05/2025," + source));
        assertEquals(List.of(Map.of("row", 3, "column", "Mã người", "message", "Cột \"Mã người\": kết quả của người mã \""
                + s.a2 + "\", khóa \"Khóa C\", ngày 01/05/2025 đã có ở dòng 2 của tệp.")), s.scene.read(twice.body()).get("errors"));
        assertEquals(List.of(), records(source));
    }

    @Test
    void trainers_cannot_import_completions() {
        assertEquals(403, upload(s.trainerA, "a.csv", RosterFiles.csv(HEADER, s.a1 + ",Khóa,,,,01/05/2025,Nguồn")).statusCode());
    }
}
