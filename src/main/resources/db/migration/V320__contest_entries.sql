-- Issue 7: an entrant's attempt at a contest round. The attempt itself (questions, responses, times,
-- score) lives in the assessment engine's `attempt` row; the entry ties it to the round and entrant,
-- keeps the entrant's unit as it was at the start (statistics and collective prizes), the device and
-- the prediction answer, and a copy of the result written when the attempt closes (ranking and
-- statistics read entries only). Flags, review decisions and frozen rankings come in V330.
create table contest_entry (
    attempt_id   bigint        primary key references attempt (id),
    round_id     bigint        not null references contest_round (id),
    entrant_id   bigint        not null references entrant (id),
    unit_id      bigint        not null references unit (id),
    -- copied from the attempt: server clock only
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    -- milliseconds between the server's start and finish (an expired attempt counts to its deadline)
    duration_ms  bigint,
    score        numeric(10, 4),
    max_score    numeric(10, 4) not null,
    -- answer to the prediction question (entrants with full score, or total entrants)
    prediction   numeric(14, 2) check (prediction is null or prediction >= 0),
    device       varchar(8)    not null check (device in ('MOBILE', 'DESKTOP')),
    client_ip    varchar(64)
);
create index contest_entry_round_entrant_idx on contest_entry (round_id, entrant_id);
create index contest_entry_round_unit_idx on contest_entry (round_id, unit_id);
create index contest_entry_entrant_idx on contest_entry (entrant_id);
create index contest_entry_round_started_idx on contest_entry (round_id, started_at);
-- the leaderboard: best finished entries of a round
create index contest_entry_round_score_idx on contest_entry (round_id, score desc, duration_ms, started_at)
    where finished_at is not null;
