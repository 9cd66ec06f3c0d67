package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Array;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A metric's counts straight from the facts in the caller's transaction, without kpi_unit_count: what
 * {@link KpiCounts} falls back to when the stored counts cannot be brought up to date (the caller's own
 * uncommitted writes, or writes racing the refresh). Sums the per-bucket rows (total, bucket, num, den,
 * keys) of the metric's SQL over U's subtree: U = every row (bucket null: U's own units), a child = its
 * bucket's row; keys are counted distinct.
 */
final class LiveCounts {
    private LiveCounts() {
    }

    static Map<Long, Count> of(JdbcOperations jdbc, TargetSpec t, UnitRef unit, UnaryOperator<Query> grouped) {
        long[] total = {0, 0};
        Set<Long> allKeys = new HashSet<>();
        Map<Long, Count> out = new HashMap<>();
        grouped.apply(Subtree.scope(t, unit)).list(jdbc, rs -> {
            if (rs.getBoolean(1)) {
                return null;
            }
            long bucket = rs.getLong(2);
            boolean own = rs.wasNull();
            Array keys = rs.getArray(5);
            Set<Long> distinct = keys == null ? Set.of() : Set.of((Long[]) keys.getArray());
            allKeys.addAll(distinct);
            total[0] += rs.getLong(3);
            total[1] += rs.getLong(4);
            if (!own) {
                out.put(bucket, new Count(rs.getLong(3) + distinct.size(), rs.getLong(4) + distinct.size()));
            }
            return null;
        });
        out.put(unit.id(), new Count(total[0] + allKeys.size(), total[1] + allKeys.size()));
        return out;
    }
}
