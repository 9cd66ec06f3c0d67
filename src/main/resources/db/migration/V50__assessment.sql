-- Assessment engine: question banks owned by a unit, questions with immutable content versions,
-- quizzes with draw rules, and attempts. The engine knows nothing of courses or contests: a taker
-- is (taker_kind, taker_id), e.g. ('ACCOUNT', 12) or ('ENTRANT', 345).

create table question_bank (
    id           bigserial primary key,
    unit_id      bigint       not null references unit (id),
    name         varchar(200) not null,
    description  text,
    created_by   bigint references account (id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create index question_bank_unit_idx on question_bank (unit_id);

create table question (
    id               bigserial primary key,
    bank_id          bigint       not null references question_bank (id) on delete cascade,
    -- the version new attempts use; older versions stay for the attempts that used them
    current_version  int          not null default 1,
    type             varchar(16)  not null check (type in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERICAL', 'MATCHING')),
    title            varchar(300),
    -- folded text of title and question for diacritics-insensitive search
    search_text      text         not null,
    category         varchar(300),
    difficulty       varchar(8) check (difficulty in ('EASY', 'MEDIUM', 'HARD')),
    tags             text[]       not null default '{}',
    active           boolean      not null default true,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create index question_bank_idx on question (bank_id, active, category, difficulty);
create index question_search_trgm_idx on question using gin (search_text gin_trgm_ops);
create index question_tags_idx on question using gin (tags);

create table question_version (
    question_id  bigint      not null references question (id) on delete cascade,
    version      int         not null,
    -- QuestionContent as JSON: text, options with weights, feedback…
    content      jsonb       not null,
    created_by   bigint references account (id),
    created_at   timestamptz not null default now(),
    primary key (question_id, version)
);

create table quiz (
    id                     bigserial primary key,
    unit_id                bigint       not null references unit (id),
    title                  varchar(300) not null,
    description            text,
    time_limit_seconds     int check (time_limit_seconds is null or time_limit_seconds > 0),
    open_at                timestamptz,
    close_at               timestamptz,
    attempts_allowed       int check (attempts_allowed is null or attempts_allowed > 0),
    attempt_delay_seconds  int          not null default 0 check (attempt_delay_seconds >= 0),
    grading_method         varchar(8)   not null default 'HIGHEST' check (grading_method in ('HIGHEST', 'LAST', 'FIRST', 'AVERAGE')),
    pass_percent           numeric(5, 2) check (pass_percent is null or pass_percent between 0 and 100),
    shuffle_questions      boolean      not null default true,
    shuffle_options        boolean      not null default true,
    review_mode            varchar(16)  not null default 'SCORE_ONLY' check (review_mode in ('SCORE_ONLY', 'CORRECT_ANSWERS', 'FEEDBACK')),
    review_when            varchar(16)  not null default 'IMMEDIATELY' check (review_when in ('IMMEDIATELY', 'AFTER_CLOSE')),
    created_by             bigint references account (id),
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint quiz_window check (open_at is null or close_at is null or open_at < close_at)
);
create index quiz_unit_idx on quiz (unit_id);

create table quiz_rule (
    id           bigserial primary key,
    quiz_id      bigint      not null references quiz (id) on delete cascade,
    position     int         not null,
    -- DRAW: `draw_count` random questions of the bank matching category/difficulty/tag; FIXED: one question
    kind         varchar(8)  not null check (kind in ('DRAW', 'FIXED')),
    bank_id      bigint      not null references question_bank (id),
    category     varchar(300),
    difficulty   varchar(8) check (difficulty in ('EASY', 'MEDIUM', 'HARD')),
    tag          varchar(100),
    draw_count   int check (draw_count is null or draw_count > 0),
    question_id  bigint references question (id),
    points       numeric(8, 2) not null default 1 check (points > 0),
    constraint quiz_rule_shape check ((kind = 'DRAW' and draw_count is not null and question_id is null)
                                   or (kind = 'FIXED' and question_id is not null))
);
create index quiz_rule_quiz_idx on quiz_rule (quiz_id, position);

create table attempt (
    id            bigserial primary key,
    quiz_id       bigint        not null references quiz (id),
    taker_kind    varchar(16)   not null,
    taker_id      bigint        not null,
    number        int           not null,
    state         varchar(12)   not null check (state in ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED')),
    started_at    timestamptz   not null,
    -- null when the quiz has no time limit and no close time
    deadline      timestamptz,
    finished_at   timestamptz,
    -- the frozen question set: [{"q":questionId,"v":version,"points":p,"order":[option permutation],
    --   "response":…,"fraction":…}] — one row per attempt keeps start, save and submit to one write each
    items         jsonb         not null,
    score         numeric(10, 4),
    max_score     numeric(10, 4) not null,
    graded_at     timestamptz,
    client_ip     varchar(64),
    user_agent    varchar(300),
    unique (quiz_id, taker_kind, taker_id, number)
);
-- at most one open attempt per taker and quiz
create unique index attempt_one_open_idx on attempt (quiz_id, taker_kind, taker_id) where state = 'IN_PROGRESS';
create index attempt_deadline_idx on attempt (deadline) where state = 'IN_PROGRESS';
create index attempt_items_idx on attempt using gin (items jsonb_path_ops);

create table regrade_log (
    id           bigserial primary key,
    question_id  bigint      not null references question (id),
    version      int         not null,
    attempts     int         not null,
    reason       text,
    done_by      bigint references account (id),
    done_at      timestamptz not null default now()
);
