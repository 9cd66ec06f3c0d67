-- Learning: courses (from `courses/` files or authored in the UI) → modules → lessons, their media,
-- enrolments and lesson progress, the stored completions that the training KPIs count,
-- assignments with deadlines, cohorts (online training activities), certificates, the report of
-- the last `courses/` import, and the xAPI statements a provincial learning-record store reads.

create table course (
    id                 bigserial primary key,
    -- the folder name under courses/ and the URL: lower-case ASCII, digits and hyphens
    slug               varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- raised on every published change; the files import updates a course only to a higher version
    version            int          not null default 1 check (version > 0),
    title              varchar(300) not null,
    -- folded title + summary for diacritics-insensitive search
    search_text        text         not null,
    summary            text,
    cover_media_id     bigint,
    language           varchar(8)   not null default 'vi',
    -- AudienceGroup codes the course is written for (the catalogue filter); empty = everyone
    audience           text[]       not null default '{}',
    -- topic codes, e.g. chuyen-doi-so-pbgdpl, hoa-giai-co-so, luat-pbgdpl: the KPI targets match on them
    topics             text[]       not null default '{}',
    estimated_minutes  int check (estimated_minutes is null or estimated_minutes > 0),
    -- the owner: its trainers and managers edit the course; INTERNAL courses are visible in its subtree
    unit_id            bigint       not null references unit (id),
    visibility         varchar(8)   not null default 'INTERNAL' check (visibility in ('PUBLIC', 'INTERNAL')),
    self_enrol         boolean      not null default true,
    published          boolean      not null default false,
    -- completion rule beside required lessons and must-pass quizzes: minutes spent in lessons
    min_minutes        int check (min_minutes is null or min_minutes > 0),
    -- FILES: imported from courses/ (a higher version in the folder replaces it); UI: authored here
    origin             varchar(8)   not null default 'UI' check (origin in ('FILES', 'UI')),
    -- the bank holding the questions of the course's quizzes (created by the files import and the authoring UI)
    bank_id            bigint references question_bank (id),
    created_by         bigint references account (id),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);
create index course_unit_idx on course (unit_id);
create index course_topics_idx on course using gin (topics);
create index course_search_trgm_idx on course using gin (search_text gin_trgm_ops);

-- Media of a course (video, audio, documents, images) in the database, so every node serves every
-- file. Stored uncompressed out of line so a range request reads only the pages it needs.
create table course_media (
    id            bigserial primary key,
    course_id     bigint       not null references course (id) on delete cascade,
    -- the file name inside the course folder's media/, e.g. bai-1.mp3
    name          varchar(120) not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' and name !~ '\.\.'),
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null,
    data          bytea        not null,
    created_at    timestamptz  not null default now(),
    unique (course_id, name)
);
alter table course_media alter column data set storage external;
alter table course add constraint course_cover_fk foreign key (cover_media_id) references course_media (id) on delete set null;

create table course_module (
    id         bigserial primary key,
    course_id  bigint       not null references course (id) on delete cascade,
    position   int          not null,
    -- the module folder name without its number prefix
    slug       varchar(80)  not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title      varchar(300) not null,
    unique (course_id, slug)
);
create index course_module_course_idx on course_module (course_id, position);

create table lesson (
    id                bigserial primary key,
    course_id         bigint       not null references course (id) on delete cascade,
    module_id         bigint       not null references course_module (id) on delete cascade,
    position          int          not null,
    -- the lesson file name without number prefix and .md; stable across versions, so progress survives an update
    slug              varchar(80)  not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind              varchar(8)   not null check (kind in ('TEXT', 'VIDEO', 'AUDIO', 'DOCUMENT', 'QUIZ')),
    title             varchar(300) not null,
    -- Markdown: the lesson text, or the text shown with a video, audio, document or quiz
    body              text         not null default '',
    required          boolean      not null default true,
    duration_minutes  int check (duration_minutes is null or duration_minutes > 0),
    media_id          bigint references course_media (id) on delete set null,
    external_url      varchar(1000),
    quiz_id           bigint references quiz (id),
    -- QUIZ: the course is complete only when this quiz is passed (by the quiz's pass mark)
    must_pass         boolean      not null default false,
    -- lessons removed by a newer version stay for the progress that points at them, hidden
    retired           boolean      not null default false,
    unique (course_id, slug),
    constraint lesson_quiz_shape check ((kind = 'QUIZ') = (quiz_id is not null))
);
create index lesson_module_idx on lesson (module_id, position);
create index lesson_quiz_idx on lesson (quiz_id) where quiz_id is not null;

-- A learner is an account; person_id links to the roster person of that account (null for
-- citizens without a roster entry) when the enrolment is made.
create table enrollment (
    id              bigserial primary key,
    course_id       bigint      not null references course (id) on delete cascade,
    account_id      bigint      not null references account (id),
    person_id       bigint references person (id),
    source          varchar(8)  not null check (source in ('SELF', 'ASSIGNED', 'COHORT')),
    enrolled_at     timestamptz not null default now(),
    -- the lesson to resume at
    last_lesson_id  bigint references lesson (id) on delete set null,
    last_seen_at    timestamptz,
    unique (course_id, account_id)
);
create index enrollment_account_idx on enrollment (account_id);
create index enrollment_person_idx on enrollment (person_id) where person_id is not null;

create table lesson_progress (
    enrollment_id     bigint      not null references enrollment (id) on delete cascade,
    lesson_id         bigint      not null references lesson (id) on delete cascade,
    -- MATERIAL_ACCESS_SHARE counts first openings
    first_opened_at   timestamptz not null default now(),
    done_at           timestamptz,
    -- time spent, summed from the player's heartbeats (bounded per beat); video/audio position to resume
    seconds_spent     int         not null default 0 check (seconds_spent >= 0),
    position_seconds  int check (position_seconds is null or position_seconds >= 0),
    primary key (enrollment_id, lesson_id)
);
create index lesson_progress_opened_idx on lesson_progress (lesson_id, first_opened_at);

-- Cohort (đợt tập huấn trực tuyến): an ONLINE training activity for the KPIs, run by a unit.
create table cohort (
    id          bigserial primary key,
    course_id   bigint       not null references course (id),
    unit_id     bigint       not null references unit (id),
    title       varchar(300) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    created_by  bigint references account (id),
    created_at  timestamptz  not null default now(),
    constraint cohort_dates check (ends_on >= starts_on)
);
create index cohort_course_idx on cohort (course_id);
create index cohort_unit_idx on cohort (unit_id);

create table cohort_member (
    cohort_id  bigint      not null references cohort (id) on delete cascade,
    person_id  bigint      not null references person (id),
    added_at   timestamptz not null default now(),
    primary key (cohort_id, person_id)
);
create index cohort_member_person_idx on cohort_member (person_id);

-- The TrainingRecord of a course: written once, when the rules are first met. One per course and
-- account: completing a newer version again does not add a record.
create table course_completion (
    id              bigserial primary key,
    course_id       bigint        not null references course (id),
    course_version  int           not null,
    account_id      bigint        not null references account (id),
    person_id       bigint references person (id),
    completed_at    timestamptz   not null,
    -- the sum of the graded must-pass quizzes, when the course has any
    score           numeric(10, 4),
    max_score       numeric(10, 4),
    -- the cohort the person belonged to, when the completion falls within its dates
    cohort_id       bigint references cohort (id),
    mode            varchar(8)    not null default 'ONLINE' check (mode = 'ONLINE'),
    unique (course_id, account_id)
);
create index course_completion_person_idx on course_completion (person_id, completed_at) where person_id is not null;
create index course_completion_cohort_idx on course_completion (cohort_id) where cohort_id is not null;

-- Assigned training: a course for persons chosen by one person, an audience group in a unit's
-- subtree, or a whole subtree. A person belongs to an assignment while they match it, so a mediator
-- recognised next month is assigned too. Due: a date, or N months after a base date.
create table course_assignment (
    id              bigserial primary key,
    course_id       bigint       not null references course (id),
    -- the subtree the assignment covers (also the scope of who may see and change it)
    unit_id         bigint       not null references unit (id),
    target          varchar(8)   not null check (target in ('PERSON', 'GROUP', 'UNIT')),
    person_id       bigint references person (id),
    group_code      varchar(16),
    due_on          date,
    due_months      int check (due_months is null or due_months between 1 and 120),
    -- ASSIGNED: the assignment's date; RECOGNIZED: the mediator's recognition date; ACTIVE_FROM: the person's start on the roster
    due_base        varchar(12) check (due_base in ('ASSIGNED', 'RECOGNIZED', 'ACTIVE_FROM')),
    note            varchar(500),
    created_by      bigint references account (id),
    created_at      timestamptz  not null default now(),
    constraint assignment_target check ((target = 'PERSON') = (person_id is not null) and (target = 'GROUP') = (group_code is not null)),
    constraint assignment_due check ((due_on is null) <> (due_months is null) and (due_months is null) = (due_base is null))
);
create index course_assignment_course_idx on course_assignment (course_id);
create index course_assignment_unit_idx on course_assignment (unit_id);

create table certificate (
    id              bigserial primary key,
    completion_id   bigint       not null unique references course_completion (id),
    -- printed on the certificate and in its QR link; random, unguessable
    code            varchar(16)  not null unique,
    -- what the certificate shows, frozen when it is issued: the verification page shows exactly this
    learner_name    varchar(200) not null,
    birth_date      date,
    course_title    varchar(300) not null,
    hours           numeric(6, 1),
    completed_on    date         not null,
    issuer_name     varchar(200) not null,
    issued_at       timestamptz  not null default now(),
    revoked_at      timestamptz,
    revoked_reason  varchar(300)
);

-- What the last import of courses/ found wrong, per folder and file; replaced by each import.
create table course_import_issue (
    id          bigserial primary key,
    folder      varchar(200) not null,
    file        varchar(300),
    line        int,
    message_key varchar(120) not null,
    args        text[]       not null default '{}',
    found_at    timestamptz  not null default now()
);

-- xAPI statements, written when the fact happens (enrolment, lesson completion, quiz result,
-- course completion); served in id order from GET /api/v1/xapi/statements.
create table xapi_statement (
    id          bigserial primary key,
    uuid        uuid         not null unique,
    account_id  bigint       not null references account (id),
    -- the learner's unit when it happened: a manager reads the statements of their subtree
    unit_id     bigint       not null references unit (id),
    verb        varchar(16)  not null check (verb in ('REGISTERED', 'EXPERIENCED', 'COMPLETED', 'PASSED', 'FAILED')),
    object_kind varchar(8)   not null check (object_kind in ('COURSE', 'LESSON', 'QUIZ')),
    object_id   bigint       not null,
    course_id   bigint       not null references course (id),
    score       numeric(10, 4),
    max_score   numeric(10, 4),
    occurred_at timestamptz  not null,
    stored_at   timestamptz  not null default now()
);
create index xapi_statement_unit_idx on xapi_statement (unit_id, id);

-- Who each assignment covers now, with their due date: persons active today who match its target
-- (the person; members of the group in the subtree; everyone in the subtree). A relative deadline
-- counts from the assignment's day, the person's first day on the roster, or — RECOGNIZED — the
-- mediator's recognition date (the person's first day when it is not recorded). Both the learner's
-- "my learning" and the managers' overdue lists read this one definition.
create view assignment_due as
select a.id as assignment_id, a.course_id, a.unit_id, p.id as person_id, p.account_id,
       coalesce(a.due_on, (case a.due_base
           when 'ASSIGNED' then (a.created_at at time zone 'Asia/Ho_Chi_Minh')::date
           when 'ACTIVE_FROM' then p.active_from
           else coalesce((select g.recognized_on from person_group g
                          where g.person_id = p.id and g.group_code = 'MEDIATOR'), p.active_from)
       end + make_interval(months => a.due_months))::date) as due_on
from course_assignment a
join unit au on au.id = a.unit_id
join unit pu on pu.path like au.path || '%'
join person p on p.unit_id = pu.id
where (p.active_to is null or p.active_to >= (now() at time zone 'Asia/Ho_Chi_Minh')::date)
  and (a.target <> 'PERSON' or p.id = a.person_id)
  and (a.target <> 'GROUP' or exists (select 1 from person_group g where g.person_id = p.id and g.group_code = a.group_code));
