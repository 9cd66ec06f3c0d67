package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.hocluat.plans.kpi.KpiScene.DAY;

/** Every training metric on {@link KpiScene} on 20/02/2026, with the values counted by hand there. */
@MicronautTest(transactional = false)
class KpiMetricsTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;

    KpiScene s;
    CurrentUser manager;

    @BeforeAll
    void setUp() {
        s = new KpiScene(context);
        manager = s.cf.quiz.user("MANAGER", s.province);
    }

    private TargetKpi kpi(long plan, long target, long unit, LocalDate day) {
        return kpis.kpis(manager, plan, unit, day).stream().filter(k -> k.targetId() == target).findFirst().orElseThrow();
    }

    private static void figures(TargetKpi.UnitKpi u, long num, long den, @Nullable String value, KpiStatus status) {
        String actual = u.unitName() + " " + u.numerator() + "/" + u.denominator() + " " + u.value() + " " + u.status();
        assertEquals(u.unitName() + " " + num + "/" + den + " " + value + " " + status, actual);
    }

    /** Children in name order: Phường An (A), Xã Bình (B), Xã Đông (E, nobody). */
    private static void children(TargetKpi k, String a, String b, String e) {
        List<String> rows = k.children().stream().map(u -> u.numerator() + "/" + u.denominator() + " " + u.value() + " " + u.status()).toList();
        assertEquals(List.of(a, b, e), rows);
    }

    @Test
    void trained_share_counts_each_active_roster_person_once_on_the_topics_in_the_window() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        // A: a1 (trained twice), a2, a4 (joined 01/02/2026), a5 (other topic), a6 (before the plan); a3 left. B: b1, b2 (not completed)
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        // p = 0 + 42.857 × 1094 / 415 = 112.98 ≥ 80
        figures(k.unit(), 3, 7, "42.86", KpiStatus.ON_TRACK);
        children(k, "2/5 40.00 ON_TRACK", "1/2 50.00 ON_TRACK", "0/0 null NO_DATA");
        assertNull(k.children().get(2).value());
    }

    @Test
    void village_without_trained_persons_is_behind_and_its_commune_rolls_it_up() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        TargetKpi k = kpi(s.plan, t, s.communeA, DAY);
        figures(k.unit(), 2, 5, "40.00", KpiStatus.ON_TRACK);
        assertEquals(1, k.children().size());
        // a4 alone, untrained: v(s) = 0, v(d) = 0 → p = 0 < 72
        figures(k.children().get(0), 0, 1, "0.00", KpiStatus.BEHIND);
    }

    @Test
    void person_in_two_audience_groups_is_counted_once() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL,MEDIATOR}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        // 7 officials + 5 mediators m1..m5 (a2 is both); trained a1, a2, b1, m1, m2, m5
        figures(kpi(s.plan, t, s.province, DAY).unit(), 6, 12, "50.00", KpiStatus.ON_TRACK);
    }

    @Test
    void band_target_is_met_at_its_lower_bound() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{MEDIATOR}", "{luat-pbgdpl}", "PLAN", "80", "90", "ALL", "{}");
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        assertEquals(0, k.bandUpper().compareTo(java.math.BigDecimal.valueOf(90)));
        // a2, m1, m2, m5 trained of a2, m1..m5
        figures(k.unit(), 4, 6, "66.67", KpiStatus.ON_TRACK);
        // A: a2, m1, m2 all trained = 100% ≥ 80 (the band's lower bound); B: m5 of m3, m4, m5 → p = 33.33 × 1094 / 415 = 87.87
        children(k, "3/3 100.00 MET", "1/3 33.33 ON_TRACK", "0/0 null NO_DATA");
    }

    @Test
    void urban_filter_counts_only_urban_units_and_a_village_inherits_its_commune_flag() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "URBAN", "{}");
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        figures(k.unit(), 2, 5, "40.00", KpiStatus.ON_TRACK);
        children(k, "2/5 40.00 ON_TRACK", "0/0 null NO_DATA", "0/0 null NO_DATA");
    }

    @Test
    void pilot_and_listed_filters_count_the_flagged_or_listed_subtrees() {
        long pilot = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "PILOT", "{}");
        TargetKpi k = kpi(s.plan, pilot, s.province, DAY);
        figures(k.unit(), 1, 2, "50.00", KpiStatus.ON_TRACK);
        children(k, "0/0 null NO_DATA", "1/2 50.00 ON_TRACK", "0/0 null NO_DATA");

        long listed = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "LISTED", "{}");
        s.cf.quiz.exec("update plan_target set unit_ids = array[?]::bigint[] where id = ?", s.communeA, listed);
        figures(kpi(s.plan, listed, s.province, DAY).unit(), 2, 5, "40.00", KpiStatus.ON_TRACK);
    }

    @Test
    void months_window_counts_only_the_last_months() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{MEDIATOR}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        s.cf.quiz.exec("update plan_target set window_kind = 'MONTHS', window_months = 3 where id = ?", t);
        // [21/11/2025, 20/02/2026]: m2 (01/12/2025) and m5 (05/01/2026); a2 (10/10/2025) and m1 (15/09/2025) are older
        figures(kpi(s.plan, t, s.province, DAY).unit(), 2, 6, "33.33", KpiStatus.ON_TRACK);
    }

    @Test
    void date_before_the_phase_measures_from_the_plan_start_as_a_baseline_with_no_data_status() {
        long t = s.target(s.plan, s.phase2, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PHASE", "100", null, "ALL", "{}");
        // the phase [01/01/2028, …] has not begun on 20/02/2026: the window is the plan's so far, as the PLAN target
        // of the same roster counts (3 of the 7 officials trained); the status is not a projection
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        assertEquals(LocalDate.of(2028, 1, 1), k.phaseStart());
        long plan = s.target(s.plan, s.phase2, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "100", null, "ALL", "{}");
        figures(kpi(s.plan, plan, s.province, DAY).unit(), 3, 7, "42.86", KpiStatus.NO_DATA);
        figures(k.unit(), 3, 7, "42.86", KpiStatus.NO_DATA);
    }

    @Test
    void online_participation_counts_records_and_hybrid_per_plan_setting() {
        // a1: in person + course (online); a2: imported in person; b1: online + hybrid
        long t = s.target(s.plan, s.phase1, "ONLINE_PARTICIPATION_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "75", null, "ALL", "{}");
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        figures(k.unit(), 3, 5, "60.00", KpiStatus.ON_TRACK);
        children(k, "1/3 33.33 ON_TRACK", "2/2 100.00 MET", "0/0 null NO_DATA");

        long n = s.target(s.planNoHybrid, null, "ONLINE_PARTICIPATION_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "75", null, "ALL", "{}");
        TargetKpi kn = kpi(s.planNoHybrid, n, s.province, DAY);
        // whole plan 2025–2030 as the phase: p = 40 × 2190 / 415 = 211
        figures(kn.unit(), 2, 5, "40.00", KpiStatus.ON_TRACK);
        children(kn, "1/3 33.33 ON_TRACK", "1/2 50.00 ON_TRACK", "0/0 null NO_DATA");
    }

    @Test
    void online_activity_share_counts_activities_cohorts_and_one_self_paced_activity_per_course_and_year() {
        // P: act1..act6, act9 (province, online), cohort of K1 in A, K1 self-paced 2025 (a1 in A, b3 in B: once), K1 2026 (b4)
        long t = s.target(s.plan, s.phase1, "ONLINE_ACTIVITY_SHARE", "{}", "{luat-pbgdpl}", "PLAN", "75", null, "ALL", "{}");
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        figures(k.unit(), 6, 10, "60.00", KpiStatus.ON_TRACK);
        // A: act1, act4, act5 in person; cohort, K1-2025 online. B: act2 online, act3 hybrid, act6 in person, K1-2025, K1-2026
        children(k, "2/5 40.00 ON_TRACK", "4/5 80.00 MET", "0/0 null NO_DATA");

        long n = s.target(s.planNoHybrid, null, "ONLINE_ACTIVITY_SHARE", "{}", "{luat-pbgdpl}", "PLAN", "75", null, "ALL", "{}");
        TargetKpi kn = kpi(s.planNoHybrid, n, s.province, DAY);
        figures(kn.unit(), 5, 10, "50.00", KpiStatus.ON_TRACK);
        children(kn, "2/5 40.00 ON_TRACK", "3/5 60.00 ON_TRACK", "0/0 null NO_DATA");
    }

    @Test
    void new_mediators_count_once_their_deadline_passed_and_the_others_are_listed_soonest_first() {
        long t = s.target(s.plan, s.phase1, "NEW_MEDIATOR_TRAINED_IN_TIME", "{MEDIATOR}", "{luat-pbgdpl}", "PLAN", "100", null, "ALL", "{}");
        // cohort: a2 (trained after the deadline), m1 (in time), m2 (late); m3, m4, m5 deadlines after the day
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        // v(s) = 0 (nobody recognised on 01/01/2025): p = 33.33 × 1094 / 415 = 87.87 < 0.9 × 100
        figures(k.unit(), 1, 3, "33.33", KpiStatus.BEHIND);
        children(k, "1/3 33.33 BEHIND", "0/0 null NO_DATA", "0/0 null NO_DATA");

        Paged<PersonRow> pending = kpis.persons(manager, s.plan, t, s.province, DAY, PersonList.PENDING, 1, 50);
        assertEquals(List.of("Người M3 2026-06-01", "Người M4 2026-07-10"),
                pending.items().stream().map(p -> p.fullName() + " " + p.deadline()).toList());
        Paged<PersonRow> late = kpis.persons(manager, s.plan, t, s.province, DAY, PersonList.UNTRAINED, 1, 50);
        assertEquals(List.of("Người A2", "Người M2"), late.items().stream().map(PersonRow::fullName).toList());
    }

    @Test
    void material_access_counts_first_openings_of_designated_courses_by_person_or_account_in_vietnam_days() {
        long t = s.target(s.plan, s.phase1, "MATERIAL_ACCESS_SHARE", "{MEDIATOR}", "{}", "PLAN", "100", null, "ALL", "{" + s.courseK1 + "}");
        // m1 (by person), m3 (by account, 23:30 on the day); m4 opened 00:30 the day after; m2 opened another course
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        figures(k.unit(), 2, 6, "33.33", KpiStatus.BEHIND);
        Paged<PersonRow> opened = kpis.persons(manager, s.plan, t, s.province, DAY, PersonList.COUNTED, 1, 50);
        assertEquals(List.of("Người M1", "Người M3"), opened.items().stream().map(PersonRow::fullName).toList());
    }

    @Test
    void untrained_persons_of_the_province_are_listed_by_page() {
        long t = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        Paged<PersonRow> page2 = kpis.persons(manager, s.plan, t, s.province, DAY, PersonList.UNTRAINED, 2, 2);
        assertEquals(4, page2.total());
        assertEquals(List.of("Người A6", "Người B2"), page2.items().stream().map(PersonRow::fullName).toList());
        Paged<PersonRow> inB = kpis.persons(manager, s.plan, t, s.communeB, DAY, PersonList.UNTRAINED, 1, 50);
        assertEquals(List.of("Người B2"), inB.items().stream().map(PersonRow::fullName).toList());
    }

    @Test
    void metric_without_a_bean_yet_shows_no_data() {
        long t = s.target(s.plan, s.phase1, "MEDIATION_SUCCESS_RATE", "{}", "{}", "PLAN", "85", null, "ALL", "{}");
        TargetKpi k = kpi(s.plan, t, s.province, DAY);
        assertEquals("null/null null NO_DATA", k.unit().numerator() + "/" + k.unit().denominator() + " " + k.unit().value() + " " + k.unit().status());
        assertEquals(KpiStatus.NO_DATA, k.children().get(0).status());
    }
}
