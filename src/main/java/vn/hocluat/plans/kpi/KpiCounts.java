package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The counts of a person-based metric for a unit and its children, summed from per-unit counts
 * (kpi_unit_count, V220): each unit's numerator and denominator over the persons whose own unit it is,
 * for one target definition (its {@link #fingerprint}) and day. A unit's count is valid while its
 * version (kpi_unit_version, raised by triggers on every write to a fact of its persons) is the one it
 * was computed at; stale or missing units are recomputed from the facts by the metric's own SQL in one
 * statement that reads the versions in the same snapshot as the facts, then the sums are read again.
 */
@Singleton
class KpiCounts {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    KpiCounts(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * U's count (under U's id) and each child's. {@code grouped} appends to a query that starts with
     * "with scope as (…)" the metric's CTEs and its select of (total, bucket, num, den) grouped by bucket.
     */
    Map<Long, Count> of(TargetSpec t, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped) {
        String fp = fingerprint(t, day);
        Sums sums = read(fp, t, unit, day);
        if (sums.missing > 0) {
            tx.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> fill(fp, unit, day, grouped));
            sums = read(fp, t, unit, day);
        }
        return sums.counts;
    }

    /** md5 of what a count depends on besides the facts, the unit and the day (not the unit filter: applied when summing). */
    static String fingerprint(TargetSpec t, LocalDate day) {
        String key = String.join("|", t.metric(), Arrays.toString(t.audience()), Arrays.toString(t.topics()),
                Arrays.toString(t.courseIds()), t.windowStart(day).toString(), String.valueOf(t.months()),
                String.valueOf(t.hybridCountsOnline()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Sums(Map<Long, Count> counts, long missing) {
    }

    /** The sums by bucket over the units that pass the target's filter, and how many units lack a valid count. */
    private Sums read(String fp, TargetSpec t, UnitRef unit, LocalDate day) {
        Query q = Subtree.scope(t, unit).add("""
                , own as (
                  select s.bucket, c.numerator, c.denominator, c.unit_id is null as missing
                  from scope s left join kpi_unit_version v on v.unit_id = s.id
                       left join kpi_unit_count c on c.fingerprint = ? and c.day = ? and c.unit_id = s.id
                                                 and c.version = coalesce(v.version, 0))
                select grouping(r.bucket) = 1, r.bucket, coalesce(sum(r.numerator), 0), coalesce(sum(r.denominator), 0),
                       count(*) filter (where r.missing)
                from own r group by grouping sets ((r.bucket), ())""", fp, day);
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

    /** Recomputes the stale or missing units of U's subtree, each over its own persons. */
    private int fill(String fp, UnitRef unit, LocalDate day, UnaryOperator<Query> grouped) {
        Query q = new Query().add("""
                with stale as (
                  select u.id, coalesce(v.version, 0) as version
                  from unit u left join kpi_unit_version v on v.unit_id = u.id
                  where u.path like ? and not exists (select 1 from kpi_unit_count c where c.fingerprint = ? and c.day = ?
                                                      and c.unit_id = u.id and c.version = coalesce(v.version, 0)))
                insert into kpi_unit_count (fingerprint, day, unit_id, version, numerator, denominator)
                select ?, ?, s.id, s.version, coalesce(g.num, 0), coalesce(g.den, 0)
                from stale s left join (
                with scope as (select id, id as bucket from stale)""", unit.path() + "%", fp, day, fp, day);
        grouped.apply(q).add("""
                ) g on g.bucket = s.id and not g.total
                on conflict (fingerprint, day, unit_id) do update
                set version = excluded.version, numerator = excluded.numerator, denominator = excluded.denominator, computed_at = now()
                where kpi_unit_count.version <= excluded.version""");
        return q.update(jdbc);
    }
}
