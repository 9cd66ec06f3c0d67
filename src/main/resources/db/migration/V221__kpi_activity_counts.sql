-- ONLINE_ACTIVITY_SHARE from per-unit counts too (V220): a unit's own activities and cohorts are
-- numerator/denominator like the person counts; the self-paced course-years of its persons are kept as
-- keys (course id × 10000 + year) because a course-year completed in two units counts once for their
-- parent: the parent counts the distinct keys of its units.
alter table kpi_unit_count add column keys bigint[];

-- Same refresh rule: an activity or cohort written raises the version of the unit that organises it
-- (before and after the change).
create function kpi_bump_organiser() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select unit_id from kpi_new));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select unit_id from kpi_old));
    end if;
    return null;
end $$;

create trigger kpi_training_activity_ins after insert on training_activity referencing new table as kpi_new
    for each statement execute function kpi_bump_organiser();
create trigger kpi_training_activity_org_upd after update on training_activity referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_organiser();
create trigger kpi_training_activity_del after delete on training_activity referencing old table as kpi_old
    for each statement execute function kpi_bump_organiser();

create trigger kpi_cohort_ins after insert on cohort referencing new table as kpi_new
    for each statement execute function kpi_bump_organiser();
create trigger kpi_cohort_upd after update on cohort referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_organiser();
create trigger kpi_cohort_del after delete on cohort referencing old table as kpi_old
    for each statement execute function kpi_bump_organiser();
