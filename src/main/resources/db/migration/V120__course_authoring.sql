-- Authoring in the web UI: what publishing needs to decide whether a new version is due — whether
-- anything was saved since the last publish. (The description column comes with V101.)
alter table course add column unpublished_changes boolean not null default false;
alter table course add column last_published_at timestamptz;
