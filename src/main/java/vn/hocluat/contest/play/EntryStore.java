package vn.hocluat.contest.play;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of contest entries: the gate of a start, the entry row, its result copied from the attempt. */
@Singleton
class EntryStore {
    static final String ENTRANT = "ENTRANT";

    /** Entries for attempts of the round's quiz by entrants (one attempt, or all when null); device from the user agent. */
    private static final String INSERT = """
            insert into contest_entry (attempt_id, round_id, entrant_id, unit_id, started_at, max_score, device, client_ip)
            select a.id, r.id, en.id, en.unit_id, a.started_at, a.max_score,
                   case when a.user_agent ~* '(mobi|android|iphone|ipad)' then 'MOBILE' else 'DESKTOP' end, a.client_ip
            from contest_round r
            join attempt a on a.quiz_id = r.quiz_id and a.taker_kind = 'ENTRANT'
            join entrant en on en.id = a.taker_id
            where r.id = ? and (?::bigint is null or a.id = ?)
            on conflict do nothing""";
    /** The result of closed attempts, copied into their entries (one attempt, or every unfinished entry of a round). */
    private static final String FINISH = """
            update contest_entry e
            set finished_at = a.finished_at, score = coalesce(a.score, 0),
                duration_ms = (extract(epoch from a.finished_at - a.started_at) * 1000)::bigint
            from attempt a
            where a.id = e.attempt_id and e.finished_at is null and a.state <> 'IN_PROGRESS'
              and (?::bigint is null or e.round_id = ?) and (?::bigint is null or e.attempt_id = ?)""";
    private static final String LINE = """
            select e.attempt_id, r.id, r.name, c.id, c.slug, c.title, c.prediction_kind, e.started_at, e.finished_at,
                   e.duration_ms, e.score, e.max_score, e.prediction, e.device
            from contest_entry e join contest_round r on r.id = e.round_id join contest c on c.id = r.contest_id
            """;

    private final JdbcOperations jdbc;

    EntryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    Optional<RoundGate> gate(long roundId, long entrantId) {
        return jdbc.prepareStatement("""
                select c.id, c.status = 'PUBLISHED', r.quiz_id, r.opens_at, r.closes_at, now(), c.min_age, en.birth_date,
                       cardinality(c.residence_unit_ids) = 0 or exists (select 1 from unit ru
                           where ru.id = any (c.residence_unit_ids) and eu.path like ru.path || '%'),
                       (select string_agg(ru.name, ', ' order by ru.name) from unit ru where ru.id = any (c.residence_unit_ids))
                from contest_round r join contest c on c.id = r.contest_id
                cross join entrant en join unit eu on eu.id = en.unit_id
                where r.id = ? and en.id = ?""", st -> {
            st.setLong(1, roundId);
            st.setLong(2, entrantId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RoundGate(rs.getLong(1), rs.getBoolean(2), rs.getObject(3, Long.class),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, Integer.class), rs.getDate(8).toLocalDate(), rs.getBoolean(9), rs.getString(10)));
            }
        });
    }

    /** Records the entry of a started (or resumed) attempt and locks the entrant's details. */
    @Transactional
    void entered(long roundId, long attemptId, long entrantId) {
        jdbc.prepareStatement(INSERT, st -> {
            st.setLong(1, roundId);
            st.setLong(2, attemptId);
            st.setLong(3, attemptId);
            return st.executeUpdate();
        });
        jdbc.prepareStatement("update entrant set locked_at = now() where id = ? and locked_at is null", st -> {
            st.setLong(1, entrantId);
            return st.executeUpdate();
        });
    }

    /** Copies a closed attempt's result into its entry; false when it has no entry or is still open. */
    @Transactional
    boolean finish(long attemptId) {
        return finish(null, attemptId) > 0;
    }

    /** Adds entries missing for the round's attempts and copies every closed attempt's result; returns entries changed. */
    @Transactional
    int reconcile(long roundId) {
        int added = jdbc.prepareStatement(INSERT, st -> {
            st.setLong(1, roundId);
            st.setNull(2, Types.BIGINT);
            st.setNull(3, Types.BIGINT);
            return st.executeUpdate();
        });
        return added + finish(roundId, null);
    }

    /** Sets the prediction while the attempt is open; false once it is closed (or not the entrant's). */
    @Transactional
    boolean predict(long attemptId, long entrantId, BigDecimal prediction) {
        return jdbc.prepareStatement("""
                update contest_entry e set prediction = ? from attempt a
                where e.attempt_id = ? and e.entrant_id = ? and a.id = e.attempt_id and a.state = 'IN_PROGRESS'""", st -> {
            st.setBigDecimal(1, prediction);
            st.setLong(2, attemptId);
            st.setLong(3, entrantId);
            return st.executeUpdate();
        }) > 0;
    }

    @ReadOnly
    Optional<EntryLine> line(long attemptId, long entrantId) {
        List<EntryLine> lines = lines(LINE + " where e.attempt_id = ? and e.entrant_id = ?", attemptId, entrantId);
        return lines.stream().findFirst();
    }

    @ReadOnly
    List<EntryLine> history(long entrantId, @Nullable Long contestId) {
        return contestId == null
                ? lines(LINE + " where e.entrant_id = ? order by e.started_at desc limit 200", entrantId)
                : lines(LINE + " where e.entrant_id = ? and c.id = ? order by e.started_at desc limit 200", entrantId, contestId);
    }

    private int finish(@Nullable Long roundId, @Nullable Long attemptId) {
        return jdbc.prepareStatement(FINISH, st -> {
            setNullable(st, 1, roundId);
            setNullable(st, 2, roundId);
            setNullable(st, 3, attemptId);
            setNullable(st, 4, attemptId);
            return st.executeUpdate();
        });
    }

    private List<EntryLine> lines(String sql, long... args) {
        return jdbc.prepareStatement(sql, st -> {
            for (int i = 0; i < args.length; i++) {
                st.setLong(i + 1, args[i]);
            }
            List<EntryLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(line(rs));
                }
            }
            return out;
        });
    }

    private static EntryLine line(ResultSet rs) throws SQLException {
        var finished = rs.getTimestamp(9);
        return new EntryLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getObject(10, Long.class), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14));
    }

    private static void setNullable(java.sql.PreparedStatement st, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }
}
