-- Issue 7: participation certificates of contests, issued on an entrant's request once they have
-- finished an attempt in a round. What the paper prints is kept as issued, so the public
-- verification page (/thi/chung-nhan/{code}) confirms exactly that. One certificate per entrant and
-- contest: a later request keeps the code and refreshes the rounds taken (and the issue date when
-- they changed).
create table contest_certificate (
    id              bigserial primary key,
    code            varchar(16)   not null unique,
    contest_id      bigint        not null references contest (id),
    entrant_id      bigint        not null references entrant (id),
    holder_name     varchar(120)  not null,
    birth_date      date          not null,
    unit_name       varchar(200)  not null,
    contest_title   varchar(300)  not null,
    organiser_name  varchar(200)  not null,
    -- names of the rounds with a finished attempt, in round order
    rounds          text[]        not null,
    issued_on       date          not null,
    created_at      timestamptz   not null default now(),
    constraint contest_certificate_one unique (contest_id, entrant_id)
);
create index contest_certificate_entrant_idx on contest_certificate (entrant_id);
