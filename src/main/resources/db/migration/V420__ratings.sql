-- Satisfaction ratings (issue 8, item 5): one question, a score 1-5 and an optional comment, on a
-- course (after completing it), a contest (after an attempt) or a public page (by its path).
--
-- The window of "one rating per rater per object" is the calendar month in Vietnam time
-- (window_month = first day of the month, Asia/Ho_Chi_Minh): plans report satisfaction monthly or
-- per quarter/year, so a month keeps one voice per person in every reporting period while letting a
-- returning learner or entrant say again, next month, whether things got better.
create table rating (
    id               bigserial primary key,
    object_kind      varchar(16)   not null check (object_kind in ('COURSE', 'CONTEST', 'PAGE')),
    -- COURSE and CONTEST: the object's id; PAGE: the public path
    object_id        bigint,
    object_path      varchar(300),
    -- the course's owner unit or the contest's unit (pages: the root unit); copied at rating time
    owner_unit_id    bigint        not null references unit (id),
    score            smallint      not null check (score between 1 and 5),
    comment          varchar(1000),
    -- the rater: exactly one of a staff/learner account, a contest entrant, a signed anonymous cookie id
    account_id       bigint references account (id) on delete set null,
    entrant_id       bigint references entrant (id) on delete set null,
    anonymous_id     varchar(64),
    -- 'A:<account>', 'E:<entrant>' or 'C:<cookie id>': the uniqueness key, kept when the account goes
    rater_key        varchar(80)   not null,
    client_address   varchar(64)   not null,
    rated_at         timestamptz   not null default now(),
    window_month     date          not null,
    -- the unit the rater declared (an entrant's residence, a learner's unit), when known
    declared_unit_id bigint references unit (id),
    check ((object_kind = 'PAGE') = (object_path is not null and object_id is null)),
    check (object_kind = 'PAGE' or object_id is not null),
    check (extract(day from window_month) = 1)
);

create unique index rating_once_per_window
    on rating (rater_key, object_kind, coalesce(object_id, 0), coalesce(object_path, ''), window_month);
create index rating_owner_idx on rating (owner_unit_id, window_month);
