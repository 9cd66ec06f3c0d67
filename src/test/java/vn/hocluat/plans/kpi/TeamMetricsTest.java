package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.QuizFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TEAM_COMPLETE_SHARE and TEAM_SUPPORTED_SHARE counted by hand on 20/02/2026. Active teams: T1 (village
 * of A: 3 members incl. a woman, a lawyer), T2 (A, ethnic-minority area, all Kinh), T3 (A: the woman
 * left on 31/01, another joined on 15/02; shares a mediator with T1), T5 (B: complete, an external
 * supporter), T6 (B: the woman left the roster). T4 (B) is inactive. Commune E has no team.
 */
@MicronautTest(transactional = false)
class TeamMetricsTest implements TestDatabase {
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;

    QuizFixtures q;
    long province;
    long plan;
    long complete;
    long supported;
    long t1Woman;
    CurrentUser manager;

    @BeforeAll
    void setUp() {
        q = new QuizFixtures(context);
        Fixtures fx = q.fixtures;
        province = q.province();
        long communeA = fx.unit(province, Fixtures.unique("XA"), "Phường An", "COMMUNE");
        long village = fx.unit(communeA, Fixtures.unique("TA"), "Tổ dân phố 1", "VILLAGE");
        long communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        fx.unit(province, Fixtures.unique("XE"), "Xã Đông", "COMMUNE");
        manager = q.user("MANAGER", province);

        long t1 = team(village, true, false);
        t1Woman = person(communeB, "FEMALE", "Kinh", null);
        long shared = person(communeA, "MALE", "Kinh", null);
        member(t1, t1Woman, START, null);
        member(t1, shared, START, null);
        member(t1, person(village, "MALE", "Kinh", null), START, null);
        q.exec("insert into mediation_team_support (team_id, kind, external_name) values (?, 'LAWYER', 'Luật sư X')", t1);

        long t2 = team(communeA, true, true);
        member(t2, person(communeA, "FEMALE", "Kinh", null), START, null);
        member(t2, person(communeA, "MALE", "Kinh", null), START, null);
        member(t2, person(communeA, "MALE", null, null), START, null);

        long t3 = team(communeA, true, false);
        member(t3, person(communeA, "FEMALE", "Kinh", null), START, LocalDate.of(2026, 1, 31));
        member(t3, person(communeA, "FEMALE", "Kinh", null), LocalDate.of(2026, 2, 15), null);
        member(t3, shared, START, null);
        member(t3, person(communeA, "MALE", "Kinh", null), START, null);

        long t4 = team(communeB, false, false);
        member(t4, person(communeB, "FEMALE", "Kinh", null), START, null);
        member(t4, person(communeB, "MALE", "Kinh", null), START, null);
        member(t4, person(communeB, "MALE", "Kinh", null), START, null);
        q.exec("insert into mediation_team_support (team_id, kind, external_name) values (?, 'POLICE', 'Công an Y')", t4);

        long t5 = team(communeB, true, true);
        member(t5, person(communeB, "FEMALE", "Ê Đê", null), START, null);
        member(t5, person(communeB, "MALE", "Kinh", null), START, null);
        member(t5, person(communeB, "MALE", "Kinh", null), START, null);
        q.exec("insert into mediation_team_support (team_id, kind, external_name) values (?, 'JURIST', 'Luật gia Z')", t5);

        long t6 = team(communeB, true, false);
        member(t6, person(communeB, "FEMALE", "Kinh", LocalDate.of(2026, 1, 1)), START, null);
        member(t6, person(communeB, "MALE", "Kinh", null), START, null);
        member(t6, person(communeB, "MALE", "Kinh", null), START, null);

        plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '05/KH-UBND', date '2025-01-01', 'Kế hoạch hòa giải', 'UBND tỉnh', date '2025-01-01', date '2030-12-31', false)
                returning id""", province);
        long phase = fx.queryLong("insert into plan_phase (plan_id, position, name, starts_on, ends_on) values (?, 1, 'Giai đoạn 1', ?, ?) returning id",
                plan, START, LocalDate.of(2030, 12, 31));
        complete = target(phase, "TEAM_COMPLETE_SHARE", "100");
        supported = target(phase, "TEAM_SUPPORTED_SHARE", "10");
    }

    @Test
    void complete_share_counts_active_teams_by_members_active_on_the_day() {
        TargetKpi k = kpi(complete, DAY);
        // T1, T3, T5 of T1, T2, T3, T5, T6
        assertEquals("3/5 60.00", figures(k.unit()));
        assertEquals(List.of("2/3 66.67", "1/2 50.00", "0/0 null"), k.children().stream().map(TeamMetricsTest::figures).toList());
        assertEquals(KpiStatus.NO_DATA, k.children().get(2).status());
    }

    @Test
    void team_whose_woman_left_counts_again_once_another_woman_joined() {
        // 10/02/2026: T3 has the two men only
        assertEquals("2/5 40.00", figures(kpi(complete, LocalDate.of(2026, 2, 10)).unit()));
    }

    @Test
    void supported_share_counts_active_teams_with_a_supporter() {
        TargetKpi k = kpi(supported, DAY);
        assertEquals("2/5 40.00", figures(k.unit()));
        assertEquals(List.of("1/3 33.33", "1/2 50.00", "0/0 null"), k.children().stream().map(TeamMetricsTest::figures).toList());
    }

    @Test
    void roster_change_of_a_member_living_in_another_unit_refreshes_the_team_count() {
        assertEquals("3/5 60.00", figures(kpi(complete, DAY).unit()));
        q.exec("update person set gender = 'MALE' where id = ?", t1Woman);
        try {
            assertEquals("2/5 40.00", figures(kpi(complete, DAY).unit()));
        } finally {
            q.exec("update person set gender = 'FEMALE' where id = ?", t1Woman);
        }
        assertEquals("3/5 60.00", figures(kpi(complete, DAY).unit()));
    }

    @Test
    void team_metrics_have_no_person_list() {
        assertThrows(Problem.class, () -> new TeamSupportedShare(null).persons(null, null, DAY, PersonList.ALL, 1, 20));
        assertEquals(List.of(), new TeamCompleteShare(null).personLists());
    }

    private TargetKpi kpi(long target, LocalDate day) {
        return kpis.kpis(manager, plan, province, day).stream().filter(k -> k.targetId() == target).findFirst().orElseThrow();
    }

    private static String figures(TargetKpi.UnitKpi u) {
        return u.numerator() + "/" + u.denominator() + " " + u.value();
    }

    private long team(long unit, boolean active, boolean minorityArea) {
        return q.fixtures.queryLong("insert into mediation_team (unit_id, name, ethnic_minority_area, active) values (?, ?, ?, ?) returning id",
                unit, Fixtures.unique("Tổ"), minorityArea, active);
    }

    private long person(long unit, String gender, String ethnicity, LocalDate leftOn) {
        String code = Fixtures.unique("HG");
        return q.fixtures.queryLong("""
                insert into person (code, full_name, search_name, gender, ethnicity, unit_id, active_from, active_to)
                values (?, ?, ?, ?, ?, ?, date '2020-01-01', ?) returning id""", code, "Hòa giải viên " + code,
                "hoa giai vien " + code.toLowerCase(), gender, ethnicity, unit, leftOn);
    }

    private void member(long team, long person, LocalDate from, LocalDate to) {
        q.exec("insert into mediation_team_member (team_id, person_id, role, member_from, member_to) values (?, ?, 'MEMBER', ?, ?)",
                team, person, from, to);
    }

    private long target(long phase, String metric, String threshold) {
        return q.fixtures.queryLong("""
                insert into plan_target (plan_id, phase_id, position, label, metric, audience, topics, window_kind,
                    threshold, band_upper, unit_filter, course_ids)
                values (?, ?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, '{}'::text[], '{}'::text[], 'PLAN',
                    ?::numeric, null, 'ALL', '{}'::bigint[]) returning id""", plan, phase, plan, "Chỉ tiêu " + metric, metric, threshold);
    }
}
