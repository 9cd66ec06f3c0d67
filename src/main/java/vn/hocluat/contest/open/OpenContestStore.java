package vn.hocluat.contest.open;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of the public contest pages: published contests only, by the database clock. */
@Singleton
class OpenContestStore {
    /** A published contest as its landing shows it. */
    record Contest(long id, String slug, String title, String unitName, String rulesMd, @Nullable Integer attemptsPerRound,
                   String predictionKind) {
    }

    /** A round with its window; {@code state} is OPEN, UPCOMING or CLOSED at {@code now}. */
    record Round(long id, String name, Instant opensAt, Instant closesAt, Instant now) {
        String state() {
            return now.isBefore(opensAt) ? "UPCOMING" : now.isBefore(closesAt) ? "OPEN" : "CLOSED";
        }
    }

    /** A line of the contest list: its current round (open, else the next, else the last). */
    record Listed(String slug, String title, String unitName, @Nullable Round round) {
    }

    /** An entrant's entry as the sheet and result pages need it beyond the engine's sheet. */
    record Play(long attemptId, long roundId, String contestSlug, String contestTitle, String roundName, String predictionKind,
                @Nullable BigDecimal prediction, int number, @Nullable Integer attemptsPerRound, int attemptsUsed,
                Instant roundClosesAt, Instant now, String state) {
        boolean roundClosed() {
            return !now.isBefore(roundClosesAt);
        }
    }

    private static final String CURRENT_ROUND = """
            left join lateral (select r.id, r.name, r.opens_at, r.closes_at from contest_round r where r.contest_id = c.id
                order by (r.opens_at <= now() and now() < r.closes_at) desc, (r.opens_at > now()) desc,
                         case when r.opens_at > now() then r.opens_at end, r.closes_at desc limit 1) cr on true""";

    private final JdbcOperations jdbc;

    OpenContestStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    List<Listed> published() {
        return jdbc.prepareStatement("select c.slug, c.title, u.name, cr.id, cr.name, cr.opens_at, cr.closes_at, now()"
                + " from contest c join unit u on u.id = c.unit_id " + CURRENT_ROUND
                + " where c.status = 'PUBLISHED' order by c.published_at desc, c.id desc limit 100", st -> {
            List<Listed> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Round round = rs.getObject(4) == null ? null : new Round(rs.getLong(4), rs.getString(5),
                            instant(rs, 6), instant(rs, 7), instant(rs, 8));
                    out.add(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), round));
                }
            }
            return out;
        });
    }

    @ReadOnly
    Optional<Contest> bySlug(String slug) {
        return jdbc.prepareStatement("""
                select c.id, c.slug, c.title, u.name, c.rules_md, c.attempts_per_round, c.prediction_kind
                from contest c join unit u on u.id = c.unit_id where c.slug = ? and c.status = 'PUBLISHED'""", st -> {
            st.setString(1, slug);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Contest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7)));
            }
        });
    }

    @ReadOnly
    List<Round> rounds(long contestId) {
        return jdbc.prepareStatement("""
                select id, name, opens_at, closes_at, now() from contest_round where contest_id = ? order by position""", st -> {
            st.setLong(1, contestId);
            List<Round> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Round(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), instant(rs, 5)));
                }
            }
            return out;
        });
    }

    /** The entrant's entry of this attempt (empty when it is not theirs). */
    @ReadOnly
    Optional<Play> play(long attemptId, long entrantId) {
        return jdbc.prepareStatement("""
                select e.attempt_id, r.id, c.slug, c.title, r.name, c.prediction_kind, e.prediction, a.number,
                       c.attempts_per_round,
                       (select count(*) from contest_entry o where o.round_id = e.round_id and o.entrant_id = e.entrant_id),
                       r.closes_at, now(), a.state
                from contest_entry e join attempt a on a.id = e.attempt_id
                join contest_round r on r.id = e.round_id join contest c on c.id = r.contest_id
                where e.attempt_id = ? and e.entrant_id = ?""", st -> {
            st.setLong(1, attemptId);
            st.setLong(2, entrantId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Play(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getObject(9, Integer.class), rs.getInt(10),
                        instant(rs, 11), instant(rs, 12), rs.getString(13)));
            }
        });
    }

    /** True when the round belongs to the published contest of this slug. */
    @ReadOnly
    boolean roundOf(String slug, long roundId) {
        return jdbc.prepareStatement("""
                select 1 from contest_round r join contest c on c.id = r.contest_id
                where r.id = ? and c.slug = ? and c.status = 'PUBLISHED'""", st -> {
            st.setLong(1, roundId);
            st.setString(2, slug);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t.toInstant();
    }
}
