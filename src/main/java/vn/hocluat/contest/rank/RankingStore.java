package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * SQL of rankings. A ranking takes each entrant's best finished entry in the round by the contest's
 * order ({@link RankOrder}), leaves out entrants whose latest review decision in the round is a
 * disqualification, and numbers the rest in the same order. Callers hold the transaction.
 */
@Singleton
class RankingStore {
    /** Whether the entrant's latest decision in the entry's round disqualifies them (alias e = contest_entry). */
    static final String NOT_DISQUALIFIED = """
            coalesce((select d.action from review_decision d where d.round_id = e.round_id and d.entrant_id = e.entrant_id
                      order by d.id desc limit 1), '') <> 'DISQUALIFY'""";
    private static final String FLAGS = """
            (select string_agg(distinct f.kind, ',' order by f.kind) from entry_flag f
             join contest_entry fe on fe.attempt_id = f.attempt_id where f.round_id = %s and fe.entrant_id = %s)""";
    private static final String COLUMNS = """
            select r.rank, r.entrant_id, r.attempt_id, en.full_name, en.phone, r.unit_id, u.name, r.score, r.max_score,
                   r.prediction, r.prediction_error, r.duration_ms, r.started_at, %s, %s, %s, count(*) over ()
            """;

    private final JdbcOperations jdbc;

    RankingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoundHead> head(long roundId) {
        return jdbc.prepareStatement("""
                select r.id, c.id, c.unit_id, cu.name, c.slug, c.title, c.status = 'PUBLISHED', r.name, r.opens_at, r.closes_at,
                       now() >= r.closes_at, c.prediction_kind, c.ranking_order, c.draw_count, r.prediction_actual,
                       r.frozen_at, a.display_name, r.frozen_method::text, r.results_published_at
                from contest_round r join contest c on c.id = r.contest_id join unit cu on cu.id = c.unit_id left join account a on a.id = r.frozen_by
                where r.id = ?""", st -> {
            st.setLong(1, roundId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RoundHead(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(), rs.getBoolean(11), rs.getString(12),
                        Arrays.asList((String[]) rs.getArray(13).getArray()), rs.getInt(14), rs.getObject(15, Long.class),
                        instant(rs.getTimestamp(16)), rs.getString(17), rs.getString(18), instant(rs.getTimestamp(19))));
            }
        });
    }

    /** The live ranking (actual unknown: no prediction key), one page. */
    Page provisional(RoundHead head, int offset, int limit) {
        String sql = ranked(RankOrder.keys(head.rankingOrder(), false))
                + COLUMNS.formatted("null::bigint", "null::text", FLAGS.formatted("r.round_id", "r.entrant_id"))
                + " from ranked r join entrant en on en.id = r.entrant_id join unit u on u.id = r.unit_id"
                + " order by r.rank limit ? offset ?";
        return page(sql, st -> {
            st.setNull(1, Types.NUMERIC);
            st.setLong(2, head.roundId());
            st.setInt(3, limit);
            st.setInt(4, offset);
        });
    }

    /** The frozen ranking, one page. */
    Page frozen(long roundId, int offset, int limit) {
        String sql = COLUMNS.formatted("r.prize_id", "p.name", FLAGS.formatted("r.round_id", "r.entrant_id"))
                + " from round_ranking r join entrant en on en.id = r.entrant_id join unit u on u.id = r.unit_id"
                + " left join contest_prize p on p.id = r.prize_id where r.round_id = ? order by r.rank limit ? offset ?";
        return page(sql, st -> {
            st.setLong(1, roundId);
            st.setInt(2, limit);
            st.setInt(3, offset);
        });
    }

    /** Replaces the round's frozen ranking with the ranking by {@code keys} and the actual value; returns rows written. */
    int freeze(long roundId, List<String> keys, @Nullable Long actual) {
        jdbc.prepareStatement("delete from round_ranking where round_id = ?", st -> {
            st.setLong(1, roundId);
            return st.executeUpdate();
        });
        return jdbc.prepareStatement("""
                insert into round_ranking (round_id, rank, entrant_id, attempt_id, unit_id, score, max_score, prediction,
                                           prediction_error, duration_ms, started_at)
                """ + ranked(keys) + """
                select round_id, rank, entrant_id, attempt_id, unit_id, score, max_score, prediction, prediction_error,
                       duration_ms, started_at from ranked""", st -> {
            if (actual == null) {
                st.setNull(1, Types.NUMERIC);
            } else {
                st.setBigDecimal(1, BigDecimal.valueOf(actual));
            }
            st.setLong(2, roundId);
            return st.executeUpdate();
        });
    }

    /** A page of ranking rows with the number of ranked entrants. */
    record Page(List<RankRow> rows, long total) {
    }

    /** The CTE {@code ranked} of a round's best entries; parameters: the actual value (numeric, may be null), the round. */
    private static String ranked(List<String> keys) {
        String order = RankOrder.sql(keys);
        return """
                with entries as (
                    select e.round_id, e.attempt_id, e.entrant_id, e.unit_id, e.score, e.max_score, e.prediction,
                           abs(e.prediction - ?::numeric) as prediction_error, e.duration_ms, e.started_at
                    from contest_entry e
                    where e.round_id = ? and e.finished_at is not null and\s""" + NOT_DISQUALIFIED + """
                ), best as (
                    select distinct on (entrant_id) * from entries order by entrant_id,\s""" + order + """
                ), ranked as (
                    select (row_number() over (order by\s""" + order + """
                    ))::int as rank, best.* from best
                )
                """;
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private Page page(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            List<RankRow> rows = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String flags = rs.getString(16);
                    rows.add(new RankRow(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            rs.getBigDecimal(11), rs.getLong(12), rs.getTimestamp(13).toInstant(), rs.getObject(14, Long.class),
                            rs.getString(15), flags == null ? List.of() : List.of(flags.split(","))));
                    total = rs.getLong(17);
                }
            }
            return new Page(rows, total);
        });
    }

    @Nullable
    private static java.time.Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
