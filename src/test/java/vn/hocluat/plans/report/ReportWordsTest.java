package vn.hocluat.plans.report;

import org.junit.jupiter.api.Test;
import vn.hocluat.plans.Plan;
import vn.hocluat.platform.web.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sheet names Excel accepts, the plan's name in the report's subject, and numbers as the report prints them. */
class ReportWordsTest {
    private final ReportText vi = new ReportText(new Messages(), Messages.VI);

    @Test
    void sheet_names_are_cut_at_a_word_to_31_characters_without_forbidden_characters_and_unique() {
        SheetNames names = new SheetNames();
        assertEquals("Tổng hợp", names.next("Tổng hợp"));
        assertEquals("CT1 Ít nhất 80% cán bộ, công", names.next("CT1 Ít nhất 80% cán bộ, công chức được tập huấn"));
        assertEquals("CT2 Tỷ lệ 80 90 hòa giải viên", names.next("CT2 Tỷ lệ [80/90]: hòa giải viên*?"));
        assertEquals("CT3 Từ 80% đến 90% cán bộ được", names.next("CT3 Từ 80% đến 90% cán bộ được tập huấn"));
        assertEquals("tổng hợp (2)", names.next("tổng hợp"));
        assertEquals("Tiêu đề", names.next("'Tiêu đề'"));
        assertEquals("Sheet", names.next("[]"));
        assertEquals("CT4Rấtdàikhôngcókhoảngtrắngnàoc", names.next("CT4Rấtdàikhôngcókhoảngtrắngnàocả"));
        assertEquals(31, "CT4Rấtdàikhôngcókhoảngtrắngnàoc".length());
    }

    private static Plan plan(String docNumber, String title) {
        return new Plan(1, 1, "X", "Xã X", docNumber, LocalDate.of(2025, 3, 1), title, "Ủy ban nhân dân xã Kon Chiêng",
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), true, null, List.of(), List.of());
    }

    @Test
    void report_names_the_plan_by_number_date_issuer_and_subject() {
        assertEquals("Kế hoạch số 15/KH-UBND ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng về thực hiện Đề án “Chuyển đổi số”",
                PlanReference.of(vi, plan("15/KH-UBND", "Kế hoạch thực hiện Đề án “Chuyển đổi số”")));
        assertEquals("Kế hoạch ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng về triển khai Đề án",
                PlanReference.of(vi, plan("(không ghi số)", "KẾ HOẠCH: triển khai Đề án")));
        assertEquals("Kế hoạch ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng về tuyên truyền pháp luật",
                PlanReference.of(vi, plan("…/KH-UBND", "Kế hoạch về tuyên truyền pháp luật")));
        assertEquals("Kế hoạch số 7 ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng về Tuyên truyền pháp luật năm 2026",
                PlanReference.of(vi, plan("7", "Tuyên truyền pháp luật năm 2026")));
        assertEquals("Kế hoạch số 7 ngày 01/03/2025 của Ủy ban nhân dân xã Kon Chiêng",
                PlanReference.of(vi, plan("7", "Kế hoạch")));
    }

    @Test
    void percentages_have_two_decimals_and_figures_as_many_as_they_have() {
        assertEquals("66,67", vi.percent(new BigDecimal("66.666")));
        assertEquals("40,00", vi.percent(new BigDecimal("40")));
        assertEquals("1.234", vi.number(new BigDecimal("1234")));
        assertEquals("92,5", vi.number(new BigDecimal("92.50")));
        assertEquals("66.67", new ReportText(new Messages(), Messages.EN).percent(new BigDecimal("66.666")));
        assertEquals("80", ReportText.plain(new BigDecimal("80.0000")));
    }
}
