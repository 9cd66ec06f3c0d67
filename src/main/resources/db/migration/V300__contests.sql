-- Issue 7: public online law contests, organiser side. Entrants (V310) and entries/rankings come later.

-- A contest run by a unit: its rules, who may enter, its question pool (a bank of its own) and how it ranks.
create table contest (
    id                  bigserial primary key,
    unit_id             bigint        not null references unit (id),
    -- public address part, unique over all contests
    slug                varchar(120)  not null unique,
    title               varchar(300)  not null,
    -- folded title for diacritics-insensitive search
    search_text         text          not null,
    rules_md            text          not null default '',
    min_age             int check (min_age is null or min_age between 0 and 120),
    -- units whose residents may enter (each with its subtree); empty = anyone
    residence_unit_ids  bigint[]      not null default '{}',
    -- the contest's own GIFT question pool
    bank_id             bigint        not null references question_bank (id),
    draw_count          int           not null check (draw_count > 0),
    time_limit_seconds  int           not null check (time_limit_seconds > 0),
    -- null = unlimited
    attempts_per_round  int check (attempts_per_round is null or attempts_per_round > 0),
    prediction_kind     varchar(24)   not null default 'NONE'
        check (prediction_kind in ('NONE', 'FULL_SCORE_COUNT', 'TOTAL_ENTRANTS')),
    -- tie-breaking order of the ranking, first key first
    ranking_order       text[]        not null default '{SCORE_DESC,PREDICTION_ERROR_ASC,DURATION_ASC,STARTED_ASC}',
    status              varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at        timestamptz,
    created_by          bigint references account (id),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint contest_published_has_time check ((status = 'PUBLISHED') = (published_at is not null))
);
create index contest_unit_idx on contest (unit_id);
create index contest_search_trgm_idx on contest using gin (search_text gin_trgm_ops);

-- A round of a contest: a time window with its own assessment quiz, then a frozen ranking and published results.
create table contest_round (
    id                    bigserial primary key,
    contest_id            bigint        not null references contest (id) on delete cascade,
    position              int           not null,
    name                  varchar(200)  not null,
    opens_at              timestamptz   not null,
    closes_at             timestamptz   not null,
    -- the round's assessment quiz (contest draw rule and time limit, round window and attempts); set at publish
    quiz_id               bigint references quiz (id),
    -- the true answer to the prediction question, entered after the round closes
    prediction_actual     bigint check (prediction_actual is null or prediction_actual >= 0),
    frozen_at             timestamptz,
    frozen_by             bigint references account (id),
    -- how the ranking was frozen (order keys, counts), kept for the record
    frozen_method         jsonb,
    results_published_at  timestamptz,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    constraint contest_round_window check (closes_at > opens_at),
    constraint contest_round_position unique (contest_id, position)
);
create index contest_round_quiz_idx on contest_round (quiz_id);

-- A prize of a contest (or of one round): individual tiers, or unit prizes for most entrants / highest rate.
create table contest_prize (
    id          bigserial primary key,
    contest_id  bigint        not null references contest (id) on delete cascade,
    -- null = the whole contest
    round_id    bigint references contest_round (id) on delete cascade,
    kind        varchar(24)   not null check (kind in ('INDIVIDUAL', 'UNIT_MOST_ENTRANTS', 'UNIT_HIGHEST_RATE')),
    tier        int           not null check (tier > 0),
    name        varchar(200)  not null,
    count       int           not null check (count > 0),
    created_at  timestamptz   not null default now()
);
create index contest_prize_contest_idx on contest_prize (contest_id);
