package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/** TEAM_SUPPORTED_SHARE: active teams with at least one supporting legal professional ÷ active teams. */
@Singleton
class TeamSupportedShare extends TeamShare {
    TeamSupportedShare(KpiCounts counts) {
        super(counts);
    }

    @Override
    public String code() {
        return "TEAM_SUPPORTED_SHARE";
    }

    @Override
    void counted(Query q, LocalDate day) {
        q.add("exists (select 1 from mediation_team_support x where x.team_id = t.id)");
    }
}
