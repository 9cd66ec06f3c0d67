package vn.hocluat.plans.dashboard;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /plans/{id}/dashboard: the cards, the reported figures, the trend, the child table, the date field, scope. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
class DashboardPagesTest extends DashboardWebTest {
    String url(long unit) {
        return "/plans/" + s.plan + "/dashboard?unit=" + s.code(unit) + "&date=" + DashboardScene.DATE;
    }

    static String card(String page, long target) {
        int from = page.indexOf("id=\"target-" + target + "\"");
        assertTrue(from > 0, "card of target " + target);
        return page.substring(page.lastIndexOf("<article", from), page.indexOf("</article>", from));
    }

    /** The child unit names of the table, in row order. */
    static List<String> childOrder(String page) {
        String table = page.substring(page.indexOf("<table id=\"children\">"), page.indexOf("</table>", page.indexOf("<table id=\"children\">")));
        Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(table);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void commune_card_shows_the_measured_share_with_its_count_and_status() {
        HttpResponse<String> res = provinceManager.get(url(s.communeA));
        assertEquals(200, res.statusCode(), res.body());
        String card = card(res.body(), s.t1);
        assertTrue(card.startsWith("<article class=\"kpi-card\" id=\"target-" + s.t1
                + "\" data-metric=\"TRAINED_SHARE\" data-status=\"ON_TRACK\">"), card);
        assertTrue(card.contains("<span class=\"kpi-value\">66,67 %</span>"), card);
        assertTrue(card.contains("<span class=\"kpi-count\">2/3</span>"), card);
        assertTrue(card.contains("Đúng tiến độ"), card);
        assertTrue(card.contains("Chỉ tiêu: 80 %"), card);
    }

    @Test
    void province_card_and_the_reported_figure_beside_a_target_without_population() {
        String page = provinceManager.get(url(s.province)).body();
        assertTrue(card(page, s.t1).contains("<span class=\"kpi-value\">50 %</span>"), page);
        assertTrue(card(page, s.t1).contains("<span class=\"kpi-count\">2/4</span>"), page);
        String t2 = card(page, s.t2);
        assertTrue(t2.contains("data-metric=\"CITIZEN_REACH_SHARE\" data-status=\"NO_DATA\""), t2);
        assertTrue(t2.contains("<span class=\"kpi-value\">—</span>"), t2);
        assertTrue(t2.contains("<span class=\"kpi-count\">0/0</span>"), t2);
        String reported = t2.substring(t2.indexOf("<div class=\"kpi-reported\">"));
        assertTrue(reported.contains("<strong>60 %</strong>"), reported);
        assertTrue(reported.contains("tính đến ngày 15/01/2026"), reported);
        assertTrue(reported.contains("Nguồn: Báo cáo số 5/BC-UBND"), reported);
        assertTrue(reported.contains("Chậm tiến độ"), reported);
        assertFalse(page.contains("70 %"), "a figure reported after the day is not shown");
    }

    @Test
    void cards_are_grouped_with_the_current_phase_first_then_the_whole_plan_then_later_phases() {
        String page = provinceManager.get(url(s.province)).body();
        int phase1 = page.indexOf("<h2>Giai đoạn 1 <span class=\"hint\">(giai đoạn đang thực hiện)</span></h2>");
        int whole = page.indexOf("<h2>Chỉ tiêu chung của kế hoạch</h2>");
        int phase2 = page.indexOf("<h2>Giai đoạn 2</h2>");
        assertTrue(phase1 > 0 && phase1 < whole && whole < phase2, page);
        assertTrue(page.indexOf("id=\"target-" + s.t1 + "\"") < page.indexOf("id=\"target-" + s.t3 + "\""));
        assertTrue(page.indexOf("id=\"target-" + s.t3 + "\"") < whole && whole < page.indexOf("id=\"target-" + s.t2 + "\""));
    }

    @Test
    void trend_has_one_point_per_month_end_and_the_day_with_a_text_alternative() {
        String card = card(provinceManager.get(url(s.communeA)).body(), s.t1);
        Matcher dots = Pattern.compile("<circle class=\"trend-pt\"").matcher(card);
        int n = 0;
        while (dots.find()) {
            n++;
        }
        assertEquals(14, n, card);
        assertTrue(card.contains("Giá trị theo tháng: 31/01/2025 0 %; 28/02/2025 0 %; 31/03/2025 33,33 %;"), card);
        assertTrue(card.contains("31/01/2026 66,67 %; 20/02/2026 66,67 %</title>"), card);
        assertFalse(card(provinceManager.get(url(s.communeA)).body(), s.t4).contains("<svg"), "phase 2 has not begun");
    }

    @Test
    void child_table_sorts_by_a_target_ascending_and_descending_with_units_without_value_last() {
        String page = provinceManager.get(url(s.province)).body();
        assertEquals(List.of("Xã An", "Xã Bình", "Xã Cát"), childOrder(page));
        assertTrue(page.contains("<div class=\"table-wrap\">\n<table id=\"children\">"), page);
        String asc = provinceManager.get(url(s.province) + "&sort=" + s.t1 + "&dir=asc").body();
        assertEquals(List.of("Xã Bình", "Xã An", "Xã Cát"), childOrder(asc));
        assertTrue(asc.contains("aria-sort=\"ascending\"><a href=\"/plans/" + s.plan + "/dashboard?unit=" + s.code(s.province)
                + "&date=20/02/2026&sort=" + s.t1 + "&dir=desc\" title=\"80% cán bộ được tập huấn\">1. 80% cán bộ được tập huấn</a>"), asc);
        String desc = provinceManager.get(url(s.province) + "&sort=" + s.t1 + "&dir=desc").body();
        assertEquals(List.of("Xã An", "Xã Bình", "Xã Cát"), childOrder(desc));
        // a target without a measured value (no population) sorts by the reported figures: Cát 80, An 40, Bình none
        String byReported = provinceManager.get(url(s.province) + "&sort=" + s.t2 + "&dir=desc").body();
        assertEquals(List.of("Xã Cát", "Xã An", "Xã Bình"), childOrder(byReported));
        assertEquals(List.of("Xã An", "Xã Cát", "Xã Bình"),
                childOrder(provinceManager.get(url(s.province) + "&sort=" + s.t2 + "&dir=asc").body()));
        assertTrue(byReported.contains("<span class=\"cell-reported\" title=\"Số liệu báo cáo\">(BC) 40 %</span>"), byReported);
        assertTrue(byReported.contains("<span class=\"cell-value\">66,67 %</span> <span class=\"status st-ON_TRACK\">Đúng tiến độ</span>"));
    }

    @Test
    void child_unit_links_to_its_own_dashboard_and_the_breadcrumb_back_up() {
        String page = provinceManager.get(url(s.province)).body();
        String drill = "<th scope=\"row\"><a href=\"/plans/" + s.plan + "/dashboard?unit=" + s.code(s.communeA)
                + "&date=20/02/2026\">Xã An</a></th>";
        assertTrue(page.contains(drill), page);
        String village = provinceManager.get(url(s.village)).body();
        assertTrue(village.contains("<li><a href=\"/plans/" + s.plan + "/dashboard?unit=" + s.code(s.province) + "&date=20/02/2026\">"), village);
        assertTrue(village.contains("<a href=\"/plans/" + s.plan + "/dashboard?unit=" + s.code(s.communeA) + "&date=20/02/2026\">Xã An</a>"), village);
        assertTrue(village.contains("<span aria-current=\"page\">Thôn 1</span>"), village);
    }

    @Test
    void export_links_and_the_default_day_from_the_clock() {
        String page = provinceManager.get("/plans/" + s.plan + "/dashboard").body();
        String code = s.code(s.province);
        assertTrue(page.contains("id=\"export-xlsx\" class=\"button secondary\" href=\"/plans/" + s.plan + "/report.xlsx?unit=" + code + "&date=2026-02-20\""), page);
        assertTrue(page.contains("id=\"export-pdf\" class=\"button secondary\" href=\"/plans/" + s.plan + "/report.pdf?unit=" + code + "&date=2026-02-20\""), page);
        assertTrue(page.contains("name=\"date\" value=\"20/02/2026\""), page);
        var xlsx = provinceManager.getBytes("/plans/" + s.plan + "/report.xlsx?unit=" + code + "&date=2026-02-20");
        assertEquals(200, xlsx.statusCode(), "the reports feature answers the link");
    }

    @Test
    void bad_date_is_a_field_error_not_a_failure() {
        HttpResponse<String> res = provinceManager.get("/plans/" + s.plan + "/dashboard?date=31/02/2026");
        assertEquals(422, res.statusCode(), res.body());
        assertTrue(res.body().contains("<p class=\"field-error\" id=\"d-date-error\">Ngày &quot;31/02/2026&quot; không hợp lệ:"
                + " ghi theo dạng ngày/tháng/năm, ví dụ 20/02/2026.</p>"), res.body());
        assertTrue(res.body().contains("name=\"date\" value=\"31/02/2026\""), res.body());
        assertTrue(res.body().contains("aria-invalid=\"true\""), res.body());
        assertFalse(res.body().contains("kpi-card"), res.body());
    }

    @Test
    void cards_link_to_the_persons_behind_their_number_where_the_metric_has_persons() {
        String page = provinceManager.get(url(s.province)).body();
        String base = "/plans/" + s.plan + "/dashboard/targets/";
        assertTrue(card(page, s.t1).contains("<a href=\"" + base + s.t1 + "/persons?unit=" + s.code(s.province)
                + "&date=20/02/2026&which=untrained\">Chưa được tập huấn</a>"), page);
        assertTrue(card(page, s.t4).contains("which=pending\">Sắp đến hạn</a>"), page);
        assertFalse(card(page, s.t3).contains("/persons"), "activities have no person list");
        assertFalse(card(page, s.t2).contains("/persons"), "no metric yet");
    }

    @Test
    void plan_page_and_plan_list_link_to_the_dashboard() {
        String link = "href=\"/plans/" + s.plan + "/dashboard\"";
        assertTrue(provinceManager.get("/plans/" + s.plan).body().contains(link));
        assertTrue(provinceManager.get("/plans").body().contains(link));
    }

    @Test
    void manager_of_another_commune_or_province_and_learners_are_refused() {
        Web managerB = as("MANAGER", s.communeB);
        assertEquals(403, managerB.get(url(s.communeA)).statusCode());
        assertEquals(403, managerB.get(url(s.province)).statusCode());
        assertEquals(200, managerB.get(url(s.communeB)).statusCode());
        Web otherProvince = as("MANAGER", s.cf.quiz.province());
        assertEquals(403, otherProvince.get("/plans/" + s.plan + "/dashboard").statusCode());
        assertEquals(403, otherProvince.get(url(s.communeA)).statusCode());
        assertEquals(403, as("LEARNER", s.communeA).get(url(s.communeA)).statusCode());
        assertEquals(404, provinceManager.get("/plans/" + s.plan + "/dashboard?unit=KHONG-CO").statusCode());
    }
}
