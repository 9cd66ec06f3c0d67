package vn.hocluat.plans.kpi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A metric over facts that are not roster persons (teams, case reports, communes, ratings): one SQL statement
 * counts them per child bucket from the subtree's scope, and the engine stores and sums the counts per unit.
 */
abstract class FactShare implements NoPersonList {
    private final KpiCounts counts;

    FactShare(KpiCounts counts) {
        this.counts = counts;
    }

    /** Ends the query begun with "with scope as (…)" by the rows (total, bucket, num, den, keys) of the day. */
    abstract Query byBucket(Query scope, TargetSpec t, LocalDate day);

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        return counts.of(t, unit, day, q -> byBucket(q, t, day));
    }

    @Override
    public Optional<Map<Long, Count>> computeWithin(TargetSpec t, UnitRef unit, LocalDate day, int maxUnits) {
        return counts.within(t, unit, day, q -> byBucket(q, t, day), false, maxUnits);
    }
}
