-- The KPI engine's per-unit counts (plans/kpi KpiCounts): the numerator and denominator of a metric
-- over the persons whose own unit is U (not its subtree), for one target definition and day. A
-- subtree's figure is the sum over its units, so a national roll-up reads ~6,000 rows instead of
-- probing the facts of 1,000,000 persons.
--
-- Refresh rule: every write to a fact a metric reads (person, person_group, course_completion,
-- activity_participant, external_completion, enrollment, lesson_progress, training_activity, cohort,
-- and the topics of a course) raises, in the same transaction
-- (triggers below), the version of each unit whose persons it concerns. A stored count is used only
-- while its version equals its unit's current version; otherwise the engine recomputes that unit's
-- count from the facts by SQL, reading the version in the same statement (snapshot) as the facts.
-- Recording a check-in therefore changes the KPIs on the next read, recomputing one commune.

create table kpi_unit_version (
    unit_id  bigint primary key references unit (id) on delete cascade,
    version  bigint not null
);

create table kpi_unit_count (
    -- md5 of what the count depends on besides the facts and the day: metric, audience, topics,
    -- designated courses, window start, months, hybrid setting (KpiCounts.fingerprint); the unit
    -- filter is applied when the counts are summed, so it is not part of it
    fingerprint  char(32)    not null,
    day          date        not null,
    unit_id      bigint      not null references unit (id) on delete cascade,
    -- the unit's kpi_unit_version.version (0 when it has none) the count was computed at
    version      bigint      not null,
    numerator    bigint      not null,
    denominator  bigint      not null,
    -- ONLINE_ACTIVITY_SHARE: the self-paced course-years of the unit's persons (course id × 10000 + year),
    -- counted distinct when units are summed (a course-year completed in two units counts once)
    keys         bigint[],
    computed_at  timestamptz not null default now(),
    primary key (fingerprint, day, unit_id)
);
-- counts not computed for a month (e.g. of past days asked once) may be deleted at any time: they are recomputed on demand
create index kpi_unit_count_computed_idx on kpi_unit_count (computed_at);

-- Raises the version of the given units (in id order, so concurrent writers lock them in one order).
create function kpi_bump(units bigint[]) returns void language sql as $$
    insert into kpi_unit_version (unit_id, version)
    select distinct u, 1 from unnest(units) u where u is not null order by 1
    on conflict (unit_id) do update set version = kpi_unit_version.version + 1
$$;

-- Statement triggers with transition tables: one bump per statement, also for COPY and bulk imports.
-- For tables with a unit_id (a person's unit; the unit organising an activity or a cohort).
create function kpi_bump_unit_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select unit_id from kpi_new));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select unit_id from kpi_old));
    end if;
    return null;
end $$;

-- For tables with a person_id: the unit of each person concerned.
create function kpi_bump_person_id() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(array(select p.unit_id from person p where p.id in (select person_id from kpi_new)));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(array(select p.unit_id from person p where p.id in (select person_id from kpi_old)));
    end if;
    return null;
end $$;

-- Enrolments belong to a person by person_id or by the person's account.
create function kpi_enrollment_units(person_ids bigint[], account_ids bigint[]) returns bigint[] language sql stable as $$
    select array(select unit_id from person where id = any(person_ids)
                 union all select unit_id from person where account_id = any(account_ids))
$$;

create function kpi_bump_enrollment() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_bump(kpi_enrollment_units(array(select person_id from kpi_new), array(select account_id from kpi_new)));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_bump(kpi_enrollment_units(array(select person_id from kpi_old), array(select account_id from kpi_old)));
    end if;
    return null;
end $$;

create function kpi_bump_lesson_progress() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_bump(kpi_enrollment_units(
            array(select e.person_id from enrollment e where e.id in (select enrollment_id from kpi_new)),
            array(select e.account_id from enrollment e where e.id in (select enrollment_id from kpi_new))));
    else
        perform kpi_bump(kpi_enrollment_units(
            array(select e.person_id from enrollment e where e.id in (select enrollment_id from kpi_old)),
            array(select e.account_id from enrollment e where e.id in (select enrollment_id from kpi_old))));
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values ('person', 'kpi_bump_unit_id'), ('training_activity', 'kpi_bump_unit_id'),
            ('cohort', 'kpi_bump_unit_id'), ('person_group', 'kpi_bump_person_id'), ('course_completion', 'kpi_bump_person_id'),
            ('activity_participant', 'kpi_bump_person_id'), ('external_completion', 'kpi_bump_person_id'),
            ('enrollment', 'kpi_bump_enrollment')) as x(tbl, fn)
    loop
        execute format('create trigger kpi_%1$s_ins after insert on %1$I referencing new table as kpi_new
                        for each statement execute function %2$I()', t.tbl, t.fn);
        execute format('create trigger kpi_%1$s_upd after update on %1$I referencing old table as kpi_old new table as kpi_new
                        for each statement execute function %2$I()', t.tbl, t.fn);
        execute format('create trigger kpi_%1$s_del after delete on %1$I referencing old table as kpi_old
                        for each statement execute function %2$I()', t.tbl, t.fn);
    end loop;
end $$;

-- lesson_progress is updated by every player heartbeat: only a first opening added, moved or removed counts
create trigger kpi_lesson_progress_ins after insert on lesson_progress referencing new table as kpi_new
    for each statement execute function kpi_bump_lesson_progress();
create trigger kpi_lesson_progress_del after delete on lesson_progress referencing old table as kpi_old
    for each statement execute function kpi_bump_lesson_progress();

create function kpi_bump_lesson_opened() returns trigger language plpgsql as $$
begin
    perform kpi_bump(kpi_enrollment_units(
        array(select e.person_id from enrollment e where e.id in (old.enrollment_id, new.enrollment_id)),
        array(select e.account_id from enrollment e where e.id in (old.enrollment_id, new.enrollment_id))));
    return null;
end $$;
create trigger kpi_lesson_progress_upd after update of first_opened_at, enrollment_id on lesson_progress
    for each row when (old.first_opened_at is distinct from new.first_opened_at or old.enrollment_id <> new.enrollment_id)
    execute function kpi_bump_lesson_opened();

-- An activity's topics, mode or dates are those of its participants' records.
create function kpi_bump_activity() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select p.unit_id from activity_participant ap join person p on p.id = ap.person_id
                           where ap.activity_id = new.id));
    return null;
end $$;
create trigger kpi_training_activity_records after update of topics, mode, starts_on, ends_on on training_activity
    for each row when (old.topics is distinct from new.topics or old.mode is distinct from new.mode
                       or old.starts_on is distinct from new.starts_on or old.ends_on is distinct from new.ends_on)
    execute function kpi_bump_activity();

-- A course's topics are those of all its completions (and openings): every unit is recomputed.
create function kpi_bump_all() returns trigger language plpgsql as $$
begin
    perform kpi_bump(array(select id from unit));
    return null;
end $$;
create trigger kpi_course_topics_upd after update of topics on course
    for each row when (old.topics is distinct from new.topics) execute function kpi_bump_all();
