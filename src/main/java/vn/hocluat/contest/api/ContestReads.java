package vn.hocluat.contest.api;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.contest.api.ApiBodies.ContestDetail;
import vn.hocluat.contest.api.ApiBodies.ContestSummary;
import vn.hocluat.contest.api.ApiBodies.RoundJson;
import vn.hocluat.platform.text.Markdown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the public API shows of contests: published ones only (a draft is unknown, 404), with their
 * rounds and which is current by the database clock (the open one, else the next, else the last).
 */
@Singleton
class ContestReads {
    static final int LIST_LIMIT = 200;

    private final JdbcOperations jdbc;

    ContestReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    List<ContestSummary> published() {
        return jdbc.prepareStatement("""
                select c.slug, c.title, u.name, c.published_at,
                    (select min(r.opens_at) from contest_round r where r.contest_id = c.id),
                    (select max(r.closes_at) from contest_round r where r.contest_id = c.id)
                from contest c join unit u on u.id = c.unit_id
                where c.status = 'PUBLISHED' order by c.published_at desc, c.id desc limit ?""", ps -> {
            ps.setInt(1, LIST_LIMIT);
            List<ContestSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContestSummary(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            instant(rs, 5), instant(rs, 6)));
                }
            }
            return out;
        });
    }

    @ReadOnly
    Optional<ContestDetail> bySlug(String slug) {
        return jdbc.prepareStatement("""
                select c.id, c.slug, c.title, u.name, c.rules_md, c.min_age, c.time_limit_seconds, c.draw_count,
                    c.attempts_per_round, c.prediction_kind
                from contest c join unit u on u.id = c.unit_id where c.slug = ? and c.status = 'PUBLISHED'""", ps -> {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<RoundJson> rounds = rounds(rs.getLong(1));
                Integer attempts = rs.getObject(9) == null ? null : rs.getInt(9);
                Integer minAge = rs.getObject(6) == null ? null : rs.getInt(6);
                return Optional.of(new ContestDetail(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Markdown.toSafeHtml(rs.getString(5)), minAge, rs.getInt(7) / 60, rs.getInt(8), attempts,
                        rs.getString(10), rounds, current(rounds)));
            }
        });
    }

    /** Whether the round belongs to the published contest of this slug. */
    @ReadOnly
    boolean roundOf(String slug, long roundId) {
        return jdbc.prepareStatement("""
                select 1 from contest_round r join contest c on c.id = r.contest_id
                where r.id = ? and c.slug = ? and c.status = 'PUBLISHED'""", ps -> {
            ps.setLong(1, roundId);
            ps.setString(2, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private List<RoundJson> rounds(long contestId) {
        return jdbc.prepareStatement("""
                select r.id, r.position, r.name, r.opens_at, r.closes_at,
                    case when now() < r.opens_at then 'UPCOMING' when now() < r.closes_at then 'OPEN' else 'CLOSED' end
                from contest_round r where r.contest_id = ? order by r.position""", ps -> {
            ps.setLong(1, contestId);
            List<RoundJson> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RoundJson(rs.getLong(1), rs.getInt(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                            rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** The open round, else the next to open, else the last (null without rounds). */
    static Long current(List<RoundJson> rounds) {
        return rounds.stream().filter(r -> "OPEN".equals(r.state())).findFirst()
                .or(() -> rounds.stream().filter(r -> "UPCOMING".equals(r.state())).findFirst())
                .or(() -> rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1)))
                .map(RoundJson::id).orElse(null);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
