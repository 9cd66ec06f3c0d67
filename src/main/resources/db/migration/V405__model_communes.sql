-- Model communes (cấp xã điển hình về hòa giải ở cơ sở) and pilot communes (xã điểm chỉ đạo).
--
-- A recognition is a decision about one commune-level unit (xã, phường, đặc khu); it may be revoked
-- later with a date and a note. Rows are never deleted: a commune recognised again after a revocation
-- gets a new row, so the history of decisions stays readable (MODEL_COMMUNE_SHARE counts a commune on a
-- day d when one of its recognitions was decided on or before d and not revoked on or before d).
create table model_commune (
    id           bigserial primary key,
    unit_id      bigint       not null references unit (id),
    decision_no  varchar(100) not null,
    decided_on   date         not null,
    issuer       varchar(200),
    note         varchar(500),
    created_by   bigint       references account (id),
    created_at   timestamptz  not null default now(),
    revoked_on   date,
    revoke_note  varchar(500),
    revoked_by   bigint       references account (id),
    revoked_at   timestamptz,
    constraint model_commune_revocation check ((revoked_on is null) = (revoke_note is null)
                                               and (revoked_on is null or revoked_on >= decided_on))
);
create index model_commune_unit_idx on model_commune (unit_id);
-- at most one recognition in force per commune (a revoked one does not block a new decision)
create unique index model_commune_current_idx on model_commune (unit_id) where revoked_on is null;

-- KPI refresh (V220): a recognition counts for its commune.
create trigger kpi_model_commune_ins after insert on model_commune referencing new table as kpi_new
    for each statement execute function kpi_bump_unit_id();
create trigger kpi_model_commune_upd after update on model_commune referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_unit_id();
create trigger kpi_model_commune_del after delete on model_commune referencing old table as kpi_old
    for each statement execute function kpi_bump_unit_id();

-- Who set or cleared unit.pilot, and when (the province chooses its pilot communes).
create table unit_pilot_change (
    id          bigserial primary key,
    unit_id     bigint      not null references unit (id),
    pilot       boolean     not null,
    changed_by  bigint      references account (id),
    changed_at  timestamptz not null default now()
);
create index unit_pilot_change_unit_idx on unit_pilot_change (unit_id, changed_at);

-- V220 bumps no version on a change of the unit row itself. The PILOT unit filter reads unit.pilot when the
-- stored counts are summed, but a unit's kind decides whether it counts as a commune (MODEL_COMMUNE_SHARE),
-- and a pilot flag holds for the unit and everything under it: refresh the stored counts of those units so
-- no figure computed under the old flags survives.
create function kpi_bump_unit_flags() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select u.id from unit u where u.path like new.path || '%'));
    return null;
end $$;
create trigger kpi_unit_flags_upd after update of pilot, kind on unit
    for each row when (old.pilot is distinct from new.pilot or old.kind is distinct from new.kind)
    execute function kpi_bump_unit_flags();
