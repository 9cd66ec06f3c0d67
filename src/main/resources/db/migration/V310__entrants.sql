-- Contest entrants (issue 7): citizens who register once with a phone number and enter any contest.
-- The ID number is never stored: only an HMAC with the installation secret (duplicate checks) and a
-- masked form to show. The sign-in code is stored as an Argon2id hash, like passwords.
create table entrant (
    id          bigserial primary key,
    phone       varchar(10)  not null unique,
    full_name   varchar(120) not null,
    search_name varchar(120) not null,
    birth_date  date         not null,
    unit_id     bigint       not null references unit (id),
    id_hash     varchar(64),
    id_masked   varchar(12),
    email       varchar(200),
    consent_at  timestamptz  not null,
    code_hash   varchar(200) not null,
    -- set when the entrant starts a first attempt: details can no longer be edited
    locked_at   timestamptz,
    created_at  timestamptz  not null default now(),
    created_ip  varchar(64),
    constraint entrant_phone_format check (phone ~ '^0[0-9]{9}$')
);
-- duplicate identities: the same name and date of birth on different phones, the same ID number
create index entrant_identity_idx on entrant (search_name, birth_date);
create index entrant_id_hash_idx on entrant (id_hash) where id_hash is not null;
create index entrant_unit_idx on entrant (unit_id);
