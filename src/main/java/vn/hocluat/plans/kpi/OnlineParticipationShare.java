package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * ONLINE_PARTICIPATION_SHARE: TrainingRecords of roster persons completed in the window (on the
 * target's topics, any when none) that are ONLINE — or HYBRID when the plan counts hybrid as online —
 * ÷ all their TrainingRecords in the window. A person trained twice counts twice. Its person lists:
 * ALL = roster persons with a record in the window, COUNTED = with an online one, UNTRAINED = with none online.
 */
@Singleton
class OnlineParticipationShare extends RosterShare {
    OnlineParticipationShare(JdbcOperations jdbc, KpiCounts counts) {
        super(jdbc, counts);
    }

    @Override
    public String code() {
        return "ONLINE_PARTICIPATION_SHARE";
    }

    /** Counts records, not persons: each unit's records of its own persons. */
    @Override
    Query grouped(Query scope, TargetSpec t, LocalDate day) {
        Query q = Subtree.roster(scope, t, day).add(", recs as (select r.bucket, ");
        online(q, t);
        // lateral with offset 0 (not flattened into a join): the person's id reaches each branch of the
        // training_record view as an index probe, instead of a scan of all records for one commune
        q.add("as online from roster r cross join lateral (select tr.mode from training_record tr where tr.person_id = r.id"
                + " and tr.completed_on between ? and ?", t.windowStart(day), day);
        Subtree.topics(q, t, "tr.topics");
        q.add("offset 0) tr)");
        return Subtree.grouped(q, "count(*) filter (where r.online)", "count(*)", "recs r");
    }

    private static void online(Query q, TargetSpec t) {
        q.add("(tr.mode = 'ONLINE' or (tr.mode = 'HYBRID' and ?))", t.hybridCountsOnline());
    }

    @Override
    Query population(Query scope, TargetSpec t, LocalDate day) {
        Query q = Subtree.roster(scope, t, day)
                .add(", pop as (select r.id, r.account_id, r.bucket from roster r where");
        record(q, t, day, false);
        return q.add(")");
    }

    @Override
    void counted(Query q, TargetSpec t, LocalDate day) {
        record(q, t, day, true);
    }

    private static void record(Query q, TargetSpec t, LocalDate day, boolean onlineOnly) {
        q.add("exists (select 1 from training_record tr where tr.person_id = r.id and tr.completed_on between ? and ?",
                t.windowStart(day), day);
        Subtree.topics(q, t, "tr.topics");
        if (onlineOnly) {
            q.add("and");
            online(q, t);
        }
        q.add(")");
    }
}
