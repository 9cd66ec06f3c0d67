package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    private final JdbcOperations jdbc;

    OnlineActivityShare(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "ONLINE_ACTIVITY_SHARE";
    }

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        LocalDate from = t.windowStart(day);
        Query q = Subtree.scope(t, unit).add("""
                , acts as (
                  select s.bucket, 'A' || a.id as key, (a.mode = 'ONLINE' or (a.mode = 'HYBRID' and ?)) as online
                  from training_activity a join scope s on s.id = a.unit_id
                  where a.starts_on between ? and ?""", t.hybridCountsOnline(), from, day);
        Subtree.topics(q, t, "a.topics");
        q.add("""
                  union all
                  select s.bucket, 'C' || c.id, true
                  from cohort c join course co on co.id = c.course_id join scope s on s.id = c.unit_id
                  where c.starts_on between ? and ?""", from, day);
        Subtree.topics(q, t, "co.topics");
        q.add("""
                  union all
                  select s.bucket, 'S' || cc.course_id || '-' || extract(year from cc.completed_at at time zone 'Asia/Ho_Chi_Minh'), true
                  from course_completion cc join course co on co.id = cc.course_id
                       join person p on p.id = cc.person_id join scope s on s.id = p.unit_id
                  where cc.cohort_id is null
                    and cc.completed_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                    and cc.completed_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')""", from, day);
        Subtree.topics(q, t, "co.topics");
        q.add(")");
        return Subtree.counts(jdbc, Subtree.grouped(q, "count(distinct r.key) filter (where r.online)",
                "count(distinct r.key)", "acts r"), unit);
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
