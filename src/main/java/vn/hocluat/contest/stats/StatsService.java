package vn.hocluat.contest.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.contest.stats.Statistics.ContestRef;
import vn.hocluat.contest.stats.Statistics.RoundRef;
import vn.hocluat.contest.stats.Statistics.ScoreCount;
import vn.hocluat.contest.stats.Statistics.UnitRef;
import vn.hocluat.contest.stats.Statistics.UnitRow;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contest statistics for organisers, one round or all, at a unit of the contest's subtree. The scope
 * is checked here, on every call: the contest's unit must be in the caller's subtree (404 unknown
 * contest, 403 outside) and the unit asked in the contest unit's subtree (404 unknown, 403 outside).
 * Figures computed for a (rounds, unit) are reused for {@link #FRESH}, so organisers reloading a
 * national page share one count.
 */
@Singleton
public class StatsService {
    private static final Set<Role> ORGANISERS = Set.of(Role.ORGANISER, Role.MANAGER, Role.ADMIN);

    /** How long computed figures are reused: a national round costs seconds to count (see StatsScaleBenchmark). */
    static final Duration FRESH = Duration.ofSeconds(60);
    private static final int MAX_CACHED = 2_000;

    private final StatsQueries queries;
    private final UnitScope scope;
    private final Clock clock;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    StatsService(StatsQueries queries, UnitScope scope, Clock clock) {
        this.queries = queries;
        this.scope = scope;
        this.clock = clock;
    }

    private record Key(List<Long> roundIds, long unitId) {
    }

    private record Cached(Statistics statistics, Instant at) {
    }

    /** Where the statistics are read: the contest, its rounds, the rounds chosen and the unit. */
    record Selection(ContestRef contest, List<RoundRef> rounds, @Nullable Long roundId, List<Long> roundIds, UnitRef unit) {
    }

    /** The statistics of round {@code roundId} (null = every round) at {@code unitId} (null = the contest's unit). */
    @ReadOnly
    public Statistics statistics(CurrentUser user, long contestId, @Nullable Long roundId, @Nullable Long unitId) {
        Selection s = select(user, contestId, roundId, unitId);
        Key key = new Key(s.roundIds(), s.unit().id());
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.at().plus(FRESH).isAfter(now)) {
            return hit.statistics();
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        Statistics fresh = compute(s);
        cache.put(key, new Cached(fresh, now));
        return fresh;
    }

    /** The figures counted now (the benchmark times this). */
    @ReadOnly
    Statistics compute(Selection s) {
        String path = s.unit().path();
        queries.roomForAggregates();
        Map<String, StatsQueries.Figures> byChild = new HashMap<>();
        StatsQueries.Figures total = new StatsQueries.Figures(null, 0, 0, 0, 0);
        for (StatsQueries.Figures f : queries.figures(s.roundIds(), path)) {
            if (f.child() == null) {
                total = f;
            } else {
                byChild.put(f.child(), f);
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        for (Map.Entry<UnitRef, Boolean> child : queries.children(s.unit().id())) {
            StatsQueries.Figures f = byChild.getOrDefault(Long.toString(child.getKey().id()), new StatsQueries.Figures("", 0, 0, 0, 0));
            rows.add(UnitRow.of(child.getKey(), child.getValue(), f.entrants(), f.attempts(), f.fullScore()));
        }
        StatsQueries.Figures own = byChild.get("");
        if (own != null) {
            rows.add(UnitRow.of(null, false, own.entrants(), own.attempts(), own.fullScore()));
        }
        UnitRow totalRow = UnitRow.of(s.unit(), false, total.entrants(), total.attempts(), total.fullScore());
        StatsQueries.Facets facets = queries.facets(s.roundIds(), path);
        return new Statistics(s.contest(), s.rounds(), s.roundId(), s.unit(), breadcrumb(s.contest(), s.unit()), rows, totalRow,
                scores(s.roundIds(), path, total.maxScore()), facets.days(), facets.hours(),
                facets.devices().getOrDefault("MOBILE", 0L), facets.devices().getOrDefault("DESKTOP", 0L));
    }

    /** Checks the scope and resolves the round and unit asked (used by the page, the export and the results). */
    @ReadOnly
    Selection select(CurrentUser user, long contestId, @Nullable Long roundId, @Nullable Long unitId) {
        if (!ORGANISERS.contains(user.role())) {
            throw Problem.forbidden();
        }
        ContestRef contest = queries.contest(contestId).orElseThrow(Problem::notFound);
        scope.require(user, contest.unitId());
        UnitRef unit = queries.unit(unitId == null ? contest.unitId() : unitId).orElseThrow(Problem::notFound);
        if (!unit.path().startsWith(contest.unitPath())) {
            throw Problem.forbidden();
        }
        List<RoundRef> rounds = queries.rounds(contestId);
        List<Long> ids = rounds.stream().map(RoundRef::id).filter(id -> roundId == null || id.equals(roundId)).toList();
        if (roundId != null && ids.isEmpty()) {
            throw Problem.notFound();
        }
        return new Selection(contest, rounds, roundId, ids, unit);
    }

    /** Every whole score from 0 to the highest possible, with the entrants whose best score it was. */
    private List<ScoreCount> scores(List<Long> rounds, String path, int maxScore) {
        Map<Integer, Long> counted = new HashMap<>();
        queries.scores(rounds, path).forEach(c -> counted.put(c.score(), c.entrants()));
        int max = Math.max(maxScore, counted.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<ScoreCount> out = new ArrayList<>();
        for (int score = 0; score <= max; score++) {
            out.add(new ScoreCount(score, counted.getOrDefault(score, 0L)));
        }
        return out;
    }

    /** The units from the contest's unit down to {@code unit}, for the drill-down trail. */
    private List<UnitRef> breadcrumb(ContestRef contest, UnitRef unit) {
        String below = unit.path().substring(contest.unitPath().length());
        List<Long> ids = new ArrayList<>();
        ids.add(contest.unitId());
        Arrays.stream(below.split("/")).filter(p -> !p.isEmpty()).map(Long::valueOf).forEach(ids::add);
        return queries.units(ids);
    }
}
