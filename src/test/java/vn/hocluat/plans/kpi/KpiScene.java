package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;

/**
 * The small data set of the KPI tests, written with SQL; every expected value in the tests is counted
 * by hand from the comments here. Day of the tests: 20/02/2026; plan 2025–2030, phase 1 2025–2027.
 * Province P: commune A (urban; village V under it inherits A's flag), commune B (rural, pilot), commune E (nobody).
 */
final class KpiScene {
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);
    static final String T = "luat-pbgdpl";

    final CourseFixtures cf;
    final long province;
    final long communeA;
    final long village;
    final long communeB;
    final long communeE;
    final String provinceCode;
    final long courseK1;
    /** hybrid counts as online */
    final long plan;
    /** hybrid does not count as online */
    final long planNoHybrid;
    final long phase1;
    final long phase2;

    KpiScene(ApplicationContext context) {
        cf = new CourseFixtures(context);
        Fixtures fx = cf.fixtures;
        province = cf.quiz.province();
        provinceCode = code(province);
        communeA = fx.unit(province, Fixtures.unique("XA"), "Phường An", "COMMUNE");
        village = fx.unit(communeA, Fixtures.unique("TA"), "Tổ dân phố 1", "VILLAGE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        communeE = fx.unit(province, Fixtures.unique("XE"), "Xã Đông", "COMMUNE");
        cf.quiz.exec("update unit set urban = true where id = ?", communeA);
        cf.quiz.exec("update unit set urban = null where id = ?", village);
        cf.quiz.exec("update unit set pilot = true where id = ?", communeB);

        // Officials. a3 left on 31/12/2025; a4 joined on 01/02/2026 (in the village); a5 trained only on another topic;
        // a6 trained before the plan; b2 attended without completing. a2 is also a mediator (two groups).
        long a1 = person(communeA, "Người A1", "OFFICIAL", null, null);
        long a2 = person(communeA, "Người A2", "OFFICIAL", null, null);
        group(a2, "MEDIATOR", day(2025, 3, 1));
        long a3 = person(communeA, "Người A3", "OFFICIAL", null, day(2025, 12, 31));
        person(village, "Người A4", "OFFICIAL", day(2026, 2, 1), null);
        long a5 = person(communeA, "Người A5", "OFFICIAL", null, null);
        long a6 = person(communeA, "Người A6", "OFFICIAL", null, null);
        long b1 = person(communeB, "Người B1", "OFFICIAL", null, null);
        long b2 = person(communeB, "Người B2", "OFFICIAL", null, null);
        // Mediators (recognised on; deadline = +6 months): m1 04/2025 trained in time; m2 05/2025 trained late;
        // m3 12/2025 and m4 01/2026 deadlines ahead, untrained (pending); m5 10/2025 deadline ahead, trained.
        long m1 = mediator(communeA, "Người M1", day(2025, 4, 1));
        long m2 = mediator(communeA, "Người M2", day(2025, 5, 1));
        long m3 = mediator(communeB, "Người M3", day(2025, 12, 1));
        long m4 = mediator(communeB, "Người M4", day(2026, 1, 10));
        long m5 = mediator(communeB, "Người M5", day(2025, 10, 15));
        // Citizens: count for nothing but the self-paced and cohort activities of their commune.
        long a7 = person(communeA, "Người A7", "CITIZEN", null, null);
        long b3 = person(communeB, "Người B3", "CITIZEN", null, null);
        long b4 = person(communeB, "Người B4", "CITIZEN", null, null);

        // Activities: on topic T unless said; act7 before the window, act8 on another topic, act9 of the province itself.
        long act1 = activity(communeA, "IN_PERSON", day(2025, 3, 5), day(2025, 3, 6), T);
        long act2 = activity(communeB, "ONLINE", day(2025, 5, 10), day(2025, 5, 10), T);
        long act3 = activity(communeB, "HYBRID", day(2025, 8, 1), day(2025, 8, 1), T);
        long act4 = activity(communeA, "IN_PERSON", day(2025, 9, 15), day(2025, 9, 15), T);
        long act5 = activity(communeA, "IN_PERSON", day(2025, 12, 1), day(2025, 12, 1), T);
        long act6 = activity(communeB, "IN_PERSON", day(2026, 1, 5), day(2026, 1, 5), T);
        long act7 = activity(communeA, "IN_PERSON", day(2024, 12, 10), day(2024, 12, 15), T);
        long act8 = activity(communeA, "IN_PERSON", day(2025, 4, 1), day(2025, 4, 1), "khac");
        activity(province, "ONLINE", day(2025, 6, 1), day(2025, 6, 1), T);
        completed(act1, a1);
        completed(act1, a3);
        completed(act2, b1);
        cf.quiz.exec("insert into activity_participant (activity_id, person_id, status) values (?, ?, 'PRESENT')", act2, b2);
        completed(act3, b1);
        completed(act4, m1);
        completed(act5, m2);
        completed(act6, m5);
        completed(act7, a6);
        completed(act8, a5);
        cf.quiz.exec("""
                insert into external_completion (person_id, course_title, topics, mode, completed_on, source)
                values (?, 'Lớp cũ', '{luat-pbgdpl}', 'IN_PERSON', date '2025-10-10', 'Sổ 2025')""", a2);

        // Courses: K1 on T, K2 on another topic. A cohort of K1 in A; completions: a7 in the cohort,
        // a1 (2025) b3 (2025) b4 (2026) self-paced K1, b4 self-paced K2.
        courseK1 = course(T);
        long courseK2 = course("khac");
        long cohort = fx.queryLong("""
                insert into cohort (course_id, unit_id, title, starts_on, ends_on)
                values (?, ?, 'Đợt 1', date '2025-06-01', date '2025-06-30') returning id""", courseK1, communeA);
        completion(courseK1, a7, "2025-06-15T09:00:00+07", cohort);
        completion(courseK1, a1, "2025-06-20T09:00:00+07", null);
        completion(courseK1, b3, "2025-07-01T09:00:00+07", null);
        completion(courseK1, b4, "2026-02-01T09:00:00+07", null);
        completion(courseK2, b4, "2025-08-01T09:00:00+07", null);

        // Lesson openings: m1 (enrolment by person) in K1; m3 (enrolment by account only) in K1 at 23:30 on the
        // day; m4 in K1 at 00:30 the day after (Vietnam time); m2 in K2 only.
        long lessonK1 = cf.lesson(courseK1, cf.module(courseK1, "Chương 1"), "TEXT", true);
        long lessonK2 = cf.lesson(courseK2, cf.module(courseK2, "Chương 1"), "TEXT", true);
        opened(courseK1, lessonK1, m1, true, "2025-05-01T10:00:00+07");
        opened(courseK1, lessonK1, m3, false, "2026-02-20T23:30:00+07");
        opened(courseK1, lessonK1, m4, true, "2026-02-21T00:30:00+07");
        opened(courseK2, lessonK2, m2, true, "2025-06-01T10:00:00+07");

        plan = plan(true);
        planNoHybrid = plan(false);
        phase1 = phase(plan, 1, day(2025, 1, 1), day(2027, 12, 31));
        phase2 = phase(plan, 2, day(2028, 1, 1), day(2030, 12, 31));
    }

    /** A target of the plan; returns its id. */
    long target(long planId, @Nullable Long phase, String metric, String audience, String topics, String window,
                String threshold, @Nullable String band, String filter, String extra) {
        return cf.fixtures.queryLong("""
                insert into plan_target (plan_id, phase_id, position, label, metric, audience, topics, window_kind,
                    threshold, band_upper, unit_filter, course_ids)
                values (?, ?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, ?::text[], ?::text[], ?,
                    ?::numeric, ?::numeric, ?, ?::bigint[]) returning id""",
                planId, phase, planId, "Chỉ tiêu " + metric, metric, audience, topics, window, threshold, band, filter, extra);
    }

    private long plan(boolean hybridOnline) {
        return cf.fixtures.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '12/KH-UBND', date '2025-01-01', 'Kế hoạch PBGDPL', 'UBND tỉnh', date '2025-01-01', date '2030-12-31', ?)
                returning id""", province, hybridOnline);
    }

    private long phase(long planId, int position, LocalDate from, LocalDate to) {
        return cf.fixtures.queryLong("insert into plan_phase (plan_id, position, name, starts_on, ends_on) values (?, ?, ?, ?, ?) returning id",
                planId, position, "Giai đoạn " + position, from, to);
    }

    private long person(long unit, String name, String group, @Nullable LocalDate from, @Nullable LocalDate to) {
        String username = cf.fixtures.account("LEARNER", unit);
        long id = cf.fixtures.queryLong("""
                insert into person (code, full_name, search_name, unit_id, active_from, active_to, account_id)
                values (?, ?, lower(?), ?, ?, ?, (select id from account where username = ?)) returning id""",
                Fixtures.unique("P"), name, name, unit, from == null ? day(2025, 1, 1) : from, to, username);
        group(id, group, null);
        return id;
    }

    private long mediator(long unit, String name, LocalDate recognized) {
        long id = person(unit, name, "OFFICIAL", null, null);
        cf.quiz.exec("delete from person_group where person_id = ?", id);
        group(id, "MEDIATOR", recognized);
        return id;
    }

    private void group(long person, String code, @Nullable LocalDate recognized) {
        cf.group(person, code, recognized);
    }

    private long activity(long unit, String mode, LocalDate from, LocalDate to, String topic) {
        return cf.fixtures.queryLong("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Hoạt động', 'hoat dong', array[?]::text[], ?, ?, ?) returning id""", unit, topic, mode, from, to);
    }

    private void completed(long activity, long person) {
        cf.quiz.exec("insert into activity_participant (activity_id, person_id, status, completed) values (?, ?, 'PRESENT', true)",
                activity, person);
    }

    private long course(String topic) {
        long id = cf.course(province, "INTERNAL", true, true).id();
        cf.quiz.exec("update course set topics = array[?]::text[] where id = ?", topic, id);
        return id;
    }

    private void completion(long course, long person, String at, @Nullable Long cohort) {
        cf.quiz.exec("""
                insert into course_completion (course_id, course_version, account_id, person_id, completed_at, cohort_id)
                select ?, 1, p.account_id, p.id, ?::timestamptz, ? from person p where p.id = ?""", course, at, cohort, person);
    }

    private void opened(long course, long lesson, long person, boolean byPerson, String at) {
        long enrollment = cf.fixtures.queryLong("""
                insert into enrollment (course_id, account_id, person_id, source)
                select ?, p.account_id, case when ? then p.id end, 'SELF' from person p where p.id = ? returning id""",
                course, byPerson, person);
        cf.quiz.exec("insert into lesson_progress (enrollment_id, lesson_id, first_opened_at) values (?, ?, ?::timestamptz)",
                enrollment, lesson, at);
    }

    String code(long unit) {
        return cf.quiz.text("select code from unit where id = ?", unit);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
