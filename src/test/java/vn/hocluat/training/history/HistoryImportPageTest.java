package vn.hocluat.training.history;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.org.rosterimport.RosterFiles;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages /activities/import and /activities/completions-import: form, templates that import back, errors, redirect, roles. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class HistoryImportPageTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    HistoryScene s;

    @BeforeAll
    void scene() {
        s = new HistoryScene(context);
    }

    @Test
    void templates_have_the_vietnamese_headers_and_the_downloaders_unit() throws TableFormatException {
        Web manager = s.scene.pages(s.managerA);
        Table xlsx = TableReader.read("t.xlsx", manager.getBytes("/activities/import/template.xlsx").body());
        assertEquals(List.of("Mã hoạt động", "Mã đơn vị tổ chức", "Tên hoạt động", "Chủ đề", "Hình thức", "Ngày bắt đầu",
                "Ngày kết thúc", "Địa điểm", "Mã người", "Điểm danh", "Hoàn thành", "Ngày hoàn thành"), xlsx.header());
        assertEquals(s.communeA, xlsx.rows().get(0).cell(1));
        Table csv = TableReader.read("t.csv", manager.getBytes("/activities/completions-import/template.csv").body());
        assertEquals(List.of("Mã người", "Tên khóa học", "Mã khóa học trên HọcLuật", "Chủ đề", "Hình thức", "Ngày hoàn thành",
                "Nguồn"), csv.header());
        assertEquals(List.of("P-0001", "Bồi dưỡng kỹ năng hòa giải ở cơ sở", "", "hoa-giai-co-so", "Trực tuyến", "20/05/2025",
                "LMS Sở Tư pháp 2025"), csv.rows().get(0).cells());
    }

    @Test
    void page_upload_lists_errors_then_redirects_to_the_counts() {
        Web trainer = s.scene.pages(s.trainerA);
        HttpResponse<String> form = trainer.get("/activities/import");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Nhập hoạt động tập huấn đã diễn ra"), form.body());
        String k = Fixtures.unique("HD");
        String row = k + "," + s.communeA + ",Tập huấn,,Trực tiếp,15/03/2025,15/03/2025,,";

        HttpResponse<String> refused = trainer.postFile("/activities/import", "a.csv",
                RosterFiles.csv(ActivityHistoryImportTest.HEADER, row + s.b1 + ",Có mặt,Có,"), Map.of());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("1 dòng lỗi, chưa ghi dữ liệu nào."), refused.body());
        assertTrue(refused.body().contains("<td>2</td><td>Mã người</td>"), refused.body());

        HttpResponse<String> done = trainer.postFile("/activities/import", "a.csv",
                RosterFiles.csv(ActivityHistoryImportTest.HEADER, row + s.a1 + ",Có mặt,Có,"), Map.of());
        assertEquals(303, done.statusCode(), done.body());
        assertEquals("/activities/import?created=1&updated=0&unchanged=0", done.headers().firstValue("Location").orElseThrow());
        assertTrue(trainer.get("/activities/import?created=1&updated=0&unchanged=0").body()
                .contains("Đã nhập xong: thêm mới 1 hoạt động, cập nhật 0 hoạt động, 0 hoạt động không đổi."));
    }

    @Test
    void completions_page_is_for_managers_and_activities_page_not_for_learners() {
        assertEquals(200, s.scene.pages(s.managerA).get("/activities/completions-import").statusCode());
        assertEquals(403, s.scene.pages(s.trainerA).get("/activities/completions-import").statusCode());
        assertEquals(403, s.scene.pages(s.learnerA).get("/activities/import").statusCode());
        HttpResponse<String> empty = s.scene.pages(s.managerA).postMultipart("/activities/completions-import", List.of(), "file", null, new byte[0]);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Tệp không nhập được, chưa ghi dữ liệu nào. Chưa chọn tệp để tải lên."), empty.body());
    }
}
