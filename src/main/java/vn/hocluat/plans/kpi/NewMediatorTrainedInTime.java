package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Paged;

import java.time.LocalDate;
import java.util.List;

/**
 * NEW_MEDIATOR_TRAINED_IN_TIME: the cohort = roster mediators recognised on a day r in the window whose
 * deadline r + N months (params "months", default 6) is on or before the day; the numerator = those with
 * a TrainingRecord on the topics completed in [r, r + N months]. PENDING lists the roster mediators
 * recognised in the window whose deadline is still ahead and who have no such record yet, soonest first.
 */
@Singleton
class NewMediatorTrainedInTime extends RosterShare {
    NewMediatorTrainedInTime(JdbcOperations jdbc, KpiCounts counts) {
        super(jdbc, counts);
    }

    @Override
    public String code() {
        return "NEW_MEDIATOR_TRAINED_IN_TIME";
    }

    @Override
    Query population(Query scope, TargetSpec t, LocalDate day) {
        return mediators(scope, t, day).add(", pop as (select * from mediators r where r.deadline <= ?)", day);
    }

    /** Roster mediators recognised in the window, with their deadline. */
    private static Query mediators(Query scope, TargetSpec t, LocalDate day) {
        return Subtree.roster(scope, t, day).add("""
                , mediators as (
                  select r.id, r.account_id, r.bucket, g.recognized_on as rec,
                         (g.recognized_on + make_interval(months => ?))::date as deadline
                  from roster r join person_group g on g.person_id = r.id and g.group_code = 'MEDIATOR'
                  where g.recognized_on between ? and ?)""", t.months(), t.windowStart(day), day);
    }

    @Override
    void counted(Query q, TargetSpec t, LocalDate day) {
        trained(q, t, "r.deadline");
    }

    private static void trained(Query q, TargetSpec t, String until, Object... untilArgs) {
        q.add("exists (select 1 from training_record tr where tr.person_id = r.id and tr.completed_on between r.rec and " + until,
                untilArgs);
        Subtree.topics(q, t, "tr.topics");
        q.add(")");
    }

    @Override
    public List<PersonList> personLists() {
        return List.of(PersonList.COUNTED, PersonList.UNTRAINED, PersonList.ALL, PersonList.PENDING);
    }

    @Override
    public Paged<PersonRow> persons(TargetSpec t, UnitRef unit, LocalDate day, PersonList which, int page, int size) {
        if (which != PersonList.PENDING) {
            return super.persons(t, unit, day, which, page, size);
        }
        Query q = mediators(Subtree.scope(t, unit), t, day).add("select p.id, p.code, p.full_name, u.code, u.name, r.deadline, count(*) over ()"
                + " from mediators r join person p on p.id = r.id join unit u on u.id = p.unit_id"
                + " where r.deadline > ? and not", day);
        trained(q, t, "?", day);
        q.add("order by r.deadline, p.search_name, p.id");
        return page(q, page, size);
    }
}
