package vn.hocluat.plans.kpi;

import vn.hocluat.support.Fixtures;

/**
 * The national plan of {@link KpiScaleBenchmark}: 2025–2030 at the root unit, phases 2025–2027 and
 * 2028–2030, and 9 targets shaped like the seed plans (every metric, every window kind, audiences,
 * topics, a band, the URBAN and PILOT filters, designated courses, a phase-2 target).
 */
final class KpiScalePlan {
    private KpiScalePlan() {
    }

    static long create(Fixtures fx, long root) {
        long plan = fx.queryLong("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on)
                values (?, ?, date '2025-01-01', 'Kế hoạch quốc gia (benchmark)', 'Bộ Tư pháp', date '2025-01-01', date '2030-12-31')
                returning id""", root, Fixtures.unique("KH"));
        long p1 = phase(fx, plan, 1, "2025-01-01", "2027-12-31");
        long p2 = phase(fx, plan, 2, "2028-01-01", "2030-12-31");
        String staff = "{OFFICIAL,REPORTER,PROPAGANDIST}";
        target(fx, plan, p1, "TRAINED_SHARE", staff, "{chuyen-doi-so-pbgdpl}", "PLAN", null, "80", null, "ALL", "{}");
        target(fx, plan, p1, "ONLINE_ACTIVITY_SHARE", "{}", "{chuyen-doi-so-pbgdpl}", "PHASE", null, "75", null, "ALL", "{}");
        target(fx, plan, p1, "ONLINE_PARTICIPATION_SHARE", "{}", "{}", "PLAN", null, "50", null, "ALL", "{}");
        target(fx, plan, p1, "NEW_MEDIATOR_TRAINED_IN_TIME", "{MEDIATOR}", "{hoa-giai-co-so}", "PLAN", null, "100", null, "ALL", "{}");
        target(fx, plan, p1, "MATERIAL_ACCESS_SHARE", "{MEDIATOR}", "{}", "PLAN", null, "100", null, "ALL",
                "{" + fx.queryLong("select id from course where slug = 'sc-khoa-2'") + ","
                        + fx.queryLong("select id from course where slug = 'sc-khoa-8'") + "}");
        target(fx, plan, p1, "TRAINED_SHARE", "{MEDIATOR}", "{hoa-giai-co-so}", "MONTHS", 12, "80", "90", "ALL", "{}");
        target(fx, plan, p1, "TRAINED_SHARE", "{CITIZEN}", "{}", "PHASE", null, "60", null, "URBAN", "{}");
        target(fx, plan, p1, "TRAINED_SHARE", "{ARMED_FORCES}", "{luat-pbgdpl}", "PLAN", null, "85", null, "PILOT", "{}");
        target(fx, plan, p2, "TRAINED_SHARE", staff, "{chuyen-doi-so-pbgdpl}", "PLAN", null, "100", null, "ALL", "{}");
        return plan;
    }

    private static long phase(Fixtures fx, long plan, int position, String from, String to) {
        return fx.queryLong("""
                insert into plan_phase (plan_id, position, name, starts_on, ends_on)
                values (?, ?, 'Giai đoạn ' || ?, ?::date, ?::date) returning id""", plan, position, position, from, to);
    }

    private static void target(Fixtures fx, long plan, long phase, String metric, String audience, String topics, String window,
                               Integer months, String threshold, String band, String filter, String courses) {
        fx.queryLong("""
                insert into plan_target (plan_id, phase_id, position, label, metric, audience, topics, window_kind, window_months,
                    threshold, band_upper, unit_filter, course_ids)
                values (?, ?, (select count(*) + 1 from plan_target where plan_id = ?), ?, ?, ?::text[], ?::text[], ?, ?,
                    ?::numeric, ?::numeric, ?, ?::bigint[]) returning id""",
                plan, phase, plan, "Chỉ tiêu " + metric, metric, audience, topics, window, months, threshold, band, filter, courses);
    }
}
