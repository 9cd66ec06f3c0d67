package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ONLINE_ACTIVITY_SHARE: among the activities on the topics that start in the window, the online ones
 * (HYBRID too when the plan says so) ÷ all. U's activities: training activities organised by units of
 * U's subtree (by starts_on); course cohorts of those units (ONLINE, by their start date); and for each
 * self-paced course (completions outside any cohort) one ONLINE activity per calendar year in which a
 * person of the subtree completed it — counted when such a completion falls in the window. Activities
 * are counted distinct, so a course-year completed in two children counts once for U.
 */
@Singleton
class OnlineActivityShare implements KpiMetric {
    private final KpiCounts counts;

    OnlineActivityShare(KpiCounts counts) {
        this.counts = counts;
    }

    @Override
    public String code() {
        return "ONLINE_ACTIVITY_SHARE";
    }

    /**
     * Summed from per-unit counts ({@link KpiCounts}): a unit's own activities and cohorts add up; its
     * persons' self-paced course-years are keys, counted once per key for the units summed.
     */
    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        return counts.withDistinctKeys(t, unit, day, q -> byBucket(q, t, day));
    }

    @Override
    public Optional<Map<Long, Count>> computeWithin(TargetSpec t, UnitRef unit, LocalDate day, int maxUnits) {
        return counts.within(t, unit, day, q -> byBucket(q, t, day), true, maxUnits);
    }

    /** Per bucket of the scope: online and all activities and cohorts organised there, and the self-paced keys. */
    private static Query byBucket(Query q, TargetSpec t, LocalDate day) {
        LocalDate from = t.windowStart(day);
        q.add("""
                , acts as (
                  select s.bucket, (a.mode = 'ONLINE' or (a.mode = 'HYBRID' and ?)) as online
                  from training_activity a join scope s on s.id = a.unit_id
                  where a.starts_on between ? and ?""", t.hybridCountsOnline(), from, day);
        Subtree.topics(q, t, "a.topics");
        q.add("""
                  union all
                  select s.bucket, true
                  from cohort c join course co on co.id = c.course_id join scope s on s.id = c.unit_id
                  where c.starts_on between ? and ?""", from, day);
        Subtree.topics(q, t, "co.topics");
        q.add("""
                ), self_paced as (
                  select s.bucket, cc.course_id * 10000 + extract(year from cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::bigint as key
                  from course_completion cc join course co on co.id = cc.course_id
                       join person p on p.id = cc.person_id join scope s on s.id = p.unit_id
                  where cc.cohort_id is null
                    and cc.completed_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                    and cc.completed_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')""", from, day);
        Subtree.topics(q, t, "co.topics");
        return q.add("""
                ), act_counts as (select bucket, count(*) filter (where online) as num, count(*) as den from acts group by bucket)
                , key_sets as (select bucket, array_agg(distinct key) as keys from self_paced group by bucket)
                select false as total, coalesce(a.bucket, k.bucket) as bucket, coalesce(a.num, 0) as num, coalesce(a.den, 0) as den, k.keys
                from act_counts a full join key_sets k on k.bucket = a.bucket""");
    }

    @Override
    public List<PersonList> personLists() {
        return List.of();
    }

    /** Activities, not persons, are behind this number: there is no person list. */
    @Override
    public Paged<PersonRow> persons(TargetSpec t, UnitRef unit, LocalDate day, PersonList which, int page, int size) {
        throw Problem.badRequest("kpi.error.noPersons", code());
    }
}
