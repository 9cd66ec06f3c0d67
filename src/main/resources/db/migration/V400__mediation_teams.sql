-- Grassroots mediation teams (tổ hòa giải ở cơ sở): one team serves a village or commune unit.
create table mediation_team (
    id                    bigserial primary key,
    unit_id               bigint       not null references unit (id),
    name                  varchar(200) not null,
    recognised_on         date,
    -- the village is an ethnic-minority area: a complete team then needs an ethnic-minority member
    ethnic_minority_area  boolean      not null default false,
    active                boolean      not null default true,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);
create index mediation_team_unit_idx on mediation_team (unit_id);

-- Membership has dates so a team may change members within a reporting window.
create table mediation_team_member (
    id          bigserial primary key,
    team_id     bigint      not null references mediation_team (id) on delete cascade,
    person_id   bigint      not null references person (id),
    role        varchar(8)  not null check (role in ('LEADER', 'MEMBER')),
    member_from date        not null,
    member_to   date,
    created_at  timestamptz not null default now(),
    constraint mediation_team_member_period check (member_to is null or member_to >= member_from)
);
create index mediation_team_member_team_idx on mediation_team_member (team_id);
create index mediation_team_member_person_idx on mediation_team_member (person_id);

-- A supporting legal professional: a person on the roster or a named external.
create table mediation_team_support (
    id             bigserial primary key,
    team_id        bigint       not null references mediation_team (id) on delete cascade,
    kind           varchar(40)  not null check (kind in ('LAWYER', 'JURIST', 'PEOPLES_ASSESSOR', 'POLICE',
                   'BORDER_GUARD', 'LEGAL_OFFICIAL', 'FORMER_JUDGE_PROSECUTOR_INVESTIGATOR')),
    person_id      bigint references person (id),
    external_name  varchar(200),
    created_at     timestamptz  not null default now(),
    constraint mediation_team_support_who check ((person_id is null) <> (external_name is null))
);
create index mediation_team_support_team_idx on mediation_team_support (team_id);

-- KPI refresh (V220): a team's facts count for the team's unit.
create trigger kpi_mediation_team_ins after insert on mediation_team referencing new table as kpi_new
    for each statement execute function kpi_bump_unit_id();
create trigger kpi_mediation_team_upd after update on mediation_team referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_unit_id();
create trigger kpi_mediation_team_del after delete on mediation_team referencing old table as kpi_old
    for each statement execute function kpi_bump_unit_id();

create function kpi_bump_team_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select t.unit_id from mediation_team t where t.id in (select team_id from kpi_new)));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select t.unit_id from mediation_team t where t.id in (select team_id from kpi_old)));
    end if;
    return null;
end $$;

do $$
declare t text;
begin
    foreach t in array array['mediation_team_member', 'mediation_team_support']
    loop
        execute format('create trigger kpi_%1$s_ins after insert on %1$I referencing new table as kpi_new
                        for each statement execute function kpi_bump_team_id()', t);
        execute format('create trigger kpi_%1$s_upd after update on %1$I referencing old table as kpi_old new table as kpi_new
                        for each statement execute function kpi_bump_team_id()', t);
        execute format('create trigger kpi_%1$s_del after delete on %1$I referencing old table as kpi_old
                        for each statement execute function kpi_bump_team_id()', t);
    end loop;
end $$;
