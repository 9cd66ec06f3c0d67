package vn.hocluat.plans.dashboard;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;

/**
 * The small data set of the dashboard tests; every expected value is counted by hand from the comments.
 * Day 20/02/2026. Province P (plan 2025–2030, phase 1 2025–2027, phase 2 2028–2030) with communes
 * An (village Thôn 1 under it), Bình and Cát (nobody on the roster).
 *
 * <p>T1 TRAINED_SHARE of officials on topic "luat", phase 1, threshold 80: An 2 of 3 trained (66,67 %),
 * Bình 0 of 1 (0 %), Cát 0 of 0 (no data); P 2 of 4 (50 %). Nobody was trained before 01/03/2025, so
 * v(phase start) = 0 and every unit with a value above 0 projects above 80: ON_TRACK; Bình BEHIND.
 * T2 CITIZEN_REACH_SHARE, whole plan, threshold 90: no unit of the scene has a population, so it is measured
 * without a denominator (no value, NO_DATA) and the reported figures stand: P reported 50 (31/12/2025),
 * 60 (15/01/2026, the latest by the day) and 70 (01/03/2026, after the day); An reported 40 (01/02/2026),
 * Cát 80 (10/02/2026).
 * T3 ONLINE_ACTIVITY_SHARE, phase 1 (activities, no person list). T4 NEW_MEDIATOR_TRAINED_IN_TIME, phase 2,
 * with mediator Hoàng Văn Mạnh of An recognised 01/12/2025, untrained: due 01/06/2026.
 */
final class DashboardScene {
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);
    static final String DATE = "20/02/2026";

    final CourseFixtures cf;
    final long province;
    final long communeA;
    final long village;
    final long communeB;
    final long communeC;
    final long plan;
    final long t1;
    final long t2;
    final long t3;
    final long t4;

    DashboardScene(ApplicationContext context) {
        cf = new CourseFixtures(context);
        Fixtures fx = cf.fixtures;
        province = cf.quiz.province();
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn 1", "VILLAGE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        communeC = fx.unit(province, Fixtures.unique("XC"), "Xã Cát", "COMMUNE");
        fx.queryLong("""
                with u as (update unit set population = null where path like (select path from unit where id = ?) || '%' returning 1)
                select count(*) from u""", province);

        long dat = official(communeA, "Nguyễn Văn Đạt");
        long anh = official(communeA, "Trần Thị Ánh");
        official(communeA, "Lê Quốc Ưng");
        official(communeB, "Phạm Thị Bé");
        long manh = cf.person(communeA, "Hoàng Văn Mạnh", null);
        cf.group(manh, "MEDIATOR", LocalDate.of(2025, 12, 1));
        completed(activity(communeA, LocalDate.of(2025, 3, 5)), dat);
        completed(activity(communeA, LocalDate.of(2025, 6, 10)), anh);

        plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on)
                values (?, '34/KH-UBND', date '2025-02-03', 'Kế hoạch tập huấn pháp luật', 'UBND tỉnh',
                        date '2025-01-01', date '2030-12-31') returning id""", province);
        long phase1 = phase(1, "2025-01-01", "2027-12-31");
        long phase2 = phase(2, "2028-01-01", "2030-12-31");
        t1 = target(phase1, "80% cán bộ được tập huấn", "TRAINED_SHARE", "{OFFICIAL}", "80");
        t2 = target(null, "90% người dân hài lòng", "CITIZEN_REACH_SHARE", "{}", "90");
        t3 = target(phase1, "75% hoạt động trực tuyến", "ONLINE_ACTIVITY_SHARE", "{}", "75");
        t4 = target(phase2, "Hòa giải viên mới được bồi dưỡng", "NEW_MEDIATOR_TRAINED_IN_TIME", "{}", "100");
        report(t2, province, "2025-12-31", "50", "Báo cáo năm 2025");
        report(t2, province, "2026-01-15", "60", "Báo cáo số 5/BC-UBND");
        report(t2, province, "2026-03-01", "70", "Báo cáo quý I");
        report(t2, communeA, "2026-02-01", "40", "Phiếu khảo sát xã An");
        report(t2, communeC, "2026-02-10", "80", "Phiếu khảo sát xã Cát");
    }

    String code(long unit) {
        return cf.quiz.text("select code from unit where id = ?", unit);
    }

    private long official(long unit, String name) {
        long id = cf.person(unit, name, null);
        cf.group(id, "OFFICIAL", null);
        return id;
    }

    private long activity(long unit, LocalDate on) {
        return cf.fixtures.queryLong("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Tập huấn', 'tap huan', '{luat}', 'IN_PERSON', ?, ?) returning id""", unit, on, on);
    }

    private void completed(long activity, long person) {
        cf.quiz.exec("insert into activity_participant (activity_id, person_id, status, completed) values (?, ?, 'PRESENT', true)",
                activity, person);
    }

    private long phase(int position, String from, String to) {
        return cf.fixtures.queryLong("""
                insert into plan_phase (plan_id, position, name, starts_on, ends_on)
                values (?, ?, ?, ?::date, ?::date) returning id""", plan, position, "Giai đoạn " + position, from, to);
    }

    private long target(@Nullable Long phase, String label, String metric, String audience, String threshold) {
        return cf.fixtures.queryLong("""
                insert into plan_target (plan_id, phase_id, position, label, metric, audience, topics, threshold)
                values (?, ?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, ?::text[], '{luat}', ?::numeric)
                returning id""", plan, phase, plan, label, metric, audience, threshold);
    }

    private void report(long target, long unit, String asOf, String value, String note) {
        cf.quiz.exec("insert into target_report (target_id, unit_id, as_of, value, source_note) values (?, ?, ?::date, ?::numeric, ?)",
                target, unit, asOf, value, note);
    }
}
