package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * TEAM_COMPLETE_SHARE: active teams with ≥3 members active on the day, at least one a woman, and at
 * least one of an ethnic minority (a stated ethnicity other than Kinh) where the team's area is so
 * flagged ÷ active teams. A membership counts until the earlier of its end and the person leaving the
 * roster, as on the team pages (vn.hocluat.mediation.TeamCompleteness); a mediator in two teams counts in both.
 */
@Singleton
class TeamCompleteShare extends TeamShare {
    TeamCompleteShare(KpiCounts counts) {
        super(counts);
    }

    @Override
    public String code() {
        return "TEAM_COMPLETE_SHARE";
    }

    @Override
    void counted(Query q, LocalDate day) {
        q.add("""
                select count(distinct m.person_id) >= 3 and coalesce(bool_or(p.gender = 'FEMALE'), false)
                       and (not t.ethnic_minority_area or coalesce(bool_or(nullif(lower(btrim(p.ethnicity)), '') <> 'kinh'), false))
                from mediation_team_member m join person p on p.id = m.person_id
                where m.team_id = t.id and m.member_from <= ? and (m.member_to is null or m.member_to >= ?)
                  and (p.active_to is null or p.active_to >= ?)""", day, day, day);
    }
}
