package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prizes of a contest, per round or for the whole contest; one prize per (round, kind, tier).
 * A round's prizes are fixed once its results are published; whole-contest prizes once every
 * round's results are. {@link #prizes(long)} needs no user: those who award prizes read it.
 */
@Singleton
public class PrizeService {
    private static final String ORDER = """
            order by r.position nulls last, case p.kind when 'INDIVIDUAL' then 1 when 'UNIT_MOST_ENTRANTS' then 2 else 3 end,
                p.tier, p.id""";

    private final JdbcOperations jdbc;
    private final ContestService contests;

    PrizeService(JdbcOperations jdbc, ContestService contests) {
        this.jdbc = jdbc;
        this.contests = contests;
    }

    /** Every prize of the contest: by round (whole-contest prizes last), kind (individual first), tier. */
    @ReadOnly
    public List<Prize> prizes(long contestId) {
        return jdbc.prepareStatement("""
                select p.id, p.round_id, p.kind, p.tier, p.name, p.count
                from contest_prize p left join contest_round r on r.id = p.round_id
                where p.contest_id = ?\s""" + ORDER, ps -> {
            ps.setLong(1, contestId);
            List<Prize> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Prize(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getInt(6)));
                }
            }
            return out;
        });
    }

    @ReadOnly
    public List<Prize> prizes(CurrentUser user, long contestId) {
        contests.requireContest(user, contestId);
        return prizes(contestId);
    }

    @ReadOnly
    public Prize prize(CurrentUser user, long contestId, long prizeId) {
        contests.requireContest(user, contestId);
        return find(contestId, prizeId);
    }

    @Transactional
    public long add(CurrentUser user, long contestId, @Nullable String roundId, @Nullable String kind,
                    @Nullable String tier, @Nullable String name, @Nullable String count) {
        contests.requireContest(user, contestId);
        PrizeValues v = checked(contestId, 0, roundId, kind, tier, name, count);
        return jdbc.prepareStatement("""
                insert into contest_prize (contest_id, round_id, kind, tier, name, count) values (?, ?, ?, ?, ?, ?)
                returning id""", ps -> {
            ps.setLong(1, contestId);
            bind(ps, 2, v);
            return ContestRows.oneLong(ps.executeQuery());
        });
    }

    @Transactional
    public void update(CurrentUser user, long contestId, long prizeId, @Nullable String roundId, @Nullable String kind,
                       @Nullable String tier, @Nullable String name, @Nullable String count) {
        contests.requireContest(user, contestId);
        requireOpen(find(contestId, prizeId).roundId(), contestId);
        PrizeValues v = checked(contestId, prizeId, roundId, kind, tier, name, count);
        jdbc.prepareStatement("update contest_prize set round_id = ?, kind = ?, tier = ?, name = ?, count = ? where id = ?",
                ps -> {
                    bind(ps, 1, v);
                    ps.setLong(6, prizeId);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    public void delete(CurrentUser user, long contestId, long prizeId) {
        contests.requireContest(user, contestId);
        requireOpen(find(contestId, prizeId).roundId(), contestId);
        jdbc.prepareStatement("delete from contest_prize where id = ?", ps -> {
            ps.setLong(1, prizeId);
            return ps.executeUpdate();
        });
    }

    private PrizeValues checked(long contestId, long prizeId, @Nullable String roundId, @Nullable String kind,
                                @Nullable String tier, @Nullable String name, @Nullable String count) {
        Set<Long> rounds = ContestRows.rounds(jdbc, contestId).stream().map(ContestService.Round::id)
                .collect(Collectors.toSet());
        PrizeValues v = PrizeValues.check(roundId, kind, tier, name, count, rounds);
        boolean taken = prizes(contestId).stream().anyMatch(p -> p.id() != prizeId
                && Objects.equals(p.roundId(), v.roundId()) && p.kind().equals(v.kind()) && p.tier() == v.tier());
        if (taken) {
            throw new ContestInvalid(Map.of("tier", "contest.organiser.prize.tierTaken"));
        }
        requireOpen(v.roundId(), contestId);
        return v;
    }

    /** Refuses (409) changing the prizes of a round whose results are published, or of the contest once all are. */
    private void requireOpen(@Nullable Long roundId, long contestId) {
        boolean published = jdbc.prepareStatement("""
                select count(*) > 0 and count(*) = count(results_published_at) from contest_round
                where contest_id = ? and (cast(? as bigint) is null or id = ?)""", ps -> {
            ps.setLong(1, contestId);
            ps.setObject(2, roundId, Types.BIGINT);
            ps.setObject(3, roundId, Types.BIGINT);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
        if (published) {
            throw new Problem(HttpStatus.CONFLICT, "contest.organiser.prize.locked");
        }
    }

    private Prize find(long contestId, long prizeId) {
        return prizes(contestId).stream().filter(p -> p.id() == prizeId).findFirst().orElseThrow(Problem::notFound);
    }

    private static void bind(PreparedStatement ps, int from, PrizeValues v) throws SQLException {
        ps.setObject(from, v.roundId(), Types.BIGINT);
        ps.setString(from + 1, v.kind());
        ps.setInt(from + 2, v.tier());
        ps.setString(from + 3, v.name());
        ps.setInt(from + 4, v.count());
    }
}
