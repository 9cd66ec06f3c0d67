package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The counts of a person-based metric for a unit and its children, summed from per-unit counts
 * (kpi_unit_count, V220): each unit's numerator and denominator over the persons whose own unit it is,
 * for one target definition (its {@link #fingerprint}) and day. A unit's count is valid while its
 * version (kpi_unit_version, raised by triggers on every write to a fact of its persons) is the one it
 * was computed at; stale or missing units are recomputed from the facts by the metric's own SQL, in a
 * transaction that reads the versions in the same snapshot as the facts, then the sums are read again.
 * When they still lack a unit (the caller's own uncommitted writes, or writes racing the refresh), the
 * figures are computed from the facts directly ({@link LiveCounts}).
 */
@Singleton
class KpiCounts {
    private static final TransactionDefinition FILL = fillTransaction();
    /** Refreshes tried before computing from the facts directly (writes racing the refresh). */
    private static final int FILL_ATTEMPTS = 2;
    /** A fill of this many units refreshes the table's statistics. */
    private static final int ANALYZE_AFTER_UNITS = 500;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    KpiCounts(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * U's count (under U's id) and each child's: the sums of their units' counts. {@code grouped} appends to
     * a query that starts with "with scope as (…)" the metric's CTEs and its select of (total, bucket, num,
     * den, keys) by bucket (total = false rows are read).
     */
    Map<Long, Count> of(TargetSpec t, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped) {
        return counts(t, unit, day, grouped, false, Long.MAX_VALUE).orElseThrow();
    }

    /** As {@link #of}, plus the number of distinct keys of the units, added to both numerator and denominator. */
    Map<Long, Count> withDistinctKeys(TargetSpec t, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped) {
        return counts(t, unit, day, grouped, true, Long.MAX_VALUE).orElseThrow();
    }

    /**
     * As {@link #of} or {@link #withDistinctKeys}, or empty when more than {@code maxUnits} units of the
     * subtree lack a valid count (nothing is computed then).
     */
    Optional<Map<Long, Count>> within(TargetSpec t, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped,
                                      boolean keys, int maxUnits) {
        return counts(t, unit, day, grouped, keys, maxUnits);
    }

    private Optional<Map<Long, Count>> counts(TargetSpec t, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped,
                                              boolean keys, long maxUnits) {
        String fp = fingerprint(t, day);
        Sums sums = read(fp, t, unit, day, keys);
        if (sums.missing > maxUnits) {
            return Optional.empty();
        }
        for (int attempt = 0; sums.missing > 0 && attempt < FILL_ATTEMPTS; attempt++) {
            tx.execute(FILL, status -> fill(fp, unit, day, grouped));
            sums = read(fp, t, unit, day, keys);
        }
        return Optional.of(sums.missing > 0 ? LiveCounts.of(jdbc, t, unit, grouped) : sums.counts);
    }

    private static TransactionDefinition fillTransaction() {
        DefaultTransactionDefinition d = new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRES_NEW);
        d.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return d;
    }

    /** md5 of what a count depends on besides the facts, the unit and the day (not the unit filter: applied when summing). */
    static String fingerprint(TargetSpec t, LocalDate day) {
        String key = String.join("|", t.metric(), Arrays.toString(t.audience()), Arrays.toString(t.topics()),
                Arrays.toString(t.courseIds()), t.windowStart(day).toString(), String.valueOf(t.months()),
                String.valueOf(t.hybridCountsOnline()))
                // params.level (read by TRAINER_RATIO) enters only when set: fingerprints without one stay as stored
                + (t.trainerLevel() == null ? "" : "|level=" + t.trainerLevel());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Sums(Map<Long, Count> counts, long missing) {
    }

    /** The sums by bucket over the units that pass the target's filter, and how many units lack a valid count. */
    private Sums read(String fp, TargetSpec t, UnitRef unit, LocalDate day, boolean keys) {
        customPlans();
        Query q = Subtree.scope(t, unit).add("""
                , own as (
                  select s.bucket, c.numerator, c.denominator, c.keys, c.unit_id is null as missing
                  from scope s left join kpi_unit_version v on v.unit_id = s.id
                       left join kpi_unit_count c on c.fingerprint = ? and c.day = ? and c.unit_id = s.id
                                                 and c.version = coalesce(v.version, 0))
                , sums as (
                  select grouping(r.bucket) = 1 as total, r.bucket, coalesce(sum(r.numerator), 0) as num,
                         coalesce(sum(r.denominator), 0) as den, count(*) filter (where r.missing) as missing
                  from own r group by grouping sets ((r.bucket), ()))""", fp, day);
        if (keys) {
            q.add("""
                    , distinct_keys as (
                      select grouping(r.bucket) = 1 as total, r.bucket, count(distinct k) as n
                      from own r cross join unnest(r.keys) k group by grouping sets ((r.bucket), ()))
                    select g.total, g.bucket, g.num + coalesce(d.n, 0), g.den + coalesce(d.n, 0), g.missing
                    from sums g left join distinct_keys d on d.total = g.total and d.bucket is not distinct from g.bucket""");
        } else {
            q.add("select g.total, g.bucket, g.num, g.den, g.missing from sums g");
        }
        Map<Long, Count> out = new HashMap<>();
        long[] missing = {0};
        q.list(jdbc, rs -> {
            long bucket = rs.getLong(2);
            boolean own = rs.wasNull();
            Count c = new Count(rs.getLong(3), rs.getLong(4));
            if (rs.getBoolean(1)) {
                out.put(unit.id(), c);
                missing[0] = rs.getLong(5);
            } else if (!own) {
                out.put(bucket, c);
            }
            return c;
        });
        return new Sums(out, missing[0]);
    }

    /**
     * Plans for the actual unit path and list: a generic plan of a prepared statement guesses a handful of
     * units and picks nested loops over the ~6,000 units of the national roll-up (10× slower).
     */
    private void customPlans() {
        jdbc.execute(c -> {
            try (var st = c.createStatement()) {
                return st.execute("set local plan_cache_mode = force_custom_plan");
            }
        });
    }

    /**
     * Recomputes the stale or missing units of U's subtree, each over its own persons, in one REPEATABLE
     * READ transaction: the versions read first and the facts read by the insert share one snapshot. The
     * units go in as an array whose length the planner sees (custom plans): nested loops for one commune
     * after a check-in, hash joins for a first national run.
     */
    private int fill(String fp, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped) {
        customPlans();
        List<long[]> stale = new Query().add("""
                select u.id, coalesce(v.version, 0) from unit u left join kpi_unit_version v on v.unit_id = u.id
                where u.path like ? and not exists (select 1 from kpi_unit_count c where c.fingerprint = ? and c.day = ?
                                                    and c.unit_id = u.id and c.version = coalesce(v.version, 0))""",
                unit.path() + "%", fp, day).list(jdbc, rs -> new long[]{rs.getLong(1), rs.getLong(2)});
        if (stale.isEmpty()) {
            return 0;
        }
        Long[] ids = stale.stream().map(x -> x[0]).toArray(Long[]::new);
        Long[] versions = stale.stream().map(x -> x[1]).toArray(Long[]::new);
        Query q = new Query().add("""
                with stale as (select * from unnest(?::bigint[], ?::bigint[]) as x(id, version))
                insert into kpi_unit_count (fingerprint, day, unit_id, version, numerator, denominator, keys)
                select ?, ?, s.id, s.version, coalesce(g.num, 0), coalesce(g.den, 0), g.keys
                from stale s left join (
                with scope as (select id, id as bucket from stale)""", ids, versions, fp, day);
        grouped.apply(q).add("""
                ) g on g.bucket = s.id and not g.total
                on conflict (fingerprint, day, unit_id) do update
                set version = excluded.version, numerator = excluded.numerator, denominator = excluded.denominator,
                    keys = excluded.keys, computed_at = now()
                where kpi_unit_count.version <= excluded.version""");
        int written = q.update(jdbc);
        if (stale.size() >= ANALYZE_AFTER_UNITS) {
            // a new target definition or day of a large subtree: without fresh statistics the planner takes its
            // thousands of rows for one and reads them with nested loops (300 ms instead of 10 per national sum)
            jdbc.execute(c -> {
                try (var st = c.createStatement()) {
                    return st.execute("analyze kpi_unit_count");
                }
            });
        }
        return written;
    }
}
