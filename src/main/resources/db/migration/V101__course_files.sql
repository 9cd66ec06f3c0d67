-- What the courses/ format carries that V100 had no place for, and the per-folder outcome of the
-- last courses/ import (its errors are in course_import_issue).

-- The course description (course.md body; the player and the authoring UI read it too)
-- and a module's introduction (module.md body), both Markdown.
alter table course add column description text not null default '';
alter table course_module add column body text not null default '';

-- One row per folder of the last import: IMPORTED (new course), UPDATED (higher version),
-- UNCHANGED (same or lower version) or SKIPPED (errors, in course_import_issue). Replaced by each import.
create table course_import_folder (
    folder       varchar(200) primary key,
    outcome      varchar(10)  not null check (outcome in ('IMPORTED', 'UPDATED', 'UNCHANGED', 'SKIPPED')),
    course_id    bigint references course (id) on delete set null,
    version      int,
    imported_at  timestamptz  not null default now()
);
