package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.mediation.cases.CasePeriod;
import vn.hocluat.mediation.cases.CaseReportService;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.Source;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * MEDIATION_SUCCESS_RATE counted by hand on 30/06/2026, plan window from 01/01/2026. Province P: commune A
 * (pilot; village V under it), commune B, commune C (only cases in progress); commune D of another province
 * (for the refresh).
 * Reports (received/successful/unsuccessful/in progress):
 * tA 01/2026 10/6/2/2; tA 02/2026 5/3/1/1 replaced by 6/4/1/1; tV Q1/2026 8/5/3/0;
 * tB 03/2026 4/1/3/0, 06/2026 3/2/0/1, 07/2026 9/9/0/0 (after the day); tB2 (inactive) 04/2026 2/2/0/0;
 * tC 05/2026 3/0/0/3.
 * A = 6+4+5 / (6+4+5)+(2+1+3) = 15/21; B = 1+2+2 / 5+3 = 5/8; C = 0/0; P = 20/29.
 */
@MicronautTest(transactional = false)
class MediationSuccessRateTest implements TestDatabase {
    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;
    @Inject
    KpiCatalogue catalogue;
    @Inject
    CaseReportService cases;
    @Inject
    TransactionOperations<Connection> tx;

    Fixtures fx;
    CurrentUser admin;
    long province;
    long communeA;
    long communeB;
    long communeC;
    long otherProvince;
    long communeD;
    long teamD;
    long plan;
    long all;
    long pilot;

    @BeforeAll
    void setUp() {
        fx = new Fixtures(context);
        admin = new CurrentUser(fx.queryLong("select id from account where username = 'admin'"), "admin", "admin", Role.ADMIN,
                fx.rootId());
        province = fx.unit(fx.rootId(), Fixtures.unique("T"), "Tỉnh Hòa Giải", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        long village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn Một", "VILLAGE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        communeC = fx.unit(province, Fixtures.unique("XC"), "Xã Cát", "COMMUNE");
        otherProvince = fx.unit(fx.rootId(), Fixtures.unique("T"), "Tỉnh Khác", "PROVINCE");
        communeD = fx.unit(otherProvince, Fixtures.unique("XD"), "Xã Đông", "COMMUNE");
        fx.queryLong("update unit set pilot = true where id = ? returning id", communeA);

        long tA = team(communeA, true);
        long tV = team(village, true);
        long tB = team(communeB, true);
        long tB2 = team(communeB, false);
        long tC = team(communeC, true);
        teamD = team(communeD, true);
        report(tA, CasePeriod.month(2026, 1), 10, 6, 2, 2);
        report(tA, CasePeriod.month(2026, 2), 5, 3, 1, 1);
        report(tA, CasePeriod.month(2026, 2), 6, 4, 1, 1);
        report(tV, CasePeriod.quarter(2026, 1), 8, 5, 3, 0);
        report(tB, CasePeriod.month(2026, 3), 4, 1, 3, 0);
        report(tB, CasePeriod.month(2026, 6), 3, 2, 0, 1);
        report(tB, CasePeriod.month(2026, 7), 9, 9, 0, 0);
        report(tB2, CasePeriod.month(2026, 4), 2, 2, 0, 0);
        report(tC, CasePeriod.month(2026, 5), 3, 0, 0, 3);

        plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '01/KH', date '2026-01-01', 'Kế hoạch hòa giải', 'UBND tỉnh', date '2026-01-01', date '2030-12-31', false)
                returning id""", province);
        all = target("ALL", "85");
        pilot = target("PILOT", "90");
    }

    @Test
    void rate_counts_the_current_reports_of_periods_inside_the_window_by_child() {
        TargetKpi k = kpi(all);
        assertEquals("20/29 68.97", figures(k.unit()));
        Map<Long, String> children = children(k);
        assertEquals("15/21 71.43", children.get(communeA));
        assertEquals("5/8 62.50", children.get(communeB));
    }

    @Test
    void only_cases_in_progress_is_an_empty_denominator() {
        TargetKpi.UnitKpi c = kpi(all).children().stream().filter(u -> u.unitId() == communeC).findFirst().orElseThrow();
        assertEquals("0/0 null", figures(c));
        assertEquals(KpiStatus.NO_DATA, c.status());
    }

    @Test
    void pilot_filter_counts_only_the_teams_of_pilot_communes() {
        TargetKpi k = kpi(pilot);
        assertEquals("15/21 71.43", figures(k.unit()));
        assertEquals("15/21 71.43", children(k).get(communeA));
        assertEquals("0/0 null", children(k).getOrDefault(communeB, "0/0 null"));
    }

    @Test
    void period_only_partly_inside_the_window_is_not_counted() {
        // window from 15/02/2026: January, February (from 01/02) and Q1 (from 01/01) are not wholly inside
        Map<Long, Count> counts = compute(spec("PHASE"), province);
        assertEquals(new Count(5, 8), counts.get(province));
        assertEquals(Count.EMPTY, counts.getOrDefault(communeA, Count.EMPTY));
        assertEquals(new Count(5, 8), counts.get(communeB));
    }

    @Test
    void a_replacing_report_refreshes_the_stored_count() {
        assertEquals(Count.EMPTY, compute(spec("PLAN"), otherProvince).getOrDefault(communeD, Count.EMPTY));
        report(teamD, CasePeriod.month(2026, 4), 5, 3, 1, 1);
        assertEquals(new Count(3, 4), compute(spec("PLAN"), otherProvince).get(communeD));
        report(teamD, CasePeriod.month(2026, 4), 5, 1, 3, 1);
        assertEquals(new Count(1, 4), compute(spec("PLAN"), otherProvince).get(communeD));
    }

    @Test
    void no_list_stands_behind_the_rate() {
        KpiMetric metric = catalogue.find("MEDIATION_SUCCESS_RATE").orElseThrow();
        assertEquals(List.of(), metric.personLists());
        Problem p = assertThrows(Problem.class, () -> metric.persons(null, null, DAY, PersonList.ALL, 1, 20));
        assertEquals(HttpStatus.BAD_REQUEST, p.status());
    }

    /** A target of the plan's dates; PHASE = the window from 15/02/2026. */
    private static TargetSpec spec(String window) {
        return new TargetSpec(0, 0, "MEDIATION_SUCCESS_RATE", "", new String[0], new String[0], new Long[0],
                window, null, new BigDecimal("85"), null, "ALL", new Long[0], 6, START, LocalDate.of(2026, 2, 15),
                LocalDate.of(2030, 12, 31), false);
    }

    private Map<Long, Count> compute(TargetSpec t, long unit) {
        UnitRef ref = new UnitRef(unit, "", "", fx.queryString("select path from unit where id = ?", unit),
                (int) fx.queryLong("select depth from unit where id = ?", unit));
        return tx.executeRead(s -> catalogue.find("MEDIATION_SUCCESS_RATE").orElseThrow().compute(t, ref, DAY));
    }

    private TargetKpi kpi(long target) {
        return kpis.kpis(admin, plan, province, DAY).stream().filter(k -> k.targetId() == target).findFirst().orElseThrow();
    }

    private static Map<Long, String> children(TargetKpi k) {
        return k.children().stream().collect(java.util.stream.Collectors.toMap(TargetKpi.UnitKpi::unitId,
                MediationSuccessRateTest::figures));
    }

    private static String figures(TargetKpi.UnitKpi u) {
        return u.numerator() + "/" + u.denominator() + " " + u.value();
    }

    private long team(long unit, boolean active) {
        return fx.queryLong("insert into mediation_team (unit_id, name, active) values (?, ?, ?) returning id",
                unit, Fixtures.unique("Tổ hòa giải "), active);
    }

    private void report(long team, CasePeriod period, int received, int successful, int unsuccessful, int inProgress) {
        cases.record(admin, new Entry(team, period, new Figures(received, successful, unsuccessful, inProgress), Source.PAGE, null));
    }

    private long target(String filter, String threshold) {
        return fx.queryLong("""
                insert into plan_target (plan_id, phase_id, position, label, metric, audience, topics, window_kind,
                    threshold, band_upper, unit_filter, course_ids)
                values (?, null, (select count(*) + 1 from plan_target where plan_id = ?), ?, 'MEDIATION_SUCCESS_RATE',
                    '{}'::text[], '{}'::text[], 'PLAN', ?::numeric, null, ?, '{}'::bigint[]) returning id""",
                plan, plan, "Tỷ lệ hòa giải thành " + filter, threshold, filter);
    }
}
