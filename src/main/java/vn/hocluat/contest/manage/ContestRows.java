package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SQL shared by the organiser's services; callers run it inside their transaction. */
final class ContestRows {
    private ContestRows() {
    }

    static long oneLong(ResultSet rs) throws SQLException {
        try (rs) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Array bigints(PreparedStatement ps, List<Long> ids) throws SQLException {
        return ps.getConnection().createArrayOf("bigint", ids.toArray(new Long[0]));
    }

    static Array texts(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray(new String[0]));
    }

    static boolean published(JdbcOperations jdbc, long contestId) {
        return test(jdbc, "select status = 'PUBLISHED' from contest where id = ?", contestId);
    }

    /** The boolean the query's one row holds (false without a row); the arguments bound in order. */
    static boolean test(JdbcOperations jdbc, String sql, Object... args) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    static List<ContestService.Round> rounds(JdbcOperations jdbc, long contestId) {
        return jdbc.prepareStatement("""
                select id, position, name, opens_at, closes_at, quiz_id from contest_round
                where contest_id = ? order by position""", ps -> {
            ps.setLong(1, contestId);
            List<ContestService.Round> list = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ContestService.Round(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), (Long) rs.getObject(6)));
                }
            }
            return list;
        });
    }

    /**
     * The checks on a round window of a published contest: it must close in the future (when its
     * close time is new) and overlap no other round of the contest.
     */
    static void checkPublishedWindow(JdbcOperations jdbc, long contestId, long roundId, RoundValues v,
                                     boolean closeChanged, Instant now, Map<String, String> errors) {
        if (closeChanged && !v.closesAt().isAfter(now)) {
            errors.putIfAbsent("closesAt", "contest.organiser.error.closeInPast");
        }
        for (ContestService.Round r : rounds(jdbc, contestId)) {
            if (r.id() != roundId && r.opensAt().isBefore(v.closesAt()) && v.opensAt().isBefore(r.closesAt())) {
                errors.putIfAbsent("opensAt", "contest.organiser.error.overlap");
            }
        }
    }

    /** Quiz titles follow the contest title and round names: "contest — round". */
    static void retitleQuizzes(JdbcOperations jdbc, long contestId) {
        jdbc.prepareStatement("""
                update quiz q set title = left(c.title || ' — ' || r.name, 300), updated_at = now()
                from contest_round r join contest c on c.id = r.contest_id
                where q.id = r.quiz_id and c.id = ?""", ps -> {
            ps.setLong(1, contestId);
            return ps.executeUpdate();
        });
    }
}
