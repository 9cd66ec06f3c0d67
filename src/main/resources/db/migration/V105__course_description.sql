-- The course description (the body of course.md, Markdown) shown on the course page. The files
-- import and the authoring UI need the same column, hence "if not exists".
alter table course add column if not exists description text not null default '';
