-- Issue 7: fairness of contest rounds. Flags raised on entries for review, the organisers' review
-- decisions (an append-only log), and the ranking frozen at a round's close with the prizes it won.
-- The freeze record itself (prediction_actual, frozen_at, frozen_by, frozen_method) is on contest_round.

-- A reason to look at an entry before results are published; recomputed (replaced) at each freeze or on demand.
create table entry_flag (
    attempt_id  bigint       not null references contest_entry (attempt_id),
    round_id    bigint       not null references contest_round (id),
    kind        varchar(24)  not null check (kind in ('FAST', 'IP_BURST', 'DUPLICATE_IDENTITY')),
    -- the figures behind the flag, ';'-separated, shown through the message contest.review.flag.<kind>.detail
    detail      varchar(300) not null,
    at          timestamptz  not null default now(),
    primary key (attempt_id, kind)
);
create index entry_flag_round_idx on entry_flag (round_id, kind);

-- Disqualifications and reinstatements, in order; the latest decision for (round, entrant) is in force.
-- Rows are never updated or deleted (the trigger below refuses it).
create table review_decision (
    id          bigserial    primary key,
    round_id    bigint       not null references contest_round (id),
    entrant_id  bigint       not null references entrant (id),
    action      varchar(12)  not null check (action in ('DISQUALIFY', 'REINSTATE')),
    reason      text         not null check (length(btrim(reason)) > 0),
    by_account  bigint       not null references account (id),
    at          timestamptz  not null default now()
);
create index review_decision_round_entrant_idx on review_decision (round_id, entrant_id, id desc);
create index review_decision_entrant_idx on review_decision (entrant_id);

create function review_decision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'review_decision is an append-only log';
end $$;
create trigger review_decision_no_change before update or delete on review_decision
    for each row execute function review_decision_append_only();

-- The ranking as frozen: one row per ranked entrant (their best entry), with the individual prize won.
create table round_ranking (
    round_id          bigint         not null references contest_round (id),
    rank              int            not null check (rank > 0),
    entrant_id        bigint         not null references entrant (id),
    attempt_id        bigint         not null references contest_entry (attempt_id),
    unit_id           bigint         not null references unit (id),
    score             numeric(10, 4) not null,
    max_score         numeric(10, 4) not null,
    prediction        numeric(14, 2),
    -- |prediction - actual|; null without a prediction or without a prediction question
    prediction_error  numeric(16, 2),
    duration_ms       bigint         not null,
    started_at        timestamptz    not null,
    prize_id          bigint references contest_prize (id),
    primary key (round_id, rank),
    constraint round_ranking_once unique (round_id, entrant_id)
);

-- Every freeze of a round, first or again after a review decision (the current one is on contest_round).
create table round_freeze (
    id          bigserial    primary key,
    round_id    bigint       not null references contest_round (id),
    -- null: the scheduled freeze at close
    by_account  bigint references account (id),
    method      jsonb        not null,
    at          timestamptz  not null default now()
);
create index round_freeze_round_idx on round_freeze (round_id, id);

-- many entrants starting from one address in a short time
create index contest_entry_round_ip_idx on contest_entry (round_id, client_ip, started_at) where client_ip is not null;
-- rounds waiting for their freeze
create index contest_round_unfrozen_idx on contest_round (closes_at) where frozen_at is null;
