package vn.hocluat.plans.report;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;

/**
 * The small data set of the report tests; every expected value is counted by hand here. Day 20/02/2026.
 * Commune C ("Xã Kon Chiêng") with villages V1 (3 officials: o1, o2 trained on the topic in 2025, o3 not)
 * and V2 (nobody). Plan of C, 01/01/2025–31/12/2027, no phases (span 1094 days, 415 elapsed):
 * T1 TRAINED_SHARE ≥ 60: C 2/3 = 66.67 MET, V1 2/3 = 66.67 MET, V2 NO_DATA;
 * T2 CITIZEN_REACH_SHARE ≥ 90, no population in the scene (0/0: no value): reported at C 92.5 (15/02/2026, MET) and at V2 85 (10/02/2026,
 * ≥ 81 so AT_RISK), and at C 70 as of 01/03/2026 (after the day: not shown);
 * T3 TRAINED_SHARE band 80–90: C 66.67 < 80, p = 0 + 66.67 × 1094 / 415 = 175.7 → ON_TRACK.
 */
final class ReportScene {
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);
    static final String TITLE = "Kế hoạch thực hiện Đề án “Chuyển đổi số” <PBGDPL> & hòa giải trên địa bàn xã";
    static final String T1_LABEL = "Ít nhất 60% cán bộ, công chức, viên chức tham mưu công tác PBGDPL, báo cáo viên, tuyên truyền viên pháp luật được tập huấn kiến thức và kỹ năng chuyển đổi số";
    static final String SOURCE = "Phiếu khảo sát <b>quý I</b> & tổng hợp";

    final CourseFixtures cf;
    final long province;
    final long commune;
    final long village1;
    final long village2;
    final String communeCode;
    final long plan;
    final long t1;
    final long t2;
    final long t3;

    ReportScene(ApplicationContext context) {
        cf = new CourseFixtures(context);
        Fixtures fx = cf.fixtures;
        province = cf.quiz.province();
        communeCode = Fixtures.unique("KC");
        commune = fx.unit(province, communeCode, "Xã Kon Chiêng", "COMMUNE");
        village1 = fx.unit(commune, Fixtures.unique("V1"), "Thôn 1 Kon Bơ", "VILLAGE");
        village2 = fx.unit(commune, Fixtures.unique("V2"), "Thôn 2 Đăk Pơ", "VILLAGE");
        fx.queryLong("""
                with u as (update unit set population = null where path like (select path from unit where id = ?) || '%' returning 1)
                select count(*) from u""", commune);
        long o1 = official("Đinh Văn Ơn");
        long o2 = official("Y Hờ Liên");
        official("A Thưởng");
        long act = fx.queryLong("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Tập huấn', 'tap huan', array['luat-pbgdpl']::text[], 'IN_PERSON', date '2025-06-10',
                    date '2025-06-10') returning id""", commune);
        for (long p : new long[] {o1, o2}) {
            cf.quiz.exec("insert into activity_participant (activity_id, person_id, status, completed) values (?, ?, 'PRESENT', true)",
                    act, p);
        }
        plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '15/KH-UBND', date '2025-03-01', ?, 'Ủy ban nhân dân xã Kon Chiêng', date '2025-01-01',
                    date '2027-12-31', true) returning id""", commune, TITLE);
        t1 = target(T1_LABEL, "TRAINED_SHARE", "60", null);
        t2 = target("Mức độ hài lòng của người dân đạt 90%", "CITIZEN_REACH_SHARE", "90", null);
        t3 = target("Từ 80% đến 90% cán bộ được tập huấn", "TRAINED_SHARE", "80", "90");
        report(t2, commune, "2026-02-15", "92.5", SOURCE);
        report(t2, village2, "2026-02-10", "85", "Sổ theo dõi");
        report(t2, commune, "2026-03-01", "70", "Sau ngày báo cáo");
    }

    private long official(String name) {
        long id = cf.person(village1, name, null);
        cf.group(id, "OFFICIAL", null);
        return id;
    }

    private long target(String label, String metric, String threshold, String band) {
        return cf.fixtures.queryLong("""
                insert into plan_target (plan_id, position, label, metric, audience, topics, window_kind, threshold,
                    band_upper, unit_filter)
                values (?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, '{OFFICIAL}',
                    '{luat-pbgdpl}', 'PLAN', ?::numeric, ?::numeric, 'ALL') returning id""",
                plan, plan, label, metric, threshold, band);
    }

    private void report(long target, long unit, String asOf, String value, String source) {
        cf.quiz.exec("insert into target_report (target_id, unit_id, as_of, value, source_note) values (?, ?, ?::date, ?::numeric, ?)",
                target, unit, asOf, value, source);
    }

    /** A signed-in account of the role at the unit with a display name; returns the username. */
    String account(String role, long unit, String displayName) {
        String username = cf.fixtures.account(role, unit);
        cf.quiz.exec("update account set display_name = ? where username = ?", displayName, username);
        return username;
    }
}
