package vn.hocluat.plans.kpi;

import java.time.LocalDate;

/**
 * The shape of the mediation-team metrics: the active teams of the subtree's units (a team counts in
 * its own unit) are the denominator, a condition on each the numerator. Teams, not persons, stand
 * behind these numbers, so there is no person list.
 */
abstract class TeamShare extends FactShare {
    TeamShare(KpiCounts counts) {
        super(counts);
    }

    /** Adds the SQL condition on an active team {@code t} (a mediation_team row) that puts it in the numerator. */
    abstract void counted(Query q, LocalDate day);

    @Override
    Query byBucket(Query scope, TargetSpec t, LocalDate day) {
        Query q = scope.add(", marked as (select s.bucket, (");
        counted(q, day);
        q.add(") as counted from mediation_team t join scope s on s.id = t.unit_id where t.active)");
        return Subtree.grouped(q, "count(*) filter (where r.counted)", "count(*)", "marked r");
    }
}
