package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * SATISFACTION_SHARE: ratings of 4–5 out of 5 ÷ all ratings rated in the window (Vietnam days) on
 * objects — courses, contests, pages — owned by units of the subtree (rating.owner_unit_id, V420).
 * The denominator is the number of ratings the share rests on; no ratings is NO_DATA.
 */
@Singleton
class SatisfactionShare implements NoPersonList {
    private final KpiCounts counts;

    SatisfactionShare(KpiCounts counts) {
        this.counts = counts;
    }

    @Override
    public String code() {
        return "SATISFACTION_SHARE";
    }

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        return counts.of(t, unit, day, q -> byBucket(q, t, day));
    }

    @Override
    public Optional<Map<Long, Count>> computeWithin(TargetSpec t, UnitRef unit, LocalDate day, int maxUnits) {
        return counts.within(t, unit, day, q -> byBucket(q, t, day), false, maxUnits);
    }

    private static Query byBucket(Query q, TargetSpec t, LocalDate day) {
        return q.add("""
                select false as total, s.bucket, count(*) filter (where r.score >= 4) as num, count(*) as den, null::bigint[] as keys
                from rating r join scope s on s.id = r.owner_unit_id
                where r.rated_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                  and r.rated_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                group by s.bucket""", t.windowStart(day), day);
    }
}
