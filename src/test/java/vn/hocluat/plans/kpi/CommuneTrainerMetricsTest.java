package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.QuizFixtures;
import vn.hocluat.mediation.communes.CommuneService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;

import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * MODEL_COMMUNE_SHARE and TRAINER_RATIO counted by hand on 20/02/2026 in province P: commune A (with
 * village V), ward B, special zone C, commune D, and agency S (not of commune level).
 * Recognitions: A decided 01/05/2025 (in force); B decided 01/03/2026 (after the day); C decided
 * 10/01/2025, revoked 15/01/2026. Active teams: A 2 + V 1 (+ 1 inactive in A), B 2, C 1, D 3 = 9.
 * Trainers: s1 PROVINCIAL in S; a1 COMMUNE level in A; s2 PROVINCIAL in S who left on 31/01/2026;
 * s3 PROVINCIAL in S from 01/03/2026; m1 a mediator in A (not a trainer).
 */
@MicronautTest(transactional = false)
class CommuneTrainerMetricsTest implements TestDatabase {
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);

    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;
    @Inject
    CommuneService communes;

    QuizFixtures q;
    long province;
    long communeA;
    long wardB;
    long zoneC;
    long communeD;
    long agency;
    long plan;
    long modelShare;
    long modelPilot;
    long provincial;
    long anyLevel;
    long s1;
    CurrentUser manager;

    @BeforeAll
    void setUp() {
        q = new QuizFixtures(context);
        Fixtures fx = q.fixtures;
        province = q.province();
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        long village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn 1", "VILLAGE");
        wardB = fx.unit(province, Fixtures.unique("PB"), "Phường Bình", "WARD");
        zoneC = fx.unit(province, Fixtures.unique("DC"), "Đặc khu Cồn", "SPECIAL_ZONE");
        communeD = fx.unit(province, Fixtures.unique("XD"), "Xã Đông", "COMMUNE");
        agency = fx.unit(province, Fixtures.unique("STP"), "Sở Tư pháp", "AGENCY");
        manager = q.user("MANAGER", province);

        recognition(communeA, "2025-05-01", null);
        recognition(wardB, "2026-03-01", null);
        recognition(zoneC, "2025-01-10", "2026-01-15");

        team(communeA, true);
        team(communeA, true);
        team(village, true);
        team(communeA, false);
        team(wardB, true);
        team(wardB, true);
        team(zoneC, true);
        team(communeD, true);
        team(communeD, true);
        team(communeD, true);

        s1 = trainer(agency, "PROVINCIAL", "2025-01-01", null);
        trainer(communeA, "COMMUNE", "2025-01-01", null);
        trainer(agency, "PROVINCIAL", "2025-01-01", "2026-01-31");
        trainer(agency, "PROVINCIAL", "2026-03-01", null);
        long m1 = person(communeA, "2025-01-01", null);
        q.exec("insert into person_group (person_id, group_code, recognized_on) values (?, 'MEDIATOR', date '2025-01-01')", m1);

        plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '07/KH-UBND', date '2025-01-01', 'Kế hoạch hòa giải', 'UBND tỉnh', date '2025-01-01', date '2030-12-31', true)
                returning id""", province);
        modelShare = target("MODEL_COMMUNE_SHARE", "{}", "5", "ALL", "{}");
        modelPilot = target("MODEL_COMMUNE_SHARE", "{}", "5", "PILOT", "{}");
        provincial = target("TRAINER_RATIO", "{TRAINER}", "1", "ALL", "{\"level\": \"provincial\"}");
        anyLevel = target("TRAINER_RATIO", "{TRAINER}", "1", "ALL", "{}");
    }

    @Test
    void model_share_counts_communes_recognised_on_the_day_over_all_communes() {
        TargetKpi k = kpi(modelShare, province, DAY);
        // A of A, B, C, D (the village, the agency and the province itself are not communes)
        assertEquals("1/4 25.00", figures(k.unit()));
        assertEquals(KpiStatus.MET, k.unit().status());
        assertEquals("1/1 100.00", figures(child(k, communeA)));
        assertEquals("0/1 0.00", figures(child(k, wardB)));
        assertEquals("0/1 0.00", figures(child(k, zoneC)));
        assertEquals("0/1 0.00", figures(child(k, communeD)));
        assertEquals("0/0 null", figures(child(k, agency)));
        assertEquals(KpiStatus.NO_DATA, child(k, agency).status());
    }

    @Test
    void recognition_decided_after_the_day_counts_from_its_date() {
        assertEquals("1/4 25.00", figures(kpi(modelShare, province, LocalDate.of(2026, 2, 28)).unit()));
        assertEquals("2/4 50.00", figures(kpi(modelShare, province, LocalDate.of(2026, 3, 1)).unit()));
    }

    @Test
    void revoked_recognition_counts_until_the_day_before_its_revocation() {
        assertEquals("2/4 50.00", figures(kpi(modelShare, province, LocalDate.of(2026, 1, 14)).unit()));
        assertEquals("1/4 25.00", figures(kpi(modelShare, province, LocalDate.of(2026, 1, 15)).unit()));
    }

    @Test
    void unit_without_communes_has_no_model_share() {
        TargetKpi k = kpi(modelShare, agency, DAY);
        assertEquals("0/0 null", figures(k.unit()));
        assertEquals(KpiStatus.NO_DATA, k.unit().status());
    }

    @Test
    void toggling_a_pilot_commune_refreshes_the_pilot_target() {
        assertEquals("0/0 null", figures(kpi(modelPilot, province, DAY).unit()));
        long before = q.fixtures.queryLong("select coalesce(max(version), 0) from kpi_unit_version where unit_id = ?", communeD);
        communes.setPilot(manager, communeA, true);
        communes.setPilot(manager, communeD, true);
        try {
            assertEquals("1/2 50.00", figures(kpi(modelPilot, province, DAY).unit()));
            communes.setPilot(manager, communeA, false);
            assertEquals("0/1 0.00", figures(kpi(modelPilot, province, DAY).unit()));
            assertEquals(before + 1, q.fixtures.queryLong("select version from kpi_unit_version where unit_id = ?", communeD));
            assertEquals(3, q.fixtures.queryLong("select count(*) from unit_pilot_change where unit_id in (?, ?)", communeA, communeD));
        } finally {
            communes.setPilot(manager, communeD, false);
        }
        assertEquals("0/0 null", figures(kpi(modelPilot, province, DAY).unit()));
        assertEquals("1/4 25.00", figures(kpi(modelShare, province, DAY).unit()));
    }

    @Test
    void trainer_ratio_is_trainers_of_the_level_per_hundred_active_teams() {
        TargetKpi k = kpi(provincial, province, DAY);
        // s1 of the provincial trainers (s2 left, s3 not yet active, a1 another level) ÷ 9 active teams
        assertEquals("1/9 11.11", figures(k.unit()));
        assertEquals(KpiStatus.MET, k.unit().status());
        assertEquals("0/3 0.00", figures(child(k, communeA)));
        assertEquals("0/3 0.00", figures(child(k, communeD)));
        // the agency holds the trainer but no team: no value of its own
        assertEquals("1/0 null", figures(child(k, agency)));
        assertEquals(KpiStatus.NO_DATA, child(k, agency).status());
    }

    @Test
    void trainer_ratio_without_level_counts_trainers_of_any_level() {
        TargetKpi k = kpi(anyLevel, province, DAY);
        assertEquals("2/9 22.22", figures(k.unit()));
        assertEquals("1/3 33.33", figures(child(k, communeA)));
    }

    @Test
    void trainer_who_left_the_roster_counts_until_the_day_they_left() {
        assertEquals("2/9 22.22", figures(kpi(provincial, province, LocalDate.of(2026, 1, 31)).unit()));
        assertEquals("1/9 11.11", figures(kpi(provincial, province, LocalDate.of(2026, 2, 1)).unit()));
        assertEquals("2/9 22.22", figures(kpi(provincial, province, LocalDate.of(2026, 3, 1)).unit()));
    }

    @Test
    void trainer_ratio_without_active_teams_is_no_data() {
        TargetKpi k = kpi(provincial, agency, DAY);
        assertEquals("1/0 null", figures(k.unit()));
        assertEquals(KpiStatus.NO_DATA, k.unit().status());
    }

    @Test
    void deactivating_a_team_refreshes_the_ratio() {
        long team = team(zoneC, true);
        try {
            assertEquals("1/10 10.00", figures(kpi(provincial, province, DAY).unit()));
            q.exec("update mediation_team set active = false where id = ?", team);
            assertEquals("1/9 11.11", figures(kpi(provincial, province, DAY).unit()));
        } finally {
            q.exec("delete from mediation_team where id = ?", team);
        }
    }

    @Test
    void trainer_ratio_lists_the_trainers_counted() {
        for (PersonList which : List.of(PersonList.COUNTED, PersonList.ALL)) {
            var rows = kpis.persons(manager, plan, provincial, province, DAY, which, 1, 20);
            assertEquals(1, rows.total());
            assertEquals(s1, rows.items().get(0).id());
        }
        assertEquals(List.of(PersonList.COUNTED, PersonList.ALL), kpis.personLists("TRAINER_RATIO"));
        assertThrows(Problem.class, () -> kpis.persons(manager, plan, provincial, province, DAY, PersonList.UNTRAINED, 1, 20));
    }

    @Test
    void model_share_has_no_person_list() {
        assertEquals(List.of(), kpis.personLists("MODEL_COMMUNE_SHARE"));
        assertThrows(Problem.class, () -> kpis.persons(manager, plan, modelShare, province, DAY, PersonList.COUNTED, 1, 20));
    }

    @Test
    void trainer_level_enters_the_fingerprint_only_when_set() {
        TargetSpec none = new TargetSpec(0, 0, "TRAINER_RATIO", "", new String[0], new String[0], new Long[0], "PLAN", null,
                java.math.BigDecimal.ONE, null, "ALL", new Long[0], 6, DAY, DAY, DAY, true);
        TargetSpec level = new TargetSpec(0, 0, "TRAINER_RATIO", "", new String[0], new String[0], new Long[0], "PLAN", null,
                java.math.BigDecimal.ONE, null, "ALL", new Long[0], 6, DAY, DAY, DAY, true, "PROVINCIAL");
        assertNull(none.trainerLevel());
        assertEquals(false, KpiCounts.fingerprint(none, DAY).equals(KpiCounts.fingerprint(level, DAY)));
    }

    private TargetKpi kpi(long target, long unit, LocalDate day) {
        return kpis.kpis(manager, plan, unit, day).stream().filter(k -> k.targetId() == target).findFirst().orElseThrow();
    }

    private static TargetKpi.UnitKpi child(TargetKpi k, long unit) {
        return k.children().stream().filter(c -> c.unitId() == unit).findFirst().orElseThrow();
    }

    private static String figures(TargetKpi.UnitKpi u) {
        return u.numerator() + "/" + u.denominator() + " " + u.value();
    }

    private void recognition(long unit, String decided, String revoked) {
        q.exec("""
                insert into model_commune (unit_id, decision_no, decided_on, revoked_on, revoke_note)
                values (?, ?, ?::date, ?::date, case when ?::date is null then null else 'Thu hồi' end)""",
                unit, Fixtures.unique("QĐ"), decided, revoked, revoked);
    }

    private long team(long unit, boolean active) {
        return q.fixtures.queryLong("insert into mediation_team (unit_id, name, active) values (?, ?, ?) returning id",
                unit, Fixtures.unique("Tổ"), active);
    }

    private long trainer(long unit, String level, String from, String to) {
        long id = person(unit, from, to);
        q.exec("insert into person_group (person_id, group_code, trainer_level) values (?, 'TRAINER', ?)", id, level);
        return id;
    }

    private long person(long unit, String from, String to) {
        String code = Fixtures.unique("TH");
        return q.fixtures.queryLong("""
                insert into person (code, full_name, search_name, unit_id, active_from, active_to)
                values (?, ?, ?, ?, ?::date, ?::date) returning id""", code, "Người " + code, "nguoi " + code.toLowerCase(),
                unit, from, to);
    }

    private long target(String metric, String audience, String threshold, String filter, String params) {
        return q.fixtures.queryLong("""
                insert into plan_target (plan_id, position, label, metric, audience, topics, window_kind, threshold,
                    unit_filter, course_ids, params)
                values (?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, ?::text[], '{}'::text[], 'PLAN',
                    ?::numeric, ?, '{}'::bigint[], ?::jsonb) returning id""",
                plan, plan, "Chỉ tiêu " + metric, metric, audience, threshold, filter, params);
    }
}
