-- Issue 7, organiser side: the contest banner (an image served publicly at /thi/anh/{contestId})
-- and one prize per (contest, round or whole contest, kind, tier).
create table contest_banner (
    contest_id    bigint       primary key references contest (id) on delete cascade,
    -- image/jpeg, image/png or image/webp, decided from the file's magic bytes
    content_type  varchar(16)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes         bytea        not null check (octet_length(bytes) between 1 and 512000),
    updated_by    bigint references account (id),
    updated_at    timestamptz  not null default now()
);

-- round_id null = a prize of the whole contest; 0 stands for it so the tier is unique per kind there too
create unique index contest_prize_tier_idx on contest_prize (contest_id, coalesce(round_id, 0), kind, tier);
