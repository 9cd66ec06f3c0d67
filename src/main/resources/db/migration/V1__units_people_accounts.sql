-- Foundation schema: the administrative unit tree, accounts bound to a unit, and the people roster.

create extension if not exists pg_trgm;

create table unit (
    id           bigserial primary key,
    code         varchar(32)  not null unique,
    name         varchar(200) not null,
    search_name  varchar(200) not null,
    kind         varchar(24)  not null,
    parent_id    bigint references unit (id),
    -- materialised path of ids from the root, e.g. '/1/7/42/': a subtree is "path like '/1/7/%'"
    path         varchar(600) not null,
    depth        int          not null,
    urban        boolean,
    population   int check (population is null or population >= 0),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint unit_root_has_no_parent check ((parent_id is null) = (depth = 0))
);
create index unit_parent_idx on unit (parent_id);
create index unit_path_idx on unit (path text_pattern_ops);
create index unit_search_trgm_idx on unit using gin (search_name gin_trgm_ops);

insert into unit (code, name, search_name, kind, parent_id, path, depth)
values ('VN', 'Việt Nam', 'viet nam', 'NATION', null, '/', 0);
update unit set path = '/' || id || '/' where code = 'VN';

create table account (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(255) not null,
    display_name   varchar(200) not null,
    role           varchar(16)  not null check (role in ('ADMIN', 'MANAGER', 'TRAINER', 'ORGANISER', 'LEARNER')),
    unit_id        bigint       not null references unit (id),
    enabled        boolean      not null default true,
    failed_logins  int          not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index account_unit_idx on account (unit_id);

create sequence person_code_seq;

create table person (
    id           bigserial primary key,
    -- the external code an organisation already uses; the roster import matches on it
    code         varchar(64)  not null unique,
    full_name    varchar(200) not null,
    search_name  varchar(200) not null,
    birth_date   date,
    gender       varchar(8) check (gender in ('MALE', 'FEMALE', 'OTHER')),
    ethnicity    varchar(64),
    phone        varchar(20),
    email        varchar(200),
    unit_id      bigint       not null references unit (id),
    position     varchar(200),
    active_from  date         not null,
    active_to    date,
    account_id   bigint unique references account (id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint person_active_period check (active_to is null or active_to >= active_from)
);
create index person_unit_idx on person (unit_id);
create index person_search_trgm_idx on person using gin (search_name gin_trgm_ops);

create table person_group (
    person_id      bigint      not null references person (id) on delete cascade,
    group_code     varchar(16) not null check (group_code in
                   ('OFFICIAL', 'ARMED_FORCES', 'REPORTER', 'PROPAGANDIST', 'TEACHER', 'MEDIATOR', 'TRAINER', 'CITIZEN')),
    -- TRAINER only: CENTRAL, PROVINCIAL or COMMUNE
    trainer_level  varchar(16) check (trainer_level in ('CENTRAL', 'PROVINCIAL', 'COMMUNE')),
    -- MEDIATOR only: the day the mediator was recognised
    recognized_on  date,
    primary key (person_id, group_code)
);
create index person_group_code_idx on person_group (group_code, person_id);
