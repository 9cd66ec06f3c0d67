-- Plans and KPIs: training activities (in-person, online live, hybrid) with their participants,
-- past completions imported from other platforms, the one definition of a TrainingRecord, and the
-- plans of units with their phases, targets and manually reported figures (DESIGN "The metrics").

create table training_activity (
    id            bigserial primary key,
    -- the organising unit: the activity counts for this unit's subtree and those above it
    unit_id       bigint        not null references unit (id),
    title         varchar(300)  not null,
    search_text   text          not null,
    topics        text[]        not null default '{}',
    mode          varchar(10)   not null check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    starts_on     date          not null,
    ends_on       date          not null,
    location      varchar(300),
    link          varchar(1000),
    -- trainers as written on the programme (names; roster persons or guests)
    trainers      varchar(1000),
    -- UI: recorded on a page; IMPORT: from a historical spreadsheet (external_ref is its key)
    origin        varchar(8)    not null default 'UI' check (origin in ('UI', 'IMPORT')),
    external_ref  varchar(100),
    -- the secret in the activity's QR check-in link; null when check-in is closed
    checkin_code  varchar(32) unique,
    created_by    bigint references account (id),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint training_activity_dates check (ends_on >= starts_on),
    unique (unit_id, external_ref)
);
create index training_activity_unit_idx on training_activity (unit_id, starts_on);
create index training_activity_topics_idx on training_activity using gin (topics);

create table activity_participant (
    activity_id    bigint      not null references training_activity (id) on delete cascade,
    person_id      bigint      not null references person (id),
    status         varchar(8)  not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    -- completed the activity (a TrainingRecord); only a present participant can have completed
    completed      boolean     not null default false,
    -- the day the record counts on (default: the activity's last day)
    completed_on   date,
    checked_in_at  timestamptz,
    source         varchar(8)  not null default 'PICK' check (source in ('PICK', 'UPLOAD', 'CHECKIN', 'IMPORT')),
    updated_at     timestamptz not null default now(),
    primary key (activity_id, person_id),
    constraint participant_completed_present check (not completed or status = 'PRESENT')
);
create index activity_participant_person_idx on activity_participant (person_id) where completed;

-- Course completions from other platforms (e.g. the 2025 history of a province's old LMS):
-- idempotent on (person, source, course title, day).
create table external_completion (
    id            bigserial primary key,
    person_id     bigint       not null references person (id),
    course_title  varchar(300) not null,
    -- when the course exists here too
    course_id     bigint references course (id),
    topics        text[]       not null default '{}',
    mode          varchar(10)  not null default 'ONLINE' check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    completed_on  date         not null,
    source        varchar(200) not null,
    imported_by   bigint references account (id),
    imported_at   timestamptz  not null default now(),
    unique (person_id, source, course_title, completed_on)
);
create index external_completion_person_idx on external_completion (person_id, completed_on);

-- The TrainingRecord of DESIGN: a course completion here (topics = the course's, ONLINE; cohort
-- when inside one), a completed attendance at an activity (topics and mode = the activity's), or an
-- imported completion. Day = the calendar day in Asia/Ho_Chi_Minh. The KPI engine reads only this.
create view training_record as
select cc.person_id, (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date as completed_on, c.topics,
       'ONLINE'::varchar as mode, 'COURSE'::varchar as kind, cc.course_id as source_id, cc.cohort_id
from course_completion cc join course c on c.id = cc.course_id
where cc.person_id is not null
union all
select ap.person_id, coalesce(ap.completed_on, a.ends_on), a.topics, a.mode, 'ACTIVITY', a.id, null
from activity_participant ap join training_activity a on a.id = ap.activity_id
where ap.completed
union all
select e.person_id, e.completed_on, e.topics, e.mode, 'EXTERNAL', e.id, null
from external_completion e;

create table plan (
    id                    bigserial primary key,
    -- the unit whose plan it is: its managers edit it; it is read in its subtree
    unit_id               bigint       not null references unit (id),
    -- number and date of the document, e.g. "125/KH-UBND" of 20/05/2025
    doc_number            varchar(100) not null,
    doc_date              date         not null,
    title                 varchar(500) not null,
    issuer                varchar(300) not null,
    starts_on             date         not null,
    ends_on               date         not null,
    -- ONLINE_ACTIVITY_SHARE: does a HYBRID activity count as online (DESIGN: default yes)
    hybrid_counts_online  boolean      not null default true,
    note                  text,
    created_by            bigint references account (id),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint plan_dates check (ends_on >= starts_on)
);
create index plan_unit_idx on plan (unit_id);

create table plan_phase (
    id         bigserial primary key,
    plan_id    bigint       not null references plan (id) on delete cascade,
    position   int          not null,
    name       varchar(200) not null,
    starts_on  date         not null,
    ends_on    date         not null,
    constraint plan_phase_dates check (ends_on >= starts_on)
);
create index plan_phase_plan_idx on plan_phase (plan_id, position);

create table plan_target (
    id             bigserial primary key,
    plan_id        bigint        not null references plan (id) on delete cascade,
    -- the phase whose dates bound the status projection; null: the whole plan
    phase_id       bigint references plan_phase (id) on delete cascade,
    position       int           not null,
    -- the target as the document words it, and where (section, line) — traceable to its source
    label          varchar(1000) not null,
    source_ref     varchar(300),
    -- a code of the metric catalogue (DESIGN "The metrics"); metrics plug in without a schema change
    metric         varchar(40)   not null,
    audience       text[]        not null default '{}',
    topics         text[]        not null default '{}',
    -- MATERIAL_ACCESS_SHARE: the designated courses
    course_ids     bigint[]      not null default '{}',
    -- PLAN: [plan start, d]; PHASE: [phase start, d]; MONTHS: the last window_months months up to d
    window_kind    varchar(8)    not null default 'PLAN' check (window_kind in ('PLAN', 'PHASE', 'MONTHS')),
    window_months  int check (window_months is null or window_months > 0),
    -- percent for shares (80 = 80%), a ratio for TRAINER_RATIO; a band's lower bound
    threshold      numeric(9, 4) not null,
    band_upper     numeric(9, 4),
    -- restricts the units counted: ALL, URBAN, RURAL, PILOT (pilot communes), or the listed units
    unit_filter    varchar(8)    not null default 'ALL' check (unit_filter in ('ALL', 'URBAN', 'RURAL', 'PILOT', 'LISTED')),
    unit_ids       bigint[]      not null default '{}',
    -- metric-specific settings, e.g. {"months": 6} for NEW_MEDIATOR_TRAINED_IN_TIME, {"level": "PROVINCIAL"}
    params         jsonb         not null default '{}',
    constraint plan_target_band check (band_upper is null or band_upper >= threshold),
    constraint plan_target_window check ((window_kind = 'MONTHS') = (window_months is not null))
);
create index plan_target_plan_idx on plan_target (plan_id, position);

-- Figures reported by hand for what lives outside the system (a commune's loudspeaker reach…):
-- shown beside, never mixed into, the measured value. The latest report per target, unit and day wins.
create table target_report (
    id           bigserial primary key,
    target_id    bigint        not null references plan_target (id) on delete cascade,
    unit_id      bigint        not null references unit (id),
    as_of        date          not null,
    value        numeric(12, 4) not null,
    numerator    numeric(14, 2),
    denominator  numeric(14, 2),
    source_note  varchar(1000) not null,
    reported_by  bigint references account (id),
    reported_at  timestamptz   not null default now()
);
create index target_report_idx on target_report (target_id, unit_id, as_of);

-- Pilot communes (xã điểm chỉ đạo) of a plan's unit filter, e.g. the Nam Định mediation plan's >90% band.
alter table unit add column pilot boolean not null default false;
