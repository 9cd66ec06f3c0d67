package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * MEDIATION_SUCCESS_RATE: cases mediated successfully ÷ (successful + unsuccessful) in the current case
 * reports (mediation_case_report, V410: a later report for a team and period replaces the earlier) whose
 * whole period lies in the window [window start, day]; a report counts in its team's unit. Cases still in
 * progress are in neither part. Reports, not persons, stand behind the number: there is no person list.
 */
@Singleton
class MediationSuccessRate extends FactShare {
    MediationSuccessRate(KpiCounts counts) {
        super(counts);
    }

    @Override
    public String code() {
        return "MEDIATION_SUCCESS_RATE";
    }

    @Override
    Query byBucket(Query q, TargetSpec t, LocalDate day) {
        q.add("""
                , reports as (
                  select s.bucket, r.successful, r.unsuccessful
                  from mediation_case_report r join mediation_team m on m.id = r.team_id join scope s on s.id = m.unit_id
                  where r.current and r.period_start >= ? and r.period_end <= ?)""", t.windowStart(day), day);
        return Subtree.grouped(q, "coalesce(sum(r.successful), 0)", "coalesce(sum(r.successful + r.unsuccessful), 0)",
                "reports r");
    }
}
