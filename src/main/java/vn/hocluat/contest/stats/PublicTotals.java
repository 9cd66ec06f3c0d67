package vn.hocluat.contest.stats;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live counters of a contest's public pages: entrants and attempts of a published contest
 * (aggregates only, nothing personal; zero for an unknown or draft contest), kept in memory for
 * {@link #TTL} per contest so a landing page hit by thousands of phones costs one count every ten
 * seconds, not one per visit. Figures may lag by up to the TTL; the counting is a few index-only
 * scans of contest_entry (round_id, entrant_id).
 */
@Singleton
public class PublicTotals {
    static final Duration TTL = Duration.ofSeconds(10);
    private static final int MAX_CACHED = 10_000;

    private final StatsQueries queries;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    PublicTotals(StatsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private record Cached(ContestTotals totals, Instant at) {
    }

    /** The contest's totals, at most {@link #TTL} old. */
    public ContestTotals totals(long contestId) {
        Instant now = clock.instant();
        Cached hit = cache.get(contestId);
        if (hit != null && hit.at().plus(TTL).isAfter(now)) {
            return hit.totals();
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        ContestTotals fresh = count(contestId);
        cache.put(contestId, new Cached(fresh, now));
        return fresh;
    }

    @ReadOnly
    ContestTotals count(long contestId) {
        return queries.one("""
                select count(distinct e.entrant_id), count(*)
                from contest_entry e join contest_round r on r.id = e.round_id join contest c on c.id = r.contest_id
                where r.contest_id = ? and c.status = 'PUBLISHED'""",
                rs -> new ContestTotals(rs.getLong(1), rs.getLong(2)), contestId).orElse(ContestTotals.NONE);
    }
}
