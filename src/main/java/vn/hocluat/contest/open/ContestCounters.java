package vn.hocluat.contest.open;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The landing's live counters (entrants and attempts of a contest), kept in memory for a few
 * seconds: at a national round's opening thousands of landing views a second would otherwise each
 * count the contest's entries. Counts may be up to the time-to-live behind; the cache holds one
 * entry per published contest viewed, dropped when stale.
 */
@Singleton
class ContestCounters {
    private record Snapshot(OpenContestStore.Counters counters, long takenNanos) {
    }

    private final OpenContestStore store;
    private final long ttlNanos;
    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    ContestCounters(OpenContestStore store, @Value("${hocluat.contest.counter-cache-seconds:10}") int ttlSeconds) {
        this.store = store;
        this.ttlNanos = Duration.ofSeconds(ttlSeconds).toNanos();
    }

    OpenContestStore.Counters of(long contestId) {
        long now = System.nanoTime();
        Snapshot s = cache.get(contestId);
        if (s == null || now - s.takenNanos() >= ttlNanos) {
            cache.values().removeIf(old -> now - old.takenNanos() >= ttlNanos);
            s = new Snapshot(store.counters(contestId), now);
            cache.put(contestId, s);
        }
        return s.counters();
    }
}
