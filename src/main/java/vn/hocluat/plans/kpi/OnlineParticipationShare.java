package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;

/**
 * ONLINE_PARTICIPATION_SHARE: TrainingRecords of roster persons completed in the window (on the
 * target's topics, any when none) that are ONLINE — or HYBRID when the plan counts hybrid as online —
 * ÷ all their TrainingRecords in the window. A person trained twice counts twice. Its person lists:
 * ALL = roster persons with a record in the window, COUNTED = with an online one, UNTRAINED = with none online.
 */
@Singleton
class OnlineParticipationShare extends RosterShare {
    OnlineParticipationShare(JdbcOperations jdbc) {
        super(jdbc);
    }

    @Override
    public String code() {
        return "ONLINE_PARTICIPATION_SHARE";
    }

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        Query q = Subtree.roster(Subtree.scope(t, unit), t, day).add(", recs as (select r.bucket, ");
        online(q, t);
        q.add("as online from roster r join training_record tr on tr.person_id = r.id where tr.completed_on between ? and ?",
                t.windowStart(day), day);
        Subtree.topics(q, t, "tr.topics");
        q.add(")");
        return Subtree.counts(jdbc, Subtree.grouped(q, "count(*) filter (where r.online)", "count(*)", "recs r"), unit);
    }

    private static void online(Query q, TargetSpec t) {
        q.add("(tr.mode = 'ONLINE' or (tr.mode = 'HYBRID' and ?))", t.hybridCountsOnline());
    }

    @Override
    Query population(TargetSpec t, UnitRef unit, LocalDate day) {
        Query q = Subtree.roster(Subtree.scope(t, unit), t, day)
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
