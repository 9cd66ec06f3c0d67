-- A team's completeness reads its members' person rows (gender, ethnicity, leaving the roster), and a
-- member may belong to another unit than the team: such a change refreshes the teams' units too (V220).
create function kpi_bump_member_teams() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select distinct t.unit_id from mediation_team_member m join mediation_team t on t.id = m.team_id
                           where m.person_id = new.id));
    return null;
end $$;
create trigger kpi_person_member_teams after update of gender, ethnicity, active_to on person
    for each row when (old.gender is distinct from new.gender or old.ethnicity is distinct from new.ethnicity
                       or old.active_to is distinct from new.active_to)
    execute function kpi_bump_member_teams();
