-- CITIZEN_REACH_SHARE (issue 8, item 4) counts, in each unit, the distinct citizens whose declared
-- unit it is and who used the platform in the window: contest entrants by entrant.unit_id (fixed once
-- they start a first attempt, V310 locked_at), accounts by account.unit_id for the lessons they
-- completed (lesson_progress.done_at), raters by rating.declared_unit_id. Its stored per-unit counts
-- (V220) are refreshed by raising the version of those units on every write to these facts.

-- rated in the window by declared unit
create index rating_declared_unit_idx on rating (declared_unit_id, rated_at) where declared_unit_id is not null;
-- lessons completed in the window by account
create index lesson_progress_done_idx on lesson_progress (enrollment_id, done_at) where done_at is not null;

-- contest entries: the unit of each entrant concerned
create function kpi_bump_entrant_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select e.unit_id from entrant e where e.id in (select entrant_id from kpi_new)));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select e.unit_id from entrant e where e.id in (select entrant_id from kpi_old)));
    end if;
    return null;
end $$;
create trigger kpi_contest_entry_ins after insert on contest_entry referencing new table as kpi_new
    for each statement execute function kpi_bump_entrant_id();
create trigger kpi_contest_entry_del after delete on contest_entry referencing old table as kpi_old
    for each statement execute function kpi_bump_entrant_id();
-- an entry is updated when its attempt closes (score, duration): only its start or entrant counts
create function kpi_bump_entry_moved() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select e.unit_id from entrant e where e.id in (old.entrant_id, new.entrant_id)));
    return null;
end $$;
create trigger kpi_contest_entry_upd after update of started_at, entrant_id on contest_entry
    for each row when (old.started_at is distinct from new.started_at or old.entrant_id <> new.entrant_id)
    execute function kpi_bump_entry_moved();

-- an entrant or account that changes unit moves their facts from one unit to the other
create function kpi_bump_moved_unit() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array[old.unit_id, new.unit_id]);
    return null;
end $$;
create trigger kpi_entrant_unit_upd after update of unit_id on entrant
    for each row when (old.unit_id <> new.unit_id) execute function kpi_bump_moved_unit();
create trigger kpi_account_unit_upd after update of unit_id on account
    for each row when (old.unit_id <> new.unit_id) execute function kpi_bump_moved_unit();

-- completed lessons: the unit of the enrolment's account (V220's triggers bump the persons' units)
create function kpi_bump_lesson_account() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_bump(array(select a.unit_id from enrollment e join account a on a.id = e.account_id
                               where e.id in (select enrollment_id from kpi_new where done_at is not null)));
    else
        perform kpi_bump(array(select a.unit_id from enrollment e join account a on a.id = e.account_id
                               where e.id in (select enrollment_id from kpi_old where done_at is not null)));
    end if;
    return null;
end $$;
create trigger kpi_lesson_account_ins after insert on lesson_progress referencing new table as kpi_new
    for each statement execute function kpi_bump_lesson_account();
create trigger kpi_lesson_account_del after delete on lesson_progress referencing old table as kpi_old
    for each statement execute function kpi_bump_lesson_account();
-- heartbeats update lesson_progress all the time: only a completion set, moved or cleared counts
create function kpi_bump_lesson_done() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select a.unit_id from enrollment e join account a on a.id = e.account_id
                           where e.id in (old.enrollment_id, new.enrollment_id)));
    return null;
end $$;
create trigger kpi_lesson_account_upd after update of done_at, enrollment_id on lesson_progress
    for each row when (old.done_at is distinct from new.done_at or old.enrollment_id <> new.enrollment_id)
    execute function kpi_bump_lesson_done();
create function kpi_bump_enrollment_account() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select unit_id from account where id in (old.account_id, new.account_id)));
    return null;
end $$;
create trigger kpi_enrollment_account_upd after update of account_id on enrollment
    for each row when (old.account_id <> new.account_id) execute function kpi_bump_enrollment_account();
-- a deleted enrolment takes its completed lessons with it (the cascade's lesson rows no longer find it)
create function kpi_bump_enrollment_accounts() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select unit_id from account where id in (select account_id from kpi_old)));
    return null;
end $$;
create trigger kpi_enrollment_account_del after delete on enrollment referencing old table as kpi_old
    for each statement execute function kpi_bump_enrollment_accounts();

-- ratings: the rater's declared unit (V421 bumps the owner unit for SATISFACTION_SHARE)
create function kpi_bump_declared_unit_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select declared_unit_id from kpi_new));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select declared_unit_id from kpi_old));
    end if;
    return null;
end $$;
create trigger kpi_rating_declared_ins after insert on rating referencing new table as kpi_new
    for each statement execute function kpi_bump_declared_unit_id();
create trigger kpi_rating_declared_upd after update on rating referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_declared_unit_id();
create trigger kpi_rating_declared_del after delete on rating referencing old table as kpi_old
    for each statement execute function kpi_bump_declared_unit_id();
