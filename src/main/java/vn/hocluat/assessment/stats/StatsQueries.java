package vn.hocluat.assessment.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.AttemptState;
import vn.hocluat.assessment.stats.QuizStats.AttemptLine;
import vn.hocluat.assessment.stats.QuizStats.RegradeLine;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The SQL behind quiz statistics: attempts with taker names, closed attempts' scores and item fractions, question labels, regrades. */
@Singleton
class StatsQueries {
    private final JdbcOperations jdbc;

    StatsQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One item of a closed attempt: the attempt, its score and maximum, the question, versions shown and graded, the fraction. */
    record ItemRow(long attemptId, BigDecimal score, BigDecimal max, long questionId, int version, int keyVersion, BigDecimal fraction) {
    }

    long count(long quizId, boolean closedOnly) {
        return jdbc.prepareStatement("select count(*) from attempt where quiz_id = ?" + (closedOnly ? " and state <> 'IN_PROGRESS'" : ""), st -> {
            st.setLong(1, quizId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Attempts, latest first; limit 0 means all. */
    List<AttemptLine> attempts(long quizId, int limit, long offset) {
        return jdbc.prepareStatement("""
                select a.id, coalesce(acc.display_name, a.taker_kind || ' #' || a.taker_id), a.number, a.state, a.started_at,
                       a.finished_at, a.score, a.max_score
                from attempt a left join account acc on a.taker_kind = 'ACCOUNT' and acc.id = a.taker_id
                where a.quiz_id = ? order by a.started_at desc, a.id desc""" + (limit > 0 ? " limit ? offset ?" : ""), st -> {
            st.setLong(1, quizId);
            if (limit > 0) {
                st.setInt(2, limit);
                st.setLong(3, offset);
            }
            List<AttemptLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant started = instant(rs, 5);
                    Instant finished = instant(rs, 6);
                    out.add(new AttemptLine(rs.getLong(1), rs.getString(2), rs.getInt(3), AttemptState.valueOf(rs.getString(4)), started,
                            finished == null ? null : Duration.between(started, finished).getSeconds(), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }
            }
            return out;
        });
    }

    /** Every item of the quiz's closed attempts, streamed. */
    void closedItems(long quizId, Consumer<ItemRow> sink) {
        jdbc.prepareStatement("""
                select a.id, a.score, a.max_score, (e.item->>'q')::bigint, (e.item->>'v')::int,
                       coalesce((e.item->>'g')::int, (e.item->>'v')::int), coalesce((e.item->>'fraction')::numeric, 0)
                from attempt a cross join lateral jsonb_array_elements(a.items) e(item)
                where a.quiz_id = ? and a.state <> 'IN_PROGRESS' and a.score is not null""", st -> {
            st.setLong(1, quizId);
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new ItemRow(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4), rs.getInt(5),
                            rs.getInt(6), rs.getBigDecimal(7)));
                }
            }
            return null;
        });
    }

    /** Question id → [label (title, else the start of the text), current version]. */
    Map<Long, Object[]> questions(List<Long> ids) {
        return jdbc.prepareStatement("""
                select q.id, coalesce(nullif(v.content->>'title', ''), left(v.content->>'text', 120)), q.current_version
                from question q join question_version v on v.question_id = q.id and v.version = q.current_version
                where q.id = any(?)""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", ids.toArray()));
            Map<Long, Object[]> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Object[]{rs.getString(2), rs.getInt(3)});
                }
            }
            return out;
        });
    }

    List<RegradeLine> regrades(List<Long> questionIds) {
        return jdbc.prepareStatement("""
                select r.question_id, r.version, r.attempts, r.reason, coalesce(a.display_name, ''), r.done_at
                from regrade_log r left join account a on a.id = r.done_by
                where r.question_id = any(?) order by r.done_at desc, r.id desc limit 50""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", questionIds.toArray()));
            List<RegradeLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegradeLine(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), instant(rs, 6)));
                }
            }
            return out;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
