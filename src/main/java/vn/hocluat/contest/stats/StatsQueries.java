package vn.hocluat.contest.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.contest.stats.Statistics.ContestRef;
import vn.hocluat.contest.stats.Statistics.DayCount;
import vn.hocluat.contest.stats.Statistics.HourCount;
import vn.hocluat.contest.stats.Statistics.RoundRef;
import vn.hocluat.contest.stats.Statistics.ScoreCount;
import vn.hocluat.contest.stats.Statistics.UnitRef;
import vn.hocluat.platform.text.Dates;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SQL of the statistics. Every figure reads {@code contest_entry} of the chosen rounds whose unit
 * (the entrant's unit at the start) lies under one path; the child unit an entry counts for is the
 * first id of its unit's path below that path, so one grouped scan gives every child's figures and
 * (grouping sets) the total. Three scans of the round's entries make a page; callers hold a
 * read-only transaction.
 */
@Singleton
class StatsQueries {
    /**
     * Parameters: the unit's path length + 1, the round ids, the path pattern. Entries are first
     * grouped per (unit, entrant) on plain ids, then the few thousand units give their child.
     */
    static final String FIGURES = """
            select x.child, grouping(x.child), count(distinct x.entrant_id), sum(x.n),
                   count(distinct x.entrant_id) filter (where x.full), max(x.top)
            from (select split_part(substr(u.path, ?), '/', 1) as child, g.entrant_id, g.n, g.full, g.top
                  from (select e.unit_id, e.entrant_id, count(*) as n, max(e.max_score) as top,
                               bool_or(e.finished_at is not null and e.score >= e.max_score) as full
                        from contest_entry e
                        where e.round_id = any(?) and e.unit_id in (select id from unit where path like ?)
                        group by e.unit_id, e.entrant_id) g
                  join unit u on u.id = g.unit_id) x
            group by grouping sets ((x.child), ())""";
    /** Parameters: the round ids, the path pattern. */
    static final String SCORES = """
            select floor(b.best)::int, count(*) from (
                select max(e.score) as best from contest_entry e
                where e.round_id = any(?) and e.unit_id in (select id from unit where path like ?) and e.finished_at is not null
                group by e.round_id, e.entrant_id) b
            group by 1 order by 1""";
    /**
     * Parameters: the round ids, the path pattern. Entries are counted per absolute hour and device
     * (date_bin: no time-zone rule per row, which cost more than the rest of the query) and Java puts
     * each hour in Vietnam's day and hour of the day.
     */
    static final String FACETS = """
            select date_bin('1 hour', e.started_at, timestamptz '2000-01-01 00:00+00'), e.device, count(*)
            from contest_entry e
            where e.round_id = any(?) and e.unit_id in (select id from unit where path like ?)
            group by 1, 2""";

    private final JdbcOperations jdbc;

    StatsQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures of one group: a child unit's id (as text, "" = the unit itself) or null for the total. */
    record Figures(String child, long entrants, long attempts, long fullScore, int maxScore) {
    }

    /** Attempts per day (in order), per hour (all 24) and per device. */
    record Facets(List<DayCount> days, List<HourCount> hours, Map<String, Long> devices) {
    }

    Optional<ContestRef> contest(long contestId) {
        return one("select c.id, c.title, c.unit_id, u.path from contest c join unit u on u.id = c.unit_id where c.id = ?",
                rs -> new ContestRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)), contestId);
    }

    List<RoundRef> rounds(long contestId) {
        return list("select id, position, name from contest_round where contest_id = ? order by position",
                rs -> new RoundRef(rs.getLong(1), rs.getInt(2), rs.getString(3)), contestId);
    }

    Optional<UnitRef> unit(long unitId) {
        return one("select id, code, name, path, population from unit where id = ?", StatsQueries::unitRef, unitId);
    }

    List<UnitRef> units(List<Long> ids) {
        return list("select id, code, name, path, population from unit where id = any(?) order by depth",
                StatsQueries::unitRef, (Object) ids.toArray(Long[]::new));
    }

    /** The children of a unit by name, each with whether it has children of its own. */
    List<Map.Entry<UnitRef, Boolean>> children(long unitId) {
        return list("""
                select u.id, u.code, u.name, u.path, u.population, exists (select 1 from unit c where c.parent_id = u.id)
                from unit u where u.parent_id = ? order by u.search_name, u.id""",
                rs -> Map.entry(unitRef(rs), rs.getBoolean(6)), unitId);
    }

    /** Figures per child of the unit at {@code path} ("" = entries at the unit itself) and the total (child null). */
    List<Figures> figures(List<Long> rounds, String path) {
        return list(FIGURES,
                rs -> new Figures(rs.getInt(2) == 1 ? null : rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getBigDecimal(6) == null ? 0 : rs.getBigDecimal(6).intValue()),
                path.length() + 1, rounds.toArray(Long[]::new), path + "%");
    }

    /** How many (entrant, round) best finished scores fell on each whole score; the highest possible score. */
    List<ScoreCount> scores(List<Long> rounds, String path) {
        return list(SCORES,
                rs -> new ScoreCount(rs.getInt(1), rs.getLong(2)), rounds.toArray(Long[]::new), path + "%");
    }

    /** Attempts per day and per hour of the day (Vietnam time: days and hours as entrants lived them) and per device, in one scan. */
    Facets facets(List<Long> rounds, String path) {
        Map<LocalDate, Long> days = new TreeMap<>();
        long[] hours = new long[24];
        Map<String, Long> devices = new HashMap<>();
        list(FACETS, rs -> {
            long n = rs.getLong(3);
            ZonedDateTime hour = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(Dates.ZONE);
            days.merge(hour.toLocalDate(), n, Long::sum);
            hours[hour.getHour()] += n;
            devices.merge(rs.getString(2), n, Long::sum);
            return n;
        }, rounds.toArray(Long[]::new), path + "%");
        List<HourCount> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new HourCount(h, hours[h]));
        }
        return new Facets(days.entrySet().stream().map(d -> new DayCount(d.getKey(), d.getValue())).toList(), byHour, devices);
    }

    /** Lets this transaction's sorts and hashes of a national round stay in memory (the default 4 MB spills to disk). */
    void roomForAggregates() {
        jdbc.execute(c -> {
            try (var st = c.createStatement()) {
                st.execute("set local work_mem = '64MB'");
            }
            return null;
        });
    }

    static UnitRef unitRef(ResultSet rs) throws SQLException {
        return new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5));
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        });
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        return list(sql, row, args).stream().findFirst();
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long[] ids) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf("bigint", ids));
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }
}
