package vn.hocluat.contest.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.contest.stats.Statistics.ContestRef;
import vn.hocluat.contest.stats.Statistics.DayCount;
import vn.hocluat.contest.stats.Statistics.HourCount;
import vn.hocluat.contest.stats.Statistics.RoundRef;
import vn.hocluat.contest.stats.Statistics.ScoreCount;
import vn.hocluat.contest.stats.Statistics.UnitRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the statistics. Every figure reads {@code contest_entry} of the chosen rounds joined to
 * the entry's unit (the entrant's unit at the start) and keeps the units under one path; the child
 * unit an entry counts for is the first id of its unit's path below that path, so one grouped scan
 * gives every child's figures and (grouping sets) the total. Callers hold a read-only transaction.
 */
@Singleton
class StatsQueries {
    /** Vietnam time: days and hours of attempts are counted as the entrants lived them. */
    static final String ZONE = "Asia/Ho_Chi_Minh";
    private static final String ENTRIES = """
            from contest_entry e join unit u on u.id = e.unit_id
            where e.round_id = any(?) and u.path like ?""";

    private final JdbcOperations jdbc;

    StatsQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures of one group: a child unit's id (as text, "" = the unit itself) or null for the total. */
    record Figures(String child, long entrants, long attempts, long fullScore) {
    }

    /** Per-unit facts of the entries: one row per (day), (hour) or (device) group. */
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
        return list("""
                select x.child, grouping(x.child), count(distinct x.entrant_id), count(*),
                       count(distinct x.entrant_id) filter (where x.full)
                from (select split_part(substr(u.path, ?), '/', 1) as child, e.entrant_id,
                             e.finished_at is not null and e.score >= e.max_score as full
                """ + ENTRIES + ") x group by grouping sets ((x.child), ())",
                rs -> new Figures(rs.getInt(2) == 1 ? null : rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                path.length() + 1, rounds.toArray(Long[]::new), path + "%");
    }

    /** How many (entrant, round) best finished scores fell on each whole score; the highest possible score. */
    List<ScoreCount> scores(List<Long> rounds, String path) {
        return list("""
                select floor(best)::int, count(*) from (
                    select max(e.score) as best""" + "\n" + ENTRIES + """
                     and e.finished_at is not null
                    group by e.round_id, e.entrant_id) b
                group by 1 order by 1""",
                rs -> new ScoreCount(rs.getInt(1), rs.getLong(2)), rounds.toArray(Long[]::new), path + "%");
    }

    /** The highest score an entry of the rounds could reach (0 without entries). */
    int maxScore(List<Long> rounds) {
        return one("select coalesce(floor(max(max_score))::int, 0) from contest_entry where round_id = any(?)",
                rs -> rs.getInt(1), (Object) rounds.toArray(Long[]::new)).orElse(0);
    }

    /** Attempts per day and per hour of the day (Vietnam time) and per device, in one scan. */
    Facets facets(List<Long> rounds, String path) {
        List<DayCount> days = new ArrayList<>();
        List<HourCount> hours = new ArrayList<>();
        Map<String, Long> devices = new HashMap<>();
        list("""
                select l.day, l.hour, l.device, count(*) from (
                    select (e.started_at at time zone '%1$s')::date as day,
                           extract(hour from e.started_at at time zone '%1$s')::int as hour, e.device
                """.formatted(ZONE) + ENTRIES + """
                ) l group by grouping sets ((l.day), (l.hour), (l.device)) order by 1, 2, 3""", rs -> {
            long n = rs.getLong(4);
            if (rs.getObject(1) != null) {
                days.add(new DayCount(rs.getObject(1, LocalDate.class), n));
            } else if (rs.getObject(2) != null) {
                hours.add(new HourCount(rs.getInt(2), n));
            } else {
                devices.put(rs.getString(3), n);
            }
            return n;
        }, rounds.toArray(Long[]::new), path + "%");
        return new Facets(days, hours, devices);
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
