package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * SATISFACTION_SHARE: ratings of 4–5 out of 5 ÷ all ratings rated in the window (Vietnam days) on
 * objects — courses, contests, pages — owned by units of the subtree (rating.owner_unit_id, V420).
 * The denominator is the number of ratings the share rests on; no ratings is NO_DATA.
 */
@Singleton
class SatisfactionShare extends FactShare {
    SatisfactionShare(KpiCounts counts) {
        super(counts);
    }

    @Override
    public String code() {
        return "SATISFACTION_SHARE";
    }

    @Override
    Query byBucket(Query q, TargetSpec t, LocalDate day) {
        return q.add("""
                select false as total, s.bucket, count(*) filter (where r.score >= 4) as num, count(*) as den, null::bigint[] as keys
                from rating r join scope s on s.id = r.owner_unit_id
                where r.rated_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                  and r.rated_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                group by s.bucket""", t.windowStart(day), day);
    }
}
