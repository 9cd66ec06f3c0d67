package vn.hocluat.plans.kpi.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A national data set for the KPI engine at the scale of the issue, written set-based with
 * {@code insert … select generate_series} (no row-by-row JDBC) in one transaction, then analysed.
 * Deterministic: every "random" choice is {@code hashint8extended(row, seed + salt)}, so the same
 * {@link Scale} gives the same rows on the same PostgreSQL. Under the root unit it makes:
 * <ul>
 *   <li>{@code provinces} provinces (SC-P01…; 34 = Vietnam since 1 July 2025), {@code communes} communes
 *       spread evenly over them (every 5th a ward with urban = true, the rest rural; every 37th a pilot
 *       commune), and 3 villages under every 4th commune (flag inherited from the commune);</li>
 *   <li>{@code persons} roster persons spread evenly over all those units, 40% with an account; audience
 *       groups: 15% officials (a tenth of them also mediators), 3% reporters, 8% propagandists, 12% mediators
 *       (recognised 2019-01-01…2026-10), 2% trainers, 5% armed forces, 55% citizens; active_from
 *       2018-01-01…2026-01, 8% with an active_to;</li>
 *   <li>about {@code records} TrainingRecords completed 2025-01-01…2026-11-30: 40% course completions of
 *       40 courses on 6 topics (a third of the even courses' completions inside a provincial cohort, the
 *       rest self-paced), 50% completed participations in training activities of 40 persons of one unit
 *       (55% in person, 25% online, 20% hybrid; a tenth more participants absent or not completed),
 *       10% external completions; lesson openings for a third of the course completions.</li>
 * </ul>
 * Used by {@link KpiScaleBenchmark}; a second run against the same database (HOCLUAT_TEST_DB_URL) finds
 * province SC-P01 and reuses the data.
 */
public final class KpiScaleData {
    private static final Logger LOG = LoggerFactory.getLogger(KpiScaleData.class);
    /** The topic codes of the generated courses and activities. */
    public static final String[] TOPICS = {"chuyen-doi-so-pbgdpl", "luat-pbgdpl", "hoa-giai-co-so",
            "ky-nang-tuyen-truyen", "phap-luat-dat-dai", "an-toan-giao-thong"};
    static final int COURSES = 40;

    /** The size of the data set; {@link #NATIONAL} is the issue's. */
    public record Scale(int provinces, int communes, int persons, int records, long seed) {
        public static final Scale NATIONAL = new Scale(34, 3_300, 1_000_000, 5_000_000, 2025);

        /** The national scale divided by {@code factor} (provinces stay 34). */
        public static Scale divided(int factor) {
            return new Scale(34, Math.max(34, 3_300 / factor), 1_000_000 / factor, 5_000_000 / factor, 2025);
        }
    }

    private final DataSource dataSource;

    public KpiScaleData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes the data set unless province SC-P01 exists; returns the row counts of what is there. */
    public Map<String, Long> ensure(Scale s) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!exists(st)) {
                long started = System.nanoTime();
                c.setAutoCommit(false);
                st.execute("set local synchronous_commit = off");
                st.execute("set local work_mem = '64MB'");
                generate(st, s);
                c.commit();
                c.setAutoCommit(true);
                st.execute("analyze");
                LOG.info("KPI scale data generated in {} s ({})", (System.nanoTime() - started) / 1_000_000_000.0, s);
            } else {
                LOG.info("KPI scale data found (province SC-P01): reused");
            }
            return counts(st);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exists(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select 1 from unit where code = 'SC-P01'")) {
            return rs.next();
        }
    }

    private static Map<String, Long> counts(Statement st) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : new String[]{"unit", "person", "person_group", "account", "course_completion",
                "activity_participant", "external_completion", "training_activity", "cohort", "enrollment", "lesson_progress"}) {
            try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                rs.next();
                out.put(table, rs.getLong(1));
            }
        }
        try (ResultSet rs = st.executeQuery("select count(*) from training_record")) {
            rs.next();
            out.put("training_record", rs.getLong(1));
        }
        return out;
    }

    private void generate(Statement st, Scale s) throws SQLException {
        long villages = 3L * ((s.communes() + 3) / 4);
        long courseRecords = s.records() * 4L / 10;
        long activityRecords = s.records() / 2;
        long externalRecords = s.records() - courseRecords - activityRecords;
        String topics = "array['" + String.join("', '", TOPICS) + "']";
        step(st, "hash", """
                create function pg_temp.h(i bigint, salt int, m int) returns int language sql immutable as
                $$ select (abs(hashint8extended(i, %d + salt)) %% m)::int $$""".formatted(s.seed()));
        step(st, "setup", KpiScaleSql.setup(s.provinces(), s.communes(), villages, s.persons(), courseRecords,
                activityRecords * 11 / 10 / 40 + 1, activityRecords * 11 / 10, externalRecords, topics));
        step(st, "units", KpiScaleSql.UNITS);
        step(st, "persons", KpiScaleSql.PERSONS);
        step(st, "groups", KpiScaleSql.GROUPS);
        step(st, "courses", KpiScaleSql.COURSES);
        step(st, "cohorts", KpiScaleSql.COHORTS);
        step(st, "course completions", KpiScaleSql.COMPLETIONS);
        step(st, "lesson openings", KpiScaleSql.OPENINGS);
        step(st, "activities", KpiScaleSql.ACTIVITIES);
        step(st, "participants", KpiScaleSql.PARTICIPANTS);
        step(st, "external completions", KpiScaleSql.EXTERNAL);
        st.execute("drop table sc_s, sc_b, sc_u; drop function pg_temp.h, pg_temp.reserve");
    }

    private static void step(Statement st, String name, String sql) throws SQLException {
        long started = System.nanoTime();
        st.execute(sql);
        LOG.info("  {}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }
}
