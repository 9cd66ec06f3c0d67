-- SATISFACTION_SHARE is summed from stored per-unit counts (V220): every write to rating raises the
-- version of the object's owner unit, so the stored count of that unit is recomputed.
create function kpi_bump_owner_unit_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select owner_unit_id from kpi_new));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select owner_unit_id from kpi_old));
    end if;
    return null;
end $$;

create trigger kpi_rating_ins after insert on rating referencing new table as kpi_new
    for each statement execute function kpi_bump_owner_unit_id();
create trigger kpi_rating_upd after update on rating referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_owner_unit_id();
create trigger kpi_rating_del after delete on rating referencing old table as kpi_old
    for each statement execute function kpi_bump_owner_unit_id();
