package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public leaderboard of a round of a published contest that has opened: the top 100, names masked,
 * frozen (final) once the round is frozen, else provisional — the provisional one computed at most every
 * 30 seconds per round and node, because it reads every entry of the round; the frozen one is read as stored.
 */
@Singleton
class Leaderboards {
    static final int TOP = 100;
    private static final long CACHE_MS = 30_000;

    private final JdbcOperations jdbc;
    private final RankingStore ranking;
    private final ReviewReads reads;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    Leaderboards(JdbcOperations jdbc, RankingStore ranking, ReviewReads reads, Clock clock) {
        this.jdbc = jdbc;
        this.ranking = ranking;
        this.reads = reads;
        this.clock = clock;
    }

    /** A leaderboard line as everyone sees it. */
    @Serdeable
    record Line(int rank, String name, String unit, BigDecimal score, BigDecimal maxScore, BigDecimal seconds) {
    }

    /** A round that can be chosen. */
    @Serdeable
    record RoundRef(long id, String name) {
    }

    /** A round's public leaderboard: final (frozen at {@code frozenAt}) or provisional. */
    @Serdeable
    record Board(String contestTitle, String slug, long roundId, String roundName, boolean provisional, @Nullable Instant frozenAt,
                 long ranked, List<Line> lines, List<RoundRef> rounds) {
    }

    private record Cached(Board board, long at) {
    }

    /** The board of the round of the contest (the latest opened round when null); 404 unknown, unpublished or not opened. */
    @ReadOnly
    Board board(String slug, @Nullable Long roundId) {
        List<RoundRef> rounds = opened(slug);
        if (rounds.isEmpty()) {
            throw Problem.notFound();
        }
        long id = roundId == null ? rounds.get(rounds.size() - 1).id() : roundId;
        if (rounds.stream().noneMatch(r -> r.id() == id)) {
            throw Problem.notFound();
        }
        RoundHead head = ranking.head(id).orElseThrow(Problem::notFound);
        long now = clock.millis();
        Cached c = cache.get(id);
        if (!head.frozen() && c != null && c.board().provisional() && now - c.at() < CACHE_MS) {
            return c.board();
        }
        ReviewReads.Ranking r = reads.ranking(head, 0, TOP);
        List<Line> lines = r.rows().stream().map(row -> new Line(row.rank(), RankViews.mask(row.fullName()), row.unitName(),
                RankViews.plain(row.score()), RankViews.plain(row.maxScore()), RankViews.seconds(row.durationMs()))).toList();
        Board board = new Board(head.contestTitle(), head.slug(), id, head.name(), r.provisional(), head.frozenAt(), r.total(),
                lines, rounds);
        if (r.provisional()) {
            cache.put(id, new Cached(board, now));
        }
        return board;
    }

    private List<RoundRef> opened(String slug) {
        return jdbc.prepareStatement("""
                select r.id, r.name from contest_round r join contest c on c.id = r.contest_id
                where c.slug = ? and c.status = 'PUBLISHED' and r.opens_at <= now() order by r.position""", st -> {
            st.setString(1, slug);
            List<RoundRef> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new RoundRef(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }
}
