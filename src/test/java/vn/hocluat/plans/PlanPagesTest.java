package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan pages: a plan, its phases and targets and a reported figure made through forms; errors; scope. */
@MicronautTest(transactional = false)
class PlanPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    PlanService plans;

    Scene scene;
    Fixtures fixtures;
    long province;
    long commune;
    long village;
    String villageCode;
    long other;

    @BeforeAll
    void setUp() {
        scene = new Scene(context);
        fixtures = scene.fixtures;
        province = scene.province("Tỉnh Trang");
        commune = scene.commune(province, "Xã Gò Dầu");
        villageCode = Fixtures.unique("KP");
        village = fixtures.unit(commune, villageCode, "Khu phố 1", "VILLAGE");
        other = scene.commune(province, "Xã Khác");
    }

    CurrentUser root() {
        return new CurrentUser(0, "t", "t", Role.ADMIN, fixtures.rootId());
    }

    long newPlan(Web web) {
        HttpResponse<String> r = web.postForm("/plans", Map.of("unitId", String.valueOf(commune), "docNumber", "12/KH-UBND",
                "docDate", "04/09/2025", "title", "Kế hoạch chuyển đổi số", "issuer", "UBND phường Gò Dầu",
                "startsOn", "01/01/2025", "endsOn", "31/12/2030", "note", "Ghi chú"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring("/plans/".length()));
    }

    @Test
    void manager_creates_plan_phases_targets_and_a_reported_figure_with_exact_values() {
        Web web = scene.pages(fixtures.account("MANAGER", commune));
        long id = newPlan(web);
        assertEquals(303, web.postForm("/plans/" + id + "/phases", Map.of("name", "Giai đoạn 01", "startsOn", "01/01/2025",
                "endsOn", "31/12/2027")).statusCode());
        assertEquals(303, web.postForm("/plans/" + id + "/phases", Map.of("name", "Giai đoạn 02", "startsOn", "01/01/2028",
                "endsOn", "31/12/2030")).statusCode());
        Map<String, String> target = new HashMap<>(Map.of("label", "Ít nhất 85% được tập huấn", "sourceRef", "Mục II.2.a",
                "metric", "TRAINED_SHARE", "phase", "1", "audience", "OFFICIAL", "topics", "chuyen-doi-so-pbgdpl, luat-pbgdpl",
                "window", "MONTHS", "windowMonths", "12", "threshold", "85", "bandUpper", "92,5"));
        target.put("unitFilter", "LISTED");
        target.put("unitIds", villageCode);
        target.put("params", "months=6; level=PROVINCIAL");
        assertEquals(303, web.postForm("/plans/" + id + "/targets", target).statusCode());

        Plan p = plans.get(root(), id);
        assertEquals(List.of("12/KH-UBND", "2025-09-04", "Kế hoạch chuyển đổi số", "UBND phường Gò Dầu", "2025-01-01",
                        "2030-12-31", "false", "Ghi chú"),
                List.of(p.docNumber(), p.docDate().toString(), p.title(), p.issuer(), p.startsOn().toString(),
                        p.endsOn().toString(), String.valueOf(p.hybridCountsOnline()), p.note()));
        assertEquals(List.of("1 Giai đoạn 01 2025-01-01 2027-12-31", "2 Giai đoạn 02 2028-01-01 2030-12-31"),
                p.phases().stream().map(x -> x.position() + " " + x.name() + " " + x.startsOn() + " " + x.endsOn()).toList());
        Plan.Target t = p.targets().get(0);
        assertEquals(List.of(1, "Ít nhất 85% được tập huấn", "Mục II.2.a", Metric.TRAINED_SHARE, List.of("OFFICIAL"),
                        List.of("chuyen-doi-so-pbgdpl", "luat-pbgdpl"), TargetWindow.MONTHS, 12, new BigDecimal("85"),
                        new BigDecimal("92.5"), UnitFilter.LISTED, List.of(village), Map.of("months", 6, "level", "PROVINCIAL")),
                List.of(t.phasePosition(p.phases()), t.label(), t.sourceRef(), t.metric(),
                        t.audience().stream().map(Enum::name).toList(), t.topics(), t.window(), t.windowMonths(), t.threshold(),
                        t.bandUpper(), t.unitFilter(), t.unitIds(), t.params()));

        HttpResponse<String> report = web.postForm("/plans/" + id + "/targets/" + t.id() + "/reports", Map.of(
                "unitId", String.valueOf(village), "asOf", "30/06/2026", "value", "64,5", "numerator", "129",
                "denominator", "200", "sourceNote", "Báo cáo 6 tháng của khu phố"));
        assertEquals(303, report.statusCode(), report.body());
        assertEquals(1L, fixtures.queryLong("""
                select count(*) from target_report where target_id = ? and unit_id = ? and value = 64.5 and numerator = 129
                and denominator = 200 and source_note = 'Báo cáo 6 tháng của khu phố' and as_of = date '2026-06-30'""",
                t.id(), village));
        String page = web.get("/plans/" + id).body();
        assertTrue(page.contains("Báo cáo 6 tháng của khu phố"), page);
        assertTrue(page.contains("85 – 92.5%"), page);
    }

    @Test
    void bad_forms_are_refused_with_their_messages_and_nothing_written() {
        Web web = scene.pages(fixtures.account("MANAGER", commune));
        long id = newPlan(web);
        HttpResponse<String> head = web.postForm("/plans", Map.of("unitId", String.valueOf(commune), "docNumber", "",
                "docDate", "32/13/2025", "title", "T", "issuer", "I", "startsOn", "01/01/2026", "endsOn", "31/12/2025"));
        assertEquals(422, head.statusCode());
        assertTrue(head.body().contains("Vui lòng nhập thông tin này."));
        assertTrue(head.body().contains("Ngày không đúng dạng dd/mm/yyyy."));
        assertTrue(head.body().contains("Ngày kết thúc phải từ ngày bắt đầu trở đi."));

        HttpResponse<String> phase = web.postForm("/plans/" + id + "/phases", Map.of("name", "Giai đoạn 1",
                "startsOn", "01/01/2024", "endsOn", "31/12/2027"));
        assertEquals(422, phase.statusCode());
        assertTrue(phase.body().contains("Giai đoạn phải nằm trong thời gian của kế hoạch (01/01/2025 – 31/12/2030)."), phase.body());

        Map<String, String> target = new HashMap<>(Map.of("label", "Chỉ tiêu", "metric", "TRAINED_SHARE", "window", "MONTHS",
                "threshold", "120", "bandUpper", "abc", "unitFilter", "LISTED", "params", "months"));
        HttpResponse<String> r = web.postForm("/plans/" + id + "/targets", target);
        assertEquals(422, r.statusCode());
        for (String message : List.of("Kỳ tính theo số tháng cần nhập số tháng (từ 1 trở lên).", "Tỷ lệ phải từ 0 đến 100.",
                "Số không hợp lệ.", "Hãy chọn ít nhất một đơn vị.",
                "Thiết lập ghi theo dạng khóa")) {
            assertTrue(r.body().contains(message), message);
        }
        target.putAll(Map.of("window", "PLAN", "threshold", "80", "bandUpper", "70", "unitFilter", "ALL", "params", "",
                "phase", "3"));
        HttpResponse<String> band = web.postForm("/plans/" + id + "/targets", target);
        assertTrue(band.body().contains("Cận trên phải lớn hơn hoặc bằng ngưỡng (cận dưới)."));
        assertTrue(band.body().contains("Kế hoạch không có giai đoạn số 3."));
        HttpResponse<String> report = web.postForm("/plans/" + id + "/targets/999999999/reports", Map.of("value", "1"));
        assertEquals(404, report.statusCode());
        assertEquals(0, plans.get(root(), id).phases().size() + plans.get(root(), id).targets().size());
    }

    @Test
    void manager_of_other_commune_is_refused_on_every_plan_route() {
        Web owner = scene.pages(fixtures.account("MANAGER", commune));
        long id = newPlan(owner);
        assertEquals(303, owner.postForm("/plans/" + id + "/phases", Map.of("name", "GĐ", "startsOn", "01/01/2025",
                "endsOn", "31/12/2027")).statusCode());
        long phaseId = plans.get(root(), id).phases().get(0).id();
        assertEquals(303, owner.postForm("/plans/" + id + "/targets", Map.of("label", "L", "metric", "SATISFACTION_SHARE",
                "window", "PLAN", "threshold", "90", "unitFilter", "ALL")).statusCode());
        long targetId = plans.get(root(), id).targets().get(0).id();

        Web stranger = scene.pages(fixtures.account("MANAGER", other));
        for (String path : List.of("/plans/" + id, "/plans/" + id + "/edit", "/plans/" + id + "/phases/new",
                "/plans/" + id + "/phases/" + phaseId + "/edit", "/plans/" + id + "/targets/new",
                "/plans/" + id + "/targets/" + targetId + "/edit")) {
            assertEquals(403, stranger.get(path).statusCode(), path);
        }
        Map<String, String> any = Map.of("name", "X", "label", "X", "metric", "SATISFACTION_SHARE", "threshold", "1",
                "unitId", String.valueOf(other), "asOf", "01/01/2026", "value", "1", "sourceNote", "x", "docNumber", "X");
        for (String path : List.of("/plans/" + id, "/plans/" + id + "/phases", "/plans/" + id + "/phases/" + phaseId,
                "/plans/" + id + "/phases/" + phaseId + "/delete", "/plans/" + id + "/targets",
                "/plans/" + id + "/targets/" + targetId, "/plans/" + id + "/targets/" + targetId + "/delete",
                "/plans/" + id + "/targets/" + targetId + "/reports")) {
            assertEquals(403, stranger.postForm(path, any).statusCode(), path);
        }
        Map<String, String> foreign = new HashMap<>(any);
        foreign.put("unitId", String.valueOf(commune));
        assertEquals(403, stranger.postForm("/plans", foreign).statusCode());
        assertTrue(!stranger.get("/plans").body().contains("/plans/" + id + "\""));
        assertTrue(owner.get("/plans").body().contains("/plans/" + id + "\""));
        Web trainer = scene.pages(fixtures.account("TRAINER", commune));
        assertEquals(200, trainer.get("/plans/" + id).statusCode());
        assertEquals(403, trainer.get("/plans/" + id + "/edit").statusCode());
        assertEquals(1, plans.get(root(), id).phases().size());
        assertEquals(0L, fixtures.queryLong("select count(*) from target_report where target_id = ?", targetId));
    }
}
