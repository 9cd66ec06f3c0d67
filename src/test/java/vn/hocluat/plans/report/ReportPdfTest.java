package vn.hocluat.plans.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.certificate.PdfReading;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard as a PDF report on {@link ReportScene}, and who may download either export. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class ReportPdfTest extends ReportWebTest {
    private PdfReading pdf(String query) {
        HttpResponse<byte[]> response = manager.getBytes("/plans/" + s.plan + "/report.pdf" + query);
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        return PdfReading.of(response.body());
    }

    /** The text with line breaks as spaces, so that wrapped table cells read as one phrase. */
    private static String flat(PdfReading pdf) {
        return pdf.text().replaceAll("\\s+", " ");
    }

    @Test
    void header_follows_the_periodic_report_form_with_diacritics() {
        PdfReading pdf = pdf("?unit=" + s.communeCode + "&date=2026-02-20");
        pdf.save("plan-report");
        String text = flat(pdf);
        for (String line : List.of("XÃ KON CHIÊNG", "Số: ……/BC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "……, ngày 20 tháng 02 năm 2026", "BÁO CÁO",
                "Kết quả thực hiện Kế hoạch số 15/KH-UBND ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng về thực hiện Đề án "
                        + "“Chuyển đổi số” <PBGDPL> & hòa giải trên địa bàn xã",
                "(Số liệu tính đến ngày 20/02/2026)", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Nơi nhận:",
                "- Ủy ban nhân dân xã Kon Chiêng (để báo cáo);", "NGƯỜI LẬP BÁO CÁO", "Nguyễn Thị Hạnh")) {
            assertTrue(text.contains(line), line + " not in: " + text);
        }
        assertEquals(595, Math.round(pdf.width()));
        assertEquals(842, Math.round(pdf.height()));
        assertTrue(pdf.notEmbedded().isEmpty(), pdf.notEmbedded().toString());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("NotoSerif")), pdf.fonts().toString());
    }

    @Test
    void targets_table_shows_the_dashboards_values_and_the_reported_figure_with_its_source() {
        String text = flat(pdf("?date=2026-02-20"));
        assertTrue(text.contains("1 " + ReportScene.T1_LABEL + " Tỷ lệ được tập huấn, bồi dưỡng · Cả kế hoạch Từ 60% trở lên 66,67% (2/3) – Đạt"),
                text);
        assertTrue(text.contains("2 Mức độ hài lòng của người dân đạt 90% Tỷ lệ người dân tiếp cận thông tin pháp luật trên môi trường số · Cả kế hoạch Từ 90% trở lên – 92,5% ngày 15/02/2026 "
                + "Nguồn: " + ReportScene.SOURCE + " Đạt (theo số liệu báo cáo)"), text);
        assertTrue(text.contains("Cả kế hoạch 80–90% 66,67% (2/3) – Đúng tiến độ"), text);
        assertTrue(!text.contains("#"), "a character missing from the font prints as #: " + text);
    }

    @Test
    void annex_has_a_table_per_target_with_the_unit_and_its_child_units() {
        String text = flat(pdf("?date=2026-02-20"));
        String annex = text.substring(text.indexOf("II. PHỤ LỤC: KẾT QUẢ THEO ĐƠN VỊ"));
        assertTrue(annex.contains("Chỉ tiêu 1. " + ReportScene.T1_LABEL), annex);
        assertTrue(annex.contains("Xã Kon Chiêng (toàn đơn vị) 66,67% (2/3) – Đạt 1 Thôn 1 Kon Bơ 66,67% (2/3) – Đạt "
                + "2 Thôn 2 Đăk Pơ – – Chưa có số liệu"), annex);
        assertTrue(annex.contains("2 Thôn 2 Đăk Pơ – 85% ngày 10/02/2026 Nguồn: Sổ theo dõi Có nguy cơ không đạt (theo số liệu báo cáo)"),
                annex);
        assertTrue(annex.contains("Chỉ tiêu 3. Từ 80% đến 90% cán bộ được tập huấn"), annex);
    }

    @Test
    void a_unit_without_children_gets_a_note_instead_of_the_annex_tables() {
        String text = flat(pdf("?unit=" + s.cf.quiz.text("select code from unit where id = ?", s.village1) + "&date=2026-02-20"));
        assertTrue(text.contains("THÔN 1 KON BƠ"), text);
        assertTrue(text.contains("Thôn 1 Kon Bơ không có đơn vị trực thuộc; kết quả của đơn vị xem tại mục I."), text);
    }

    @Test
    void manager_of_another_commune_or_province_and_learners_cannot_download_either_report() {
        long otherCommune = s.cf.quiz.commune(s.province);
        long otherProvince = s.cf.quiz.province();
        for (String username : List.of(s.cf.fixtures.account("MANAGER", otherCommune), s.cf.fixtures.account("MANAGER", otherProvince),
                s.cf.fixtures.account("LEARNER", s.commune))) {
            Web web = new Web(server.getURI()).login(username, Fixtures.PASSWORD);
            for (String file : List.of("report.xlsx", "report.pdf")) {
                int status = web.getBytes("/plans/" + s.plan + "/" + file + "?date=2026-02-20").statusCode();
                assertTrue(status == 403 || status == 404, username + " " + file + " → " + status);
            }
        }
    }

    @Test
    void staff_of_a_village_get_the_report_at_their_village_and_not_above_it() {
        String village = s.cf.quiz.text("select code from unit where id = ?", s.village2);
        Web trainer = new Web(server.getURI()).login(s.cf.fixtures.account("TRAINER", s.village2), Fixtures.PASSWORD);
        HttpResponse<byte[]> own = trainer.getBytes("/plans/" + s.plan + "/report.pdf?date=2026-02-20");
        assertEquals(200, own.statusCode());
        assertEquals("attachment; filename=\"bao-cao-ke-hoach-" + s.plan + "-" + village + "-2026-02-20.pdf\"",
                own.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(403, trainer.getBytes("/plans/" + s.plan + "/report.xlsx?unit=" + s.communeCode).statusCode());
    }

    @Test
    void unit_outside_the_plan_is_refused_and_unknown_plan_is_not_found() {
        String elsewhere = s.cf.quiz.text("select code from unit where id = ?", s.cf.quiz.commune(s.province));
        assertEquals(403, manager.getBytes("/plans/" + s.plan + "/report.pdf?unit=" + elsewhere).statusCode());
        assertEquals(404, manager.getBytes("/plans/0/report.xlsx").statusCode());
    }

    @Test
    void unreadable_date_is_a_bad_request_with_a_vietnamese_message() {
        for (String file : List.of("report.xlsx", "report.pdf")) {
            HttpResponse<String> response = manager.get("/plans/" + s.plan + "/" + file + "?date=20-02-2026");
            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("Tham số &quot;date&quot; phải là ngày dạng yyyy-MM-dd (ví dụ 2026-11-23), không phải &quot;20-02-2026&quot;."), response.body());
        }
    }
}
