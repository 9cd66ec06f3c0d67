package vn.hocluat.mediation.cases;

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

/** The unit list and a team's entry form: reports, replacing reports with their history, refusals, scope. */
@MicronautTest(transactional = false)
class CasePagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    Scene scene;
    Fixtures fx;
    long communeA;
    long teamVillage;
    long teamCommune;
    long teamB;
    String managerA;
    String managerB;
    String trainerA;

    @BeforeAll
    void setUp() {
        scene = new Scene(context);
        fx = scene.fixtures;
        long province = scene.province("Tỉnh Vụ Việc");
        communeA = scene.commune(province, "Xã An Phú");
        long village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn Một", "VILLAGE");
        long communeB = scene.commune(province, "Xã Bình Yên");
        teamVillage = team(village, "Tổ hòa giải thôn Một");
        teamCommune = team(communeA, "Tổ hòa giải xóm Hai");
        teamB = team(communeB, "Tổ hòa giải xã Bình Yên");
        managerA = fx.account("MANAGER", communeA);
        managerB = fx.account("MANAGER", communeB);
        trainerA = fx.account("TRAINER", communeA);
    }

    @Test
    void reports_entered_on_the_page_show_in_the_unit_list_with_the_sums() {
        Web web = scene.pages(managerA);
        HttpResponse<String> r = web.postForm("/mediation/cases/team/" + teamVillage, figures("10/2026", "12", "8", "2", "2"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/mediation/cases/team/" + teamVillage + "?period=2026-10&saved=1", r.headers().firstValue("Location").orElseThrow());
        assertEquals(303, web.postForm("/mediation/cases/team/" + teamCommune, figures("10/2026", "5", "3", "1", "1")).statusCode());

        String page = web.get("/mediation/cases?unit=" + communeA + "&period=2026-10").body();
        assertTrue(page.contains("Xã An Phú · Tháng 10/2026 (01/10/2026 – 31/10/2026)"), page);
        assertTrue(page.contains("2/2 tổ đã báo cáo kỳ này."), page);
        assertTrue(page.contains("<a href=\"/mediation/cases/team/" + teamVillage + "?period&#x3D;2026-10\">Tổ hòa giải thôn Một</a>"), page);
        assertTrue(page.contains("<td>12</td><td>8</td><td>2</td><td>2</td><td>80%</td>"), page);
        // sums: 17 received, 11 successful, 3 unsuccessful, 3 in progress; 11 ÷ 14 = 78,57%
        assertTrue(page.contains("<td>17</td><td>11</td><td>3</td><td>3</td><td>78,57%</td>"), page);
        assertTrue(!page.contains("Tổ hòa giải xã Bình Yên"), page);
    }

    @Test
    void a_later_report_for_the_period_replaces_the_earlier_and_the_history_shows_both() {
        Web web = scene.pages(managerA);
        assertEquals(303, web.postForm("/mediation/cases/team/" + teamCommune, figures("09/2026", "6", "4", "1", "1")).statusCode());
        HttpResponse<String> r = web.postForm("/mediation/cases/team/" + teamCommune, figures("9/2026", "7", "5", "1", "1"));
        assertEquals("/mediation/cases/team/" + teamCommune + "?period=2026-09&saved=2", r.headers().firstValue("Location").orElseThrow());

        String page = web.get("/mediation/cases/team/" + teamCommune + "?period=2026-09&saved=2").body();
        assertTrue(page.contains("Đã lưu báo cáo; báo cáo trước của kỳ này được thay thế và vẫn xem được trong lịch sử."), page);
        assertTrue(page.contains("<td>7</td><td>5</td><td>1</td><td>1</td>\n    <td>Đang dùng</td>"), page);
        assertTrue(page.contains("<td>6</td><td>4</td><td>1</td><td>1</td>\n    <td>Đã được thay thế</td>"), page);
        assertTrue(page.contains("value=\"7\""), page);
        assertEquals(2, fx.queryLong("select count(*) from mediation_case_report where team_id = ? and period_start = date '2026-09-01'", teamCommune));
        assertTrue(web.get("/mediation/cases?unit=" + communeA + "&period=2026-09").body()
                .contains("<td>7</td><td>5</td><td>1</td><td>1</td><td>83,33%</td>"));
    }

    @Test
    void figures_over_the_cases_received_are_refused_in_vietnamese_and_nothing_is_written() {
        Web web = scene.pages(managerA);
        HttpResponse<String> r = web.postForm("/mediation/cases/team/" + teamVillage, figures("03/2026", "4", "3", "2", "0"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tổng số vụ hòa giải thành, không thành và đang hòa giải không được lớn hơn số vụ việc tiếp nhận."), r.body());
        assertTrue(r.body().contains("value=\"4\""), r.body());

        HttpResponse<String> bad = web.postForm("/mediation/cases/team/" + teamVillage, figures("13/2026", "x", "3", "", "0"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("<p class=\"field-error\" id=\"period-error\">Kỳ báo cáo không hợp lệ: ghi tháng như 10/2026 hoặc quý như Q3/2026.</p>"), bad.body());
        assertTrue(bad.body().contains("<p class=\"field-error\" id=\"received-error\">Nhập một số nguyên từ 0 đến 100.000.</p>"), bad.body());
        assertTrue(bad.body().contains("<p class=\"field-error\" id=\"unsuccessful-error\">Nhập một số nguyên từ 0 đến 100.000.</p>"), bad.body());
        assertEquals(0, fx.queryLong("select count(*) from mediation_case_report where team_id = ? and period_start = date '2026-03-01'", teamVillage));
    }

    @Test
    void a_quarter_over_a_reported_month_is_refused_naming_the_month_and_the_reverse() {
        Web web = scene.pages(managerA);
        assertEquals(303, web.postForm("/mediation/cases/team/" + teamVillage, figures("08/2026", "3", "2", "1", "0")).statusCode());
        HttpResponse<String> r = web.postForm("/mediation/cases/team/" + teamVillage, figures("Q3/2026", "9", "5", "2", "2"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tổ đã có báo cáo kỳ 08/2026, trùng thời gian với kỳ Q3/2026: một khoảng thời gian chỉ báo cáo theo tháng hoặc theo quý, không cả hai."), r.body());

        assertEquals(303, web.postForm("/mediation/cases/team/" + teamCommune, figures("Q2/2026", "9", "5", "2", "2")).statusCode());
        HttpResponse<String> month = web.postForm("/mediation/cases/team/" + teamCommune, figures("05/2026", "1", "1", "0", "0"));
        assertEquals(422, month.statusCode());
        assertTrue(month.body().contains("Tổ đã có báo cáo kỳ Q2/2026, trùng thời gian với kỳ 05/2026"), month.body());
        assertEquals(0, fx.queryLong("select count(*) from mediation_case_report where team_id = ? and period_kind = 'QUARTER' and period_start = date '2026-07-01'", teamVillage));
    }

    @Test
    void manager_of_another_commune_cannot_read_or_enter_the_figures() {
        Web web = scene.pages(managerB);
        assertEquals(403, web.get("/mediation/cases?unit=" + communeA + "&period=2026-10").statusCode());
        assertEquals(403, web.get("/mediation/cases/team/" + teamVillage + "?period=2026-10").statusCode());
        assertEquals(403, web.postForm("/mediation/cases/team/" + teamVillage, figures("01/2026", "1", "1", "0", "0")).statusCode());
        assertEquals(0, fx.queryLong("select count(*) from mediation_case_report where team_id = ? and period_start = date '2026-01-01'", teamVillage));
        assertTrue(web.get("/mediation/cases").body().contains("Tổ hòa giải xã Bình Yên"));
    }

    @Test
    void trainer_cannot_open_the_case_pages() {
        Web web = scene.pages(trainerA);
        assertEquals(403, web.get("/mediation/cases").statusCode());
        assertEquals(403, web.get("/mediation/cases/team/" + teamVillage).statusCode());
        assertEquals(403, web.get("/mediation/cases/import").statusCode());
    }

    @Test
    void unreadable_period_in_the_address_is_a_clear_400() {
        HttpResponse<String> r = scene.pages(managerA).get("/mediation/cases?period=2026-13");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Kỳ báo cáo không hợp lệ"), r.body());
    }

    private static Map<String, String> figures(String period, String received, String successful, String unsuccessful,
                                               String inProgress) {
        return Map.of("period", period, "received", received, "successful", successful, "unsuccessful", unsuccessful,
                "inProgress", inProgress);
    }

    private long team(long unit, String name) {
        return fx.queryLong("insert into mediation_team (unit_id, name) values (?, ?) returning id", unit, name);
    }
}
