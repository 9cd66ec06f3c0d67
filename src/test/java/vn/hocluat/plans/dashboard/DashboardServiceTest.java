package vn.hocluat.plans.dashboard;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.plans.kpi.KpiPoint;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.UnitRef;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DashboardService: the reported figure of a day, the unit it opens at, the trail, the trend. */
@MicronautTest(transactional = false)
class DashboardServiceTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    DashboardService dashboards;

    DashboardScene s;

    @BeforeAll
    void setUp() {
        s = new DashboardScene(context);
    }

    private static CurrentUser manager(long unit) {
        return new CurrentUser(0, "m", "m", Role.MANAGER, unit);
    }

    private static Dashboard.Row row(Dashboard d, long target) {
        return d.targets().stream().filter(r -> r.target().id() == target).findFirst().orElseThrow();
    }

    @Test
    void latest_reported_figure_as_of_the_day_wins_and_later_ones_are_ignored() {
        Dashboard d = dashboards.of(manager(s.province), s.plan, null, DashboardScene.DAY);
        Dashboard.Reported r = row(d, s.t2).reportedAt(s.province);
        assertEquals(new BigDecimal("60"), r.value());
        assertEquals(LocalDate.of(2026, 1, 15), r.asOf());
        assertEquals("Báo cáo số 5/BC-UBND", r.sourceNote());
        assertEquals(KpiStatus.BEHIND, r.status());
        assertEquals(new BigDecimal("40"), row(d, s.t2).reportedAt(s.communeA).value());
        assertNull(row(d, s.t2).reportedAt(s.communeB));
        assertNull(row(d, s.t1).reportedAt(s.province));

        Dashboard before = dashboards.of(manager(s.province), s.plan, null, LocalDate.of(2026, 1, 14));
        assertEquals(new BigDecimal("50"), row(before, s.t2).reportedAt(s.province).value());
        assertNull(row(before, s.t2).reportedAt(s.communeA));
        Dashboard after = dashboards.of(manager(s.province), s.plan, null, LocalDate.of(2026, 3, 1));
        assertEquals(new BigDecimal("70"), row(after, s.t2).reportedAt(s.province).value());
    }

    @Test
    void opens_at_the_plans_unit_for_its_managers_and_at_their_own_unit_below_it() {
        Dashboard province = dashboards.of(manager(s.province), s.plan, null, DashboardScene.DAY);
        assertEquals(s.province, province.unit().id());
        assertEquals(List.of("Xã An", "Xã Bình", "Xã Cát"), province.children().stream().map(UnitRef::name).toList());
        Dashboard commune = dashboards.of(manager(s.communeA), s.plan, null, DashboardScene.DAY);
        assertEquals(s.communeA, commune.unit().id());
        assertEquals(List.of("Thôn 1"), commune.children().stream().map(UnitRef::name).toList());
    }

    @Test
    void trail_runs_from_the_plans_unit_down_to_the_unit() {
        Dashboard d = dashboards.of(manager(s.province), s.plan, s.code(s.village), DashboardScene.DAY);
        assertEquals(List.of(s.province, s.communeA, s.village), d.trail().stream().map(UnitRef::id).toList());
        Dashboard own = dashboards.of(manager(s.communeA), s.plan, null, DashboardScene.DAY);
        assertEquals(List.of(s.province, s.communeA), own.trail().stream().map(UnitRef::id).toList());
    }

    @Test
    void measured_figures_of_the_unit_and_its_children() {
        Dashboard d = dashboards.of(manager(s.province), s.plan, null, DashboardScene.DAY);
        var t1 = row(d, s.t1).kpi();
        assertEquals(2L, t1.unit().numerator());
        assertEquals(4L, t1.unit().denominator());
        assertEquals(new BigDecimal("50.00"), t1.unit().value());
        assertEquals(List.of("66.67 ON_TRACK", "0.00 BEHIND", "null NO_DATA"),
                t1.children().stream().map(c -> c.value() + " " + c.status()).toList());
        assertEquals("Giai đoạn 1", row(d, s.t1).phaseName());
        assertNull(row(d, s.t2).phaseName());
    }

    @Test
    void trend_has_every_month_end_from_the_phase_start_and_the_day_last() {
        Dashboard d = dashboards.of(manager(s.province), s.plan, s.code(s.communeA), DashboardScene.DAY);
        List<KpiPoint> points = dashboards.trend(manager(s.province), d, row(d, s.t1));
        assertEquals(14, points.size());
        assertEquals(LocalDate.of(2025, 1, 31), points.get(0).day());
        assertEquals(DashboardScene.DAY, points.get(13).day());
        // Đạt trained 05/03/2025, Ánh 10/06/2025: 0 in Jan–Feb, 1 of 3 in Mar–May, 2 of 3 from June
        assertEquals(List.of("0.00", "0.00", "33.33", "33.33", "33.33", "66.67"),
                points.subList(0, 6).stream().map(p -> p.value().toPlainString()).toList());
        assertEquals(List.of(), dashboards.trend(manager(s.province), d, row(d, s.t4)), "phase 2 has not begun");
        List<KpiPoint> reach = dashboards.trend(manager(s.province), d, row(d, s.t2));
        assertEquals(14, reach.size());
        assertTrue(reach.stream().allMatch(p -> p.value() == null), "no population: no value at any point");
    }

    @Test
    void trend_of_a_unit_outside_the_callers_subtree_is_refused() {
        Dashboard d = dashboards.of(manager(s.province), s.plan, s.code(s.communeA), DashboardScene.DAY);
        Problem p = assertThrows(Problem.class, () -> dashboards.trend(manager(s.communeB), d, row(d, s.t1)));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
    }
}
