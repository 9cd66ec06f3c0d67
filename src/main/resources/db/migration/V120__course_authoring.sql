-- Authoring in the web UI: the course description (the body of course.md in the courses/ format;
-- "if not exists" because the files import needs the same column), and what publishing needs to
-- decide whether a new version is due: whether anything was saved since the last publish.
alter table course add column if not exists description text not null default '';
alter table course add column unpublished_changes boolean not null default false;
alter table course add column last_published_at timestamptz;
