package vn.hocluat.assessment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.AttemptGrader.Graded;
import vn.hocluat.assessment.QuestionDraw.Drawn;
import vn.hocluat.assessment.quiz.GradingMethod;
import vn.hocluat.assessment.quiz.ReviewMode;
import vn.hocluat.assessment.quiz.ReviewWhen;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of attempts, written for national contests: start is one INSERT that re-checks the
 * quiz window, attempts left, the delay and the one-open-attempt rule against the database clock;
 * save is one UPDATE of the responses column (a HOT update); submit locks the row, grades in
 * memory and writes once. Every time comes from the database's now().
 */
@Singleton
class AttemptStore {
    private static final String SELECT = """
            select a.id, a.quiz_id, a.taker_kind, a.taker_id, a.number, a.state, a.started_at, a.deadline, a.finished_at,
                   a.items::text, a.responses::text, a.score, a.max_score, now(), q.title, q.review_mode, q.review_when,
                   q.close_at, q.pass_percent, q.grading_method,
                   a.state = 'IN_PROGRESS' and a.deadline + make_interval(secs => ?) < now()
            from attempt a join quiz q on q.id = a.quiz_id""";
    private static final String CLOSE = """
            update attempt set state = ?, items = cast(? as jsonb), score = ?, responses = null, graded_at = now(),
                   finished_at = case when ? then deadline else least(now(), coalesce(deadline, now())) end
            where id = ?""";

    private final JdbcOperations jdbc;
    private final ItemsJson json;
    private final AttemptGrader grader;
    private final int graceSeconds;

    AttemptStore(JdbcOperations jdbc, ItemsJson json, AttemptGrader grader,
                 @Value("${hocluat.assessment.grace-seconds:30}") int graceSeconds) {
        this.jdbc = jdbc;
        this.json = json;
        this.grader = grader;
        this.graceSeconds = graceSeconds;
    }

    /** Inserts a new attempt if the taker may start one now; empty when refused or another is open. */
    @Transactional
    Optional<Long> insert(long quizId, Taker taker, Drawn drawn, @Nullable String ip, @Nullable String userAgent) {
        return jdbc.prepareStatement("""
                with q as (select * from quiz where id = ?),
                prev as (select count(*) as n, max(finished_at) as last, coalesce(bool_or(state = 'IN_PROGRESS'), false) as open
                         from attempt where quiz_id = ? and taker_kind = ? and taker_id = ?)
                insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, deadline, items, max_score, client_ip, user_agent)
                select q.id, ?, ?, prev.n + 1, 'IN_PROGRESS', now(),
                       least(now() + make_interval(secs => q.time_limit_seconds), q.close_at), cast(? as jsonb), ?, ?, ?
                from q, prev
                where (q.open_at is null or q.open_at <= now()) and (q.close_at is null or q.close_at > now())
                  and (q.attempts_allowed is null or prev.n < q.attempts_allowed)
                  and (prev.last is null or prev.last + make_interval(secs => q.attempt_delay_seconds) <= now())
                  and not prev.open
                on conflict do nothing
                returning id""", st -> {
            st.setLong(1, quizId);
            st.setLong(2, quizId);
            st.setString(3, taker.kind());
            st.setLong(4, taker.id());
            st.setString(5, taker.kind());
            st.setLong(6, taker.id());
            st.setString(7, json.write(drawn.items()));
            st.setBigDecimal(8, drawn.maxScore());
            st.setString(9, cut(ip, 64));
            st.setString(10, cut(userAgent, 300));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** What decides whether the taker may start: the quiz's window and limits, their attempts, the clock. Empty: no such quiz. */
    @ReadOnly
    Optional<StartRule> startRule(long quizId, Taker taker) {
        return jdbc.prepareStatement("""
                select now(), q.open_at, q.close_at, q.attempts_allowed, q.attempt_delay_seconds, count(a.id), max(a.finished_at),
                       max(a.id) filter (where a.state = 'IN_PROGRESS'),
                       coalesce(bool_or(a.state = 'IN_PROGRESS' and a.deadline + make_interval(secs => ?) < now()), false)
                from quiz q left join attempt a on a.quiz_id = q.id and a.taker_kind = ? and a.taker_id = ?
                where q.id = ? group by q.id""", st -> {
            st.setInt(1, graceSeconds);
            st.setString(2, taker.kind());
            st.setLong(3, taker.id());
            st.setLong(4, quizId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StartRule(instant(rs, 1), instant(rs, 2), instant(rs, 3), (Integer) rs.getObject(4),
                        rs.getInt(5), rs.getInt(6), instant(rs, 7), (Long) rs.getObject(8), rs.getBoolean(9)));
            }
        });
    }

    /** Replaces the saved responses of an open attempt of this taker before deadline + grace; false otherwise. */
    @Transactional
    boolean save(long attemptId, Taker taker, List<Response> responses) {
        return jdbc.prepareStatement("""
                update attempt set responses = cast(? as jsonb)
                where id = ? and taker_kind = ? and taker_id = ? and state = 'IN_PROGRESS'
                  and (deadline is null or now() <= deadline + make_interval(secs => ?))""", st -> {
            st.setString(1, json.write(responses));
            st.setLong(2, attemptId);
            st.setString(3, taker.kind());
            st.setLong(4, taker.id());
            st.setInt(5, graceSeconds);
            return st.executeUpdate() == 1;
        });
    }

    /**
     * Submits an open attempt of this taker: graded with {@code responses} (null: those saved), or
     * — past deadline + grace — closed as EXPIRED with those saved. False when not open (already closed).
     */
    @Transactional
    boolean submit(long attemptId, Taker taker, @Nullable List<Response> responses) {
        Locked locked = lock("""
                select items::text, responses::text, deadline is not null and now() > deadline + make_interval(secs => ?)
                from attempt where id = ? and taker_kind = ? and taker_id = ? and state = 'IN_PROGRESS' for update""",
                attemptId, taker).orElse(null);
        if (locked == null) {
            return false;
        }
        boolean expired = locked.overdue();
        close(attemptId, locked.items(), expired || responses == null ? locked.saved() : responses, expired);
        return true;
    }

    /** Closes an open attempt past deadline + grace as EXPIRED, graded with what was saved; false if not due or busy. */
    @Transactional
    boolean expire(long attemptId) {
        Optional<Locked> locked = lock("""
                select items::text, responses::text, true from attempt
                where id = ? and state = 'IN_PROGRESS' and deadline + make_interval(secs => ?) < now() for update skip locked""",
                attemptId, null);
        locked.ifPresent(l -> close(attemptId, l.items(), l.saved(), true));
        return locked.isPresent();
    }

    /** Open attempts past deadline + grace, oldest first. */
    @ReadOnly
    List<Long> overdue(int limit) {
        return jdbc.prepareStatement("""
                select id from attempt where state = 'IN_PROGRESS' and deadline < now() - make_interval(secs => ?)
                order by deadline limit ?""", st -> {
            st.setInt(1, graceSeconds);
            st.setInt(2, limit);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    @ReadOnly
    Optional<AttemptRow> find(long attemptId) {
        return jdbc.prepareStatement(SELECT + " where a.id = ?", st -> {
            st.setInt(1, graceSeconds);
            st.setLong(2, attemptId);
            return rows(st).stream().findFirst();
        });
    }

    /** A taker's attempts at a quiz, by number. */
    @ReadOnly
    List<AttemptRow> list(long quizId, Taker taker) {
        return jdbc.prepareStatement(SELECT + " where a.quiz_id = ? and a.taker_kind = ? and a.taker_id = ? order by a.number", st -> {
            st.setInt(1, graceSeconds);
            st.setLong(2, quizId);
            st.setString(3, taker.kind());
            st.setLong(4, taker.id());
            return rows(st);
        });
    }

    private record Locked(List<Item> items, List<Response> saved, boolean overdue) {
    }

    private Optional<Locked> lock(String sql, long attemptId, @Nullable Taker taker) {
        return jdbc.prepareStatement(sql, st -> {
            if (taker != null) {
                st.setInt(1, graceSeconds);
                st.setLong(2, attemptId);
                st.setString(3, taker.kind());
                st.setLong(4, taker.id());
            } else {
                st.setLong(1, attemptId);
                st.setInt(2, graceSeconds);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Locked(json.items(rs.getString(1)), json.responses(rs.getString(2)), rs.getBoolean(3)))
                        : Optional.empty();
            }
        });
    }

    private void close(long attemptId, List<Item> items, List<Response> responses, boolean expired) {
        Graded graded = grader.grade(items, responses);
        jdbc.prepareStatement(CLOSE, st -> {
            st.setString(1, (expired ? AttemptState.EXPIRED : AttemptState.SUBMITTED).name());
            st.setString(2, json.write(graded.items()));
            st.setBigDecimal(3, graded.score());
            st.setBoolean(4, expired);
            st.setLong(5, attemptId);
            return st.executeUpdate();
        });
    }

    private List<AttemptRow> rows(PreparedStatement st) throws SQLException {
        List<AttemptRow> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new AttemptRow(rs.getLong(1), rs.getLong(2), new Taker(rs.getString(3), rs.getLong(4)), rs.getInt(5),
                        AttemptState.valueOf(rs.getString(6)), instant(rs, 7), instant(rs, 8), instant(rs, 9),
                        json.items(rs.getString(10)), json.responses(rs.getString(11)), rs.getBigDecimal(12), rs.getBigDecimal(13),
                        instant(rs, 14), rs.getString(15), ReviewMode.valueOf(rs.getString(16)), ReviewWhen.valueOf(rs.getString(17)),
                        instant(rs, 18), rs.getBigDecimal(19), GradingMethod.valueOf(rs.getString(20)), rs.getBoolean(21)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
